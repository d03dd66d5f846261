import Dispatch
import Synchronization

/// Runs async client calls from the shell's synchronous loop, cancelling them on Ctrl-C.
enum Blocking {
    /// Runs `operation` to completion and returns its result, polling for Ctrl-C meanwhile.
    ///
    /// On Ctrl-C the task is cancelled; the client then reports the cancellation (and, for an
    /// order or a return already sent, what Assigned says really happened). Without
    /// `cancelsOnInterrupt` (scripts) the request runs to its end and the Ctrl-C is left pending
    /// for the script runner, which stops before the next command.
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

        while true {
            if done.wait(timeout: .now() + .milliseconds(20)) == .success, let result = outcome.withLock({ $0 }) {
                return try result.get()
            }
            if cancelsOnInterrupt, Interrupts.takeInterrupt() { task.cancel() }
        }
    }
}
