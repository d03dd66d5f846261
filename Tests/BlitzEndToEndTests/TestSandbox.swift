import BlitzSandbox
import Foundation

/// A sandbox started in-process for one test: in memory, small, on a free loopback port.
final class TestSandbox {
    let server: SandboxServer
    let url: URL

    init(configure: (inout SandboxConfiguration) -> Void = { _ in }) throws {
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

    /// The environment that points `blitz` at this sandbox as `user`.
    func environment(user: String = "tester") -> [String: String] {
        ["BLITZ_URL": url.absoluteString, "BLITZ_USERNAME": user, "BLITZ_PASSWORD": "sandbox"]
    }
}
