import Foundation

/// The API a session talks to, and how to name it so production is unmistakable.
package struct Target: Sendable, Equatable {
    package var url: URL
    /// Whether this is the sandbox the shell started in-process.
    package var isEmbeddedSandbox: Bool

    package init(url: URL, isEmbeddedSandbox: Bool) {
        self.url = url
        self.isEmbeddedSandbox = isEmbeddedSandbox
    }

    /// `sandbox` for the embedded one, the host (and port, if any) otherwise.
    package var displayName: String {
        if isEmbeddedSandbox { return "sandbox" }
        let host = url.host ?? url.absoluteString
        return url.port.map { "\(host):\($0)" } ?? host
    }

    /// Whether the target is on this machine (loopback), where a mistake costs nothing real.
    package var isLoopback: Bool {
        guard let host = url.host else { return false }
        return isEmbeddedSandbox || host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
