import Foundation

/// A private CA, a certificate it signed for 127.0.0.1, a second unrelated CA, and an HTTPS
/// server on a free loopback port (Python's `ssl` and `http.server`) that answers JSON.
///
/// The keys and certificates are made with the `openssl` command in a temporary directory,
/// which `stop()` removes with the server.
final class TLSServer {
    let directory: URL
    let process = Process()
    let url: URL
    var caFile: URL { directory.appendingPathComponent("ca.pem") }
    var otherCAFile: URL { directory.appendingPathComponent("other-ca.pem") }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("blitz-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.makeCertificates(in: directory)

        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", Self.script]
        process.currentDirectoryURL = directory
        process.standardOutput = output
        let errors = Pipe()
        process.standardError = errors
        try process.run()

        // It prints "port 41234" once it listens.
        var line = ""
        while !line.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = line.range(of: #"port (\d+)"#, options: .regularExpression),
            let port = Int(line[range].dropFirst(5)), let url = URL(string: "https://127.0.0.1:\(port)")
        else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: directory)
            let reason = String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
            throw TLSServerError(reason: "the HTTPS server did not start: \(line) \(reason)")
        }
        self.url = url
    }

    /// Kills the server (SIGKILL: a child of the test runner may not see SIGTERM) and removes the files.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    private static func makeCertificates(in directory: URL) throws {
        let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
        try openssl(
            ["req", "-x509"] + key + ["-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=Blitz Test CA"],
            in: directory)
        try openssl(
            ["req", "-x509"] + key + ["-keyout", "other.key", "-out", "other-ca.pem", "-subj", "/CN=Other CA"],
            in: directory)
        try openssl(
            ["req", "-new"] + key + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"],
            in: directory)
        try Data("subjectAltName=IP:127.0.0.1,DNS:localhost\n".utf8).write(
            to: directory.appendingPathComponent("san.cnf"))
        try openssl(
            [
                "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "1", "-extfile", "san.cnf", "-out", "server.pem",
            ],
            in: directory)
    }

    private static func openssl(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TLSServerError(reason: "openssl \(arguments.joined(separator: " ")) failed")
        }
    }

    private static let script = """
        import http.server, ssl
        class Answer(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def do_GET(self):
                body = b'{"message":"pong over TLS"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *arguments):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Answer)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain("server.pem", "server.key")
        server.socket = context.wrap_socket(server.socket, server_side=True)
        print("port", server.server_address[1], flush=True)
        server.serve_forever()
        """
}

/// Why the TLS test server could not be set up.
struct TLSServerError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
