import BlitzSandbox
import BlitzShell
import Foundation
import Synchronization

/// Keeps the sandbox's request log lines (`METHOD PATH STATUS MS ms`) for counting.
final class RequestLog: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var all: [String] { lines.withLock { $0 } }

    /// How many requests went to a path ending in `route` (such as `/RequestNumbers`).
    func count(_ route: String, status: String? = nil) -> Int {
        all.filter { line in
            let words = line.split(separator: " ")
            guard words.count >= 3, words[1].hasSuffix(route) else { return false }
            return status.map { words[2] == $0 } ?? true
        }.count
    }
}

extension TestSandbox {
    /// A sandbox whose requests are logged into `log`.
    convenience init(log: RequestLog, configure: @escaping (inout SandboxConfiguration) -> Void = { _ in }) throws {
        try self.init { configuration in
            configuration.requestLog = { log.append($0) }
            configure(&configuration)
        }
    }
}

extension BlitzProcess {
    /// The journal the binary wrote under this home's `XDG_STATE_HOME`.
    func journal() throws -> Journal {
        try Journal(file: home.appendingPathComponent("state/blitz/journal.db"))
    }
}

/// `blitz sandbox` run as a process of its own, so a test can kill it by its PID.
final class SandboxProcess {
    let process = Process()
    let url: URL
    private let log = RequestLog()
    private let errors = Pipe()

    /// Starts it with `arguments` after `--memory`, and waits for the line naming its URL.
    init(_ arguments: [String]) throws {
        let output = Pipe()
        process.executableURL = BlitzProcess.binary
        process.arguments = ["sandbox", "--memory", "--numbers", "20000"] + arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()

        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let found = text.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
            let url = URL(string: String(found))
        else {
            Foundation.kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no URL in '\(text)'"])
        }
        self.url = url
        let log = log
        let partial = Mutex("")
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            partial.withLock { partial in
                partial += String(decoding: data, as: UTF8.self)
                while let newline = partial.firstIndex(of: "\n") {
                    log.append(String(partial[..<newline]))
                    partial = String(partial[partial.index(after: newline)...])
                }
            }
        }
    }

    deinit {
        errors.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    var requests: RequestLog { log }

    /// Kills it with SIGKILL: no clean shutdown, as when a server dies.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
    }
}
