import BlitzAPI
import BlitzSandbox
import Foundation
import Synchronization

/// A sandbox started in-process for one client test: in memory, small, on loopback.
final class ClientSandbox {
    let server: SandboxServer
    let url: URL

    init(_ configure: (inout SandboxConfiguration) -> Void = { _ in }) throws {
        var configuration = SandboxConfiguration()
        configuration.storage = .memory
        configuration.inventorySize = 20_000
        configure(&configuration)
        server = try SandboxServer(configuration: configuration)
        url = try server.start()
    }

    deinit {
        server.stop()
    }

    /// A client signed in as a user of its own, so tests never share an account; `pause`
    /// shortens the first pause between retries.
    func signedInClient(pause: TimeInterval? = nil) async throws -> BlitzClient {
        var configuration = ClientConfiguration(baseURL: url)
        if let pause { configuration.retry.firstPause = pause }
        let client = BlitzClient(configuration: configuration)
        try await client.signIn(username: "user-\(UUID().uuidString.prefix(8))", password: "sandbox")
        return client
    }
}

/// Counts calls from the client's trace handler, which runs on the client's actor.
final class RequestCounter: Sendable {
    private let count = Mutex(0)

    func increment() { count.withLock { $0 += 1 } }

    var value: Int { count.withLock { $0 } }
}

/// Keeps every exchange the client traced.
final class TraceLog: Sendable {
    private let exchanges = Mutex<[Exchange]>([])

    func append(_ exchange: Exchange) { exchanges.withLock { $0.append(exchange) } }

    var all: [Exchange] { exchanges.withLock { $0 } }
}

/// A stand-in for a failing proxy in front of the API: a real HTTP server on a free loopback
/// port (Python's `http.server`) that answers every request 502 with an HTML page.
final class StaticHTTPServer {
    let process = Process()
    let url: URL

    init() throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", Self.script]
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        // It prints "port 41234" once it listens.
        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"port (\d+)"#, options: .regularExpression),
            let port = Int(text[range].dropFirst(5)),
            let url = URL(string: "http://127.0.0.1:\(port)")
        else {
            process.terminate()
            throw URLError(.cannotConnectToHost)
        }
        self.url = url
    }

    private static let script = """
        import http.server
        class BadGateway(http.server.BaseHTTPRequestHandler):
            def answer(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
                self.send_response(502)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            do_GET = do_POST = answer
            def log_message(self, *arguments):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), BadGateway)
        print("port", server.server_address[1], flush=True)
        server.serve_forever()
        """

    /// Kills the server; SIGKILL because a child of the test runner may not see SIGTERM.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
