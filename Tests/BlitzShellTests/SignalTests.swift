import Foundation
import Testing

@testable import BlitzShell

/// Signals are process-wide, so these tests run one at a time and put the default handling
/// back when they finish.
@Suite(.serialized)
struct SignalTests {
    @Test func recordsInterruptsUntilTaken() {
        Interrupts.install()
        defer { Interrupts.uninstall() }
        #expect(!Interrupts.takeInterrupt())
        kill(getpid(), SIGINT)
        #expect(waitUntil { Interrupts.isInterruptPending })
        #expect(Interrupts.takeInterrupt())
        #expect(!Interrupts.takeInterrupt())
        #expect(Interrupts.pendingTermination == nil)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func recordsTerminationUntilReset(signal: Int32) {
        Interrupts.install()
        defer { Interrupts.uninstall() }
        kill(getpid(), signal)
        #expect(waitUntil { Interrupts.pendingTermination != nil })
        #expect(Interrupts.pendingTermination == signal)
        #expect(Interrupts.pendingTermination == signal)
        #expect(!Interrupts.isInterruptPending)
        Interrupts.reset()
        #expect(Interrupts.pendingTermination == nil)
    }

    @Test func breaksOffAPlainReadWaitingOnAPipe() {
        Interrupts.install()
        defer { Interrupts.uninstall() }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer {
            for end in ends {
                close(end)
            }
        }
        let readEnd = URL(filePath: "/dev/fd/\(ends[0])")
        let outcome = interruptingUntilDone { try? PlainLineReader(contentsOf: readEnd).readLine(prompt: "") }
        #expect(outcome == .some(.interrupted))
        #expect(!Interrupts.isInterruptPending)
    }

    @Test func readsASecretWithEchoOffAndRestoresEcho() throws {
        let terminal = try PseudoTerminal()
        let follower = terminal.follower
        let run = ThreadRun<String?>()
        Thread { run.run { Terminal.readSecret(prompt: "", from: follower) } }.start()
        // Typing before echo is off would be flushed away, as a password prompt should.
        #expect(waitUntil { !terminal.echoes })
        terminal.type("hunter2\n")
        #expect(waitUntil { run.result != nil })
        #expect(run.result == .some("hunter2"))
        #expect(terminal.echoes)
        #expect(!terminal.output().contains("hunter2"))
    }

    @Test func givesNoSecretWhenInterruptedAndRestoresEcho() throws {
        let terminal = try PseudoTerminal()
        let follower = terminal.follower
        let outcome = interruptingUntilDone { Terminal.readSecret(prompt: "", from: follower) }
        #expect(outcome == .some(nil))
        #expect(terminal.echoes)
        #expect(!Interrupts.isInterruptPending)
    }

    @Test func givesNoSecretWithoutATerminal() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer {
            for end in ends {
                close(end)
            }
        }
        #expect(Terminal.readSecret(prompt: "", from: ends[0]) == nil)
        #expect(!Terminal.isInteractive(ends[0]))
        #expect(Terminal.saveState(of: ends[0]) == nil)
    }

    @Test func restoresSavedTerminalSettings() throws {
        let terminal = try PseudoTerminal()
        let saved = try #require(Terminal.saveState(of: terminal.follower))
        var raw = termios()
        tcgetattr(terminal.follower, &raw)
        cfmakeraw(&raw)
        tcsetattr(terminal.follower, TCSANOW, &raw)
        #expect(!terminal.echoes)
        #expect(Terminal.restore(saved))
        #expect(terminal.echoes)
    }
}

/// Runs `body` on its own thread and sends that thread SIGINT every 20 ms until it returns
/// (or 10 s pass, when the result is nil), so a blocking read is broken off whenever it starts.
private func interruptingUntilDone<Value: Sendable>(_ body: @escaping @Sendable () -> Value) -> Value? {
    let run = ThreadRun<Value>()
    Thread { run.run(body) }.start()
    let deadline = Date.now.addingTimeInterval(10)
    while Date.now < deadline {
        if let result = run.interruptIfRunning() {
            return result
        }
        usleep(20_000)
    }
    return nil
}

/// Polls `condition` every 10 ms until it holds or 10 s pass; returns whether it held.
private func waitUntil(_ condition: () -> Bool) -> Bool {
    let deadline = Date.now.addingTimeInterval(10)
    while !condition() {
        guard Date.now < deadline else {
            return false
        }
        usleep(10_000)
    }
    return true
}

/// A thread's identity and result, shared under a lock so the thread is known to be alive
/// whenever it is signalled.
private final class ThreadRun<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var thread: pthread_t?
    private var value: Value?

    var result: Value? {
        lock.withLock { value }
    }

    func run(_ body: () -> Value) {
        lock.withLock { thread = pthread_self() }
        let value = body()
        lock.withLock { self.value = value }
    }

    func interruptIfRunning() -> Value? {
        lock.withLock {
            if value == nil, let thread {
                pthread_kill(thread, SIGINT)
            }
            return value
        }
    }
}
