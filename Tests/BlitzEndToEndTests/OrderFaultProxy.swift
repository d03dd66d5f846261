import Foundation

/// A proxy in front of a sandbox that answers an order 503 after the sandbox carried it out.
///
/// That is the case where the API did act and still said it was unavailable. Every other
/// request is passed on as it is. A real HTTP server on loopback (Python's `http.server`).
final class OrderFaultProxy {
    /// Why the proxy did not start.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let process = Process()
    let url: URL

    init(upstream: URL) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", Self.script, upstream.absoluteString]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let match = text.firstMatch(of: /port (\d+)/), let url = URL(string: "http://127.0.0.1:\(match.1)")
        else {
            kill(process.processIdentifier, SIGKILL)
            throw Failure(description: "the proxy printed no port: \(text)")
        }
        self.url = url
    }

    deinit {
        // SIGKILL, by this object's own process ID: a child of the test runner may not see SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private static let script = """
        import http.server, sys, urllib.request, urllib.error
        upstream = sys.argv[1].rstrip("/")
        class Proxy(http.server.BaseHTTPRequestHandler):
            def forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                request = urllib.request.Request(upstream + self.path, data=body or None,
                                                 headers=headers, method=self.command)
                try:
                    with urllib.request.urlopen(request) as reply:
                        status, data = reply.status, reply.read()
                except urllib.error.HTTPError as error:
                    status, data = error.code, error.read()
                if self.command == "POST" and "requestnumbers" in self.path.lower():
                    status, data = 503, b'{"message":"Service Unavailable"}'
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            do_GET = do_POST = forward
            def log_message(self, *arguments):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Proxy)
        print("port", server.server_address[1], flush=True)
        server.serve_forever()
        """
}
