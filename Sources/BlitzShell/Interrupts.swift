import CEditLine
import Foundation
import Synchronization

/// Set by the signal handler when SIGINT arrives; read and cleared by the shell.
private let interruptPending = Atomic<Bool>(false)

/// The number of the last SIGTERM or SIGHUP received, or 0.
private let terminationSignal = Atomic<Int32>(0)

/// The thread blocked reading input, or 0; a signal handled on another thread is passed on to
/// it so that its read is the one broken off.
private let readingThread = Atomic<UInt>(0)

private let watchStarted = Atomic<Bool>(false)

/// Records the signal and returns.
///
/// The blocking read it breaks off sees EINTR, because the handler is installed without
/// SA_RESTART. Only lock-free atomics and `pthread_kill` are used
/// here, which are safe inside a signal handler.
private func recordSignal(_ signal: Int32) {
    if signal == SIGINT {
        interruptPending.store(true, ordering: .sequentiallyConsistent)
    } else {
        terminationSignal.store(signal, ordering: .sequentiallyConsistent)
    }
    let reader = readingThread.load(ordering: .sequentiallyConsistent)
    if reader != 0 && reader != UInt(pthread_self()) {
        pthread_kill(pthread_t(reader), signal)
    }
}

/// Process-wide flags set by SIGINT (Ctrl-C), SIGTERM and SIGHUP, which the shell polls.
///
/// Once ``install()`` has run, those signals no longer end the process: Ctrl-C cancels the
/// request in flight or the line being typed, and a script stops between commands. The shell
/// checks ``takeInterrupt()`` while it waits on the network and between script commands, and
/// ``pendingTermination`` to leave cleanly (restoring the terminal) after SIGTERM or SIGHUP.
package enum Interrupts {
    /// Catches SIGINT, SIGTERM and SIGHUP with a handler that only records them.
    ///
    /// Safe to call more than once.
    package static func install() {
        reset()
        readingThread.store(0, ordering: .sequentiallyConsistent)
        _ = blitz_catch_signals(recordSignal, nil)
        startTerminationWatch()
    }

    /// Keeps re-delivering a pending SIGTERM or SIGHUP to the thread reading a line until it
    /// stops reading.
    ///
    /// A signal that lands while the line editor is between two reads (redrawing after a key)
    /// interrupts nothing, and the next `read` would then block until a key is pressed; seen
    /// under load in the tmux tests. Ctrl-C is left alone: a repeated one would reach the next
    /// prompt too.
    private static func startTerminationWatch() {
        guard !watchStarted.exchange(true, ordering: .sequentiallyConsistent) else { return }
        let watcher = Thread {
            while true {
                usleep(50_000)
                let reader = readingThread.load(ordering: .sequentiallyConsistent)
                if reader != 0, let signal = pendingTermination {
                    pthread_kill(pthread_t(reader), signal)
                }
            }
        }
        watcher.start()
    }

    /// Lets SIGINT, SIGTERM and SIGHUP reach the calling thread for good, since blitz may have
    /// been started with them blocked (a parent's mask is inherited); the script runner calls it
    /// so a signal is seen between commands and not only while input is being read.
    package static func unblockOnThisThread() {
        var previousMask = sigset_t()
        _ = blitz_unblock_signals(&previousMask)
    }

    /// Whether SIGINT arrived since the last call; clears the flag.
    package static func takeInterrupt() -> Bool {
        interruptPending.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Whether SIGINT arrived and has not been taken yet; leaves the flag as it is.
    package static var isInterruptPending: Bool {
        interruptPending.load(ordering: .sequentiallyConsistent)
    }

    /// The SIGTERM or SIGHUP that asked the process to end, if one arrived.
    ///
    /// It stays set so every layer on the way out sees it. Exit with `128 + signal` by
    /// convention.
    package static var pendingTermination: Int32? {
        let signal = terminationSignal.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    /// Clears both flags.
    package static func reset() {
        interruptPending.store(false, ordering: .sequentiallyConsistent)
        terminationSignal.store(0, ordering: .sequentiallyConsistent)
    }

    /// Puts the default actions back for SIGINT, SIGTERM and SIGHUP, so they end the process
    /// again; the flags are left as they are.
    package static func uninstall() {
        blitz_default_signals()
    }

    /// Runs a blocking read so that SIGINT, SIGTERM and SIGHUP break it off with EINTR even when
    /// the calling thread is not the one the kernel picks for the signal (the main thread
    /// usually is, and dispatch worker threads block signals).
    static func whileReading<Result>(_ read: () -> Result) -> Result {
        var previousMask = sigset_t()
        _ = blitz_unblock_signals(&previousMask)
        let previousReader = readingThread.exchange(UInt(pthread_self()), ordering: .sequentiallyConsistent)
        defer {
            readingThread.store(previousReader, ordering: .sequentiallyConsistent)
            blitz_set_signal_mask(&previousMask)
        }
        return read()
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP recorded rather than fatal, then puts back
    /// whatever handling was there before; for short waits such as a password prompt, which
    /// must get the terminal back even when the user presses Ctrl-C.
    static func catchingSignals<Result>(_ body: () -> Result) -> Result {
        var previous = blitz_saved_signals()
        _ = blitz_catch_signals(recordSignal, &previous)
        defer {
            blitz_restore_signals(&previous)
        }
        return body()
    }
}
