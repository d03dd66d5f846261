import Foundation

/// Where the sandbox keeps its inventory, accounts and orders.
package enum SandboxStorage: Sendable, Equatable {
    /// A SQLite database (WAL) in this directory; reused on the next start.
    case directory(URL)
    /// A throwaway database that lives as long as the server.
    case memory
}

/// Everything that shapes one sandbox: where it listens, what it stores, and which faults it injects.
package struct SandboxConfiguration: Sendable {
    package var host: String = "127.0.0.1"
    /// The TCP port; 0 picks a free one.
    package var port: Int = 0
    package var storage: SandboxStorage = .directory(SandboxConfiguration.defaultDataDirectory)
    /// The password every username signs in with.
    package var password: String = "sandbox"
    /// How long a signed-in token stays valid, in seconds.
    package var tokenLifetime: Int = 3600
    /// Chooses the inventory; the same seed always gives the same numbers.
    package var seed: UInt64 = 1
    /// How many numbers a fresh store is seeded with.
    package var inventorySize: Int = 1_000_000
    /// How many recent search replies to keep until the next order or return; 0 keeps none.
    package var searchCacheSize: Int = 4096
    /// A delay added before every reply.
    package var latencyMilliseconds: Int = 0
    /// The share of requests (0...1) answered 503 before anything is done.
    package var failRate: Double = 0
    /// The share of orders and returns (0...1) committed and then left without a reply.
    package var dropAfterCommitRate: Double = 0
    /// Receives one line per request (method, path, status, milliseconds); nil keeps it silent.
    package var requestLog: (@Sendable (String) -> Void)? = nil
    /// Receives progress notes such as the seeding of a fresh store.
    package var progress: (@Sendable (String) -> Void)? = nil

    package init() {}

    /// `$XDG_DATA_HOME/blitz/sandbox`, or `~/.local/share/blitz/sandbox` without it.
    package static var defaultDataDirectory: URL {
        defaultDataDirectory(environment: ProcessInfo.processInfo.environment)
    }

    /// The default data directory as `environment` places it.
    ///
    /// `~` is `HOME` when that is an absolute path, as for the shell's state files, so a private
    /// `HOME` keeps the sandbox private too; the account's home is only the fallback. An empty
    /// or relative `XDG_DATA_HOME` is ignored, as the XDG specification asks.
    package static func defaultDataDirectory(environment: [String: String]) -> URL {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/share", isDirectory: true)
        }
        return base.appendingPathComponent("blitz/sandbox", isDirectory: true)
    }

    /// Whether the host only accepts connections from this machine.
    package var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}
