import BlitzSandbox
import Foundation
import Synchronization
import Testing

/// What one run of the built `blitz` binary printed and how it exited.
struct BlitzRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the real `blitz` binary built by `swift build`, in a private home directory that is
/// removed when the last reference to it goes.
final class BlitzProcess {
    /// The package's root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: `BLITZ_BINARY`, or the debug build.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["BLITZ_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.appendingPathComponent(".build/debug/blitz")
    }

    /// A fresh home with its own XDG directories, so runs never touch the user's files.
    let home: URL
    var environment: [String: String]

    init(environment extra: [String: String] = [:]) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("blitz-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
            "USER": "trainee",
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "BLITZ_SANDBOX_NUMBERS": "20000",
            "NO_COLOR": "1",
        ]
        environment.merge(extra) { $1 }
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs `blitz` with `arguments`, feeding `input` on standard input, and waits for it.
    func run(_ arguments: [String], input: String = "", directory: URL? = nil) throws -> BlitzRun {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory ?? home
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()

        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Drain standard error on another thread so neither pipe can fill up and stall the child.
        let errors = Mutex(Data())
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = stderr.fileHandleForReading.readDataToEndOfFile()
            errors.withLock { $0 = data }
            drained.signal()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        drained.wait()
        return BlitzRun(
            status: process.terminationStatus,
            stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors.withLock { $0 }, as: UTF8.self)
        )
    }

    /// Writes `text` to a file in the home directory, making its folders, and returns its URL.
    func file(_ name: String, _ text: String) throws -> URL {
        let url = home.appendingPathComponent(name)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}
