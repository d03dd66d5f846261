import Foundation

/// `blitz sandbox` run as its own process with a reply latency, so a request is still in
/// flight when a test presses Ctrl-C or sends SIGTERM.
final class SlowSandbox {
    /// Why the sandbox did not start.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let process = Process()
    let url: String

    /// Starts the sandbox in memory with 20,000 numbers and waits for its URL line.
    init(latencyMilliseconds: Int = 3000) throws {
        let output = Pipe()
        process.executableURL = BlitzProcess.binary
        process.arguments = [
            "sandbox", "--memory", "--numbers", "20000", "--latency", String(latencyMilliseconds), "--port", "0",
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let match = text.firstMatch(of: /http:\/\/[^\s]+/) else {
            process.terminate()
            throw Failure(description: "the sandbox printed no URL: \(text)")
        }
        url = String(match.output)
    }

    /// The shell's prompt for the user `tester` on this sandbox.
    var prompt: String {
        "tester@\(url.dropFirst("http://".count).prefix { $0 != "/" })> "
    }

    deinit {
        // Ends only the process this object started, by its own ID.
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
