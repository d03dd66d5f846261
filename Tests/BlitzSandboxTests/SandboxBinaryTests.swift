import Foundation
import Testing

/// Runs the real `blitz sandbox` binary and talks to it with curl, as a user would.
struct SandboxBinaryTests {
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/blitz")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "needs swift build first"))
    func curlDrivesTheDocumentedExamples() throws {
        let sandbox = try StartedSandbox(extra: [])
        let (process, errors, base) = (sandbox.process, sandbox.errors, sandbox.base)
        defer { sandbox.stop() }
        #expect(sandbox.banner.contains("password: pw"))

        let token = try signIn(at: base)
        let auth = "Authorization: Bearer \(token)"
        let search = try curl(
            "-H", auth, "\(base)/blitzapi/SearchForNumbers",
            "-d", #"{"state": "FL", "startswith": "321", "contains": "2031", "endswith": "1886"}"#)
        #expect(search.contains(#""id":509427"#) && search.contains(#""lata":"458""#))
        let order = try curl(
            "-H", auth, "\(base)/blitzapi//RequestNumbers",
            "-d", #"{"tnOrder":[{"id": 509427, "resgroupid": 3, "prefix": "11121"}]}"#)
        #expect(order.contains(#""result":1"#))
        #expect(try curl("-H", auth, "\(base)/blitzapi/Assigned").contains(#""outpulsed":"111213212031886""#))
        let returned = try curl(
            "-w", "%{http_code}", "-H", auth, "\(base)/blitzapi//ReturnNumbers",
            "-d", #"{"tnReturn":[{"number":"3212031886"}]}"#)
        #expect(returned == "200")

        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("POST /blitzapi//RequestNumbers 200"))
        #expect(!log.contains(token) && !log.contains("\"pw\""))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "needs swift build first"))
    func badFlagsExitWithStatusTwo() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["sandbox", "--fail-rate", "2"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("--fail-rate '2'"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "needs swift build first"))
    func sigtermLetsTheReplyInFlightReachTheClient() throws {
        let sandbox = try StartedSandbox(extra: ["--latency", "2500"])
        let (process, errors, base) = (sandbox.process, sandbox.errors, sandbox.base)
        defer { sandbox.stop() }
        let token = try signIn(at: base)

        let reply = Pipe()
        let order = try startCurl(
            [
                "-H", "Authorization: Bearer \(token)", "\(base)/blitzapi//RequestNumbers",
                "-d", #"{"tnOrder":[{"id": 509427, "resgroupid": 2}]}"#,
            ],
            output: reply)
        usleep(1_000_000)  // the order is now inside the sandbox's injected latency
        process.terminate()
        let body = String(decoding: reply.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        order.waitUntilExit()
        process.waitUntilExit()

        #expect(body.contains(#""number":"3212031886""#) && body.contains(#""result":1"#), "reply: \(body)")
        #expect(process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("POST /blitzapi//RequestNumbers 200"))
        #expect(log.hasSuffix("Sandbox stopped.\n"))
    }

    /// Signs in as `johndoe` with curl and returns the token.
    private func signIn(at base: String) throws -> String {
        let reply = try curl(
            "-X", "POST", "\(base)/blitzapi/User/SignIn", "-d", #"{"username": "johndoe", "password": "pw"}"#)
        return try #require((try JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: String])?["JWT"])
    }

    private func startCurl(_ arguments: [String], output: Pipe) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-H", "Content-Type: application/json"] + arguments
        process.standardOutput = output
        try process.run()
        return process
    }

    private func curl(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-H", "Content-Type: application/json"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// `blitz sandbox` on a free port with 20,000 numbers in memory and the password `pw`.
private struct StartedSandbox {
    let process = Process()
    let errors = Pipe()
    /// The start-up line: the base URL and the password.
    let banner: String
    let base: String

    init(extra: [String]) throws {
        process.executableURL = SandboxBinaryTests.binary
        process.arguments = ["sandbox", "--memory", "--numbers", "20000", "--password", "pw"] + extra
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        banner = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let url = banner.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }
        if url == nil {
            process.terminate()
            process.waitUntilExit()
        }
        base = try #require(url.map(String.init), "no base URL in: \(banner)")
    }

    /// Stops it unless the test already has, and waits for it to exit.
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
