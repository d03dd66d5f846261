import Foundation

/// A TCP server on a free loopback port that accepts connections and reads them but never
/// answers, so a request to it waits until the client gives up or is cancelled.
final class SilentServer {
    let process = Process()
    let url: URL

    init() throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", Self.script]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        var line = ""
        while !line.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = line.range(of: #"port (\d+)"#, options: .regularExpression),
            let port = Int(line[range].dropFirst(5)), let url = URL(string: "http://127.0.0.1:\(port)")
        else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw TLSServerError(reason: "the silent server did not start: \(line)")
        }
        self.url = url
    }

    /// Kills the server; SIGKILL because a child of the test runner may not see SIGTERM.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private static let script = """
        import socket, threading
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        print("port", listener.getsockname()[1], flush=True)
        def drain(connection):
            while connection.recv(65536):
                pass
        while True:
            connection, _ = listener.accept()
            threading.Thread(target=drain, args=(connection,), daemon=True).start()
        """
}
