import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive advisory lock on a data directory, held while a store is seeded and opened.
///
/// Without it, two processes starting on the same fresh directory (two shells, or a shell and
/// `blitz sandbox`) would each find it unseeded and seed it, the second dropping the tables the
/// first was already serving orders from. The lock is a `flock` on `DIR/.lock`, so the kernel
/// releases it when a holder dies.
final class DataDirectoryLock {
    private let descriptor: Int32

    /// Waits for the lock on `directory`, saying so through `progress` when another holds it.
    ///
    /// - Throws: ``SandboxError/storage(_:)`` when the lock file cannot be opened or locked.
    init(directory: URL, progress: (@Sendable (String) -> Void)?) throws {
        let path = directory.appendingPathComponent(".lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SandboxError.storage("cannot open the lock file '\(path)': \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }

        progress?("Another blitz is preparing '\(directory.path)'; waiting for it…")
        var result = flock(descriptor, LOCK_EX)
        while result != 0 && errno == EINTR { result = flock(descriptor, LOCK_EX) }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw SandboxError.storage("cannot lock '\(path)': \(reason)")
        }
    }

    deinit {
        close(descriptor)
    }
}
