import Foundation

/// A running Blitz API 2.7.1 simulator: the store, the token signer and the HTTP listener.
package final class SandboxServer: Sendable {
    private let configuration: SandboxConfiguration
    private let http: HTTPServer

    /// Opens the store, seeding it on first use; does not listen yet.
    package init(configuration: SandboxConfiguration) throws {
        self.configuration = configuration
        let store = try SandboxStore(configuration: configuration)
        let signer = TokenSigner(secret: store.secret, lifetime: max(configuration.tokenLifetime, 1))
        let service = SandboxService(store: store, signer: signer, configuration: configuration)
        http = HTTPServer(log: configuration.requestLog) { service.handle($0) }
    }

    deinit {
        http.stop()
    }

    /// Starts listening and returns the base URL, such as `http://127.0.0.1:8080`.
    package func start() throws -> URL {
        let address = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        let port = try http.start(host: address, port: configuration.port, threads: 4)
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        guard let url = URL(string: "http://\(host):\(port)") else {
            throw SandboxError.listener("'\(host)' does not make a valid URL")
        }
        return url
    }

    /// Stops listening; requests in flight finish first.
    package func stop() {
        http.stop()
    }
}
