import Foundation

/// The flags of `blitz sandbox`, parsed into a ``SandboxConfiguration``.
enum SandboxOptions {
    /// What the arguments asked for.
    enum Outcome {
        case configuration(SandboxConfiguration)
        case help
        /// A one-sentence message naming the bad flag or value.
        case failure(String)
    }

    static func parse(_ arguments: [String]) -> Outcome {
        var configuration = SandboxConfiguration()
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--help" || flag == "-h" { return .help }
            if flag == "--memory" {
                configuration.storage = .memory
                continue
            }
            guard let value = remaining.popFirst() else {
                return known.contains(flag)
                    ? .failure("\(flag) needs a value.") : .failure("unknown flag '\(flag)'.")
            }
            if let message = apply(flag, value, to: &configuration) { return .failure(message) }
        }
        return .configuration(configuration)
    }

    private static let known: Set<String> = [
        "--host", "--port", "--data", "--password", "--token-ttl", "--seed", "--numbers", "--latency",
        "--fail-rate", "--drop-after-commit", "--search-cache",
    ]

    /// Applies one flag; returns a message when the flag or its value is wrong.
    private static func apply(_ flag: String, _ value: String, to configuration: inout SandboxConfiguration) -> String?
    {
        func integer(_ range: ClosedRange<Int>, _ what: String) -> Int? {
            guard let number = Int(value), range.contains(number) else { return nil }
            return number
        }
        func share() -> Double? {
            guard let number = Double(value), (0...1).contains(number) else { return nil }
            return number
        }
        switch flag {
        case "--host": configuration.host = value
        case "--port": configuration.port = integer(0...65_535, "port") ?? -1
        case "--data": configuration.storage = .directory(URL(fileURLWithPath: value, isDirectory: true))
        case "--password": configuration.password = value
        case "--token-ttl": configuration.tokenLifetime = integer(1...31_536_000, "seconds") ?? -1
        case "--seed":
            guard let seed = UInt64(value) else { return "--seed '\(value)' is not a whole number from 0 up." }
            configuration.seed = seed
        case "--numbers": configuration.inventorySize = integer(1...50_000_000, "numbers") ?? -1
        case "--latency": configuration.latencyMilliseconds = integer(0...60_000, "ms") ?? -1
        case "--fail-rate": configuration.failRate = share() ?? -1
        case "--drop-after-commit": configuration.dropAfterCommitRate = share() ?? -1
        case "--search-cache": configuration.searchCacheSize = integer(0...1_000_000, "replies") ?? -1
        default: return "unknown flag '\(flag)'."
        }
        return check(flag, value, configuration)
    }

    private static func check(_ flag: String, _ value: String, _ configuration: SandboxConfiguration) -> String? {
        let ranges: [String: (Bool, String)] = [
            "--port": (configuration.port < 0, "a port from 0 to 65535 (0 picks a free one)"),
            "--token-ttl": (configuration.tokenLifetime < 0, "a number of seconds from 1 to 31536000"),
            "--numbers": (configuration.inventorySize < 0, "a count from 1 to 50000000"),
            "--latency": (configuration.latencyMilliseconds < 0, "milliseconds from 0 to 60000"),
            "--fail-rate": (configuration.failRate < 0, "a probability from 0 to 1, such as 0.1"),
            "--drop-after-commit": (configuration.dropAfterCommitRate < 0, "a probability from 0 to 1, such as 0.1"),
            "--search-cache": (configuration.searchCacheSize < 0, "a count of replies from 0 to 1000000"),
            "--password": (configuration.password.isEmpty, "a non-empty password"),
        ]
        guard let (bad, expected) = ranges[flag], bad else { return nil }
        return "\(flag) '\(value)' is not valid; expected \(expected)."
    }
}
