import Dispatch
import Foundation
import Synchronization

/// Runs async client calls from the shell's synchronous loop, cancelling them on Ctrl-C.
enum Blocking {
    /// Runs `operation` to completion and returns its result, polling for Ctrl-C meanwhile.
    ///
    /// At the prompt, Ctrl-C, SIGTERM or SIGHUP cancel the task; the client then reports the
    /// cancellation (and, for an order or a return already sent, what Assigned says really
    /// happened). A termination stays pending, so the shell leaves once the call returns.
    /// Without `cancelsOnInterrupt` (scripts) the request runs to its end and the signal is left
    /// pending for the script runner, which stops before the next command.
    static func run<T: Sendable>(
        cancelsOnInterrupt: Bool = true,
        _ operation: @escaping @Sendable () async throws -> T
    ) throws -> T {
        // A Ctrl-C typed at the prompt before the request started is not meant for it.
        if cancelsOnInterrupt { _ = Interrupts.takeInterrupt() }
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            let result: Result<T, any Error>
            do {
                result = .success(try await operation())
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }

        var cancelled = false
        while true {
            if done.wait(timeout: .now() + .milliseconds(20)) == .success, let result = outcome.withLock({ $0 }) {
                return try result.get()
            }
            guard cancelsOnInterrupt, !cancelled else { continue }
            if Interrupts.takeInterrupt() || Interrupts.pendingTermination != nil {
                cancelled = true
                endEchoedInterruptLine()
                task.cancel()
            }
        }
    }

    /// The terminal echoed `^C` after the command's line; the message about the cancelled
    /// request belongs on a line of its own.
    private static func endEchoedInterruptLine() {
        if isatty(STDERR_FILENO) == 1 {
            Terminal.writeToStandardError("\n")
        }
    }
}
