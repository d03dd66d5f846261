import Foundation

/// Where blitz keeps its files, following the XDG base directory layout.
///
/// State (history, journal) lives under `$XDG_STATE_HOME/blitz`, falling back to
/// `~/.local/state/blitz`; configuration (credentials) under `$XDG_CONFIG_HOME/blitz`,
/// falling back to `~/.config/blitz`. As the XDG specification asks, an empty or relative
/// `XDG_*` value is ignored and the fallback used instead.
package struct StatePaths: Sendable, Equatable {
    /// The directory for files blitz writes as it runs: history and journal.
    package let stateDirectory: URL
    /// The directory for files the user writes for blitz: credentials.
    package let configDirectory: URL

    /// Works the paths out from `environment` (the process's own by default).
    ///
    /// `HOME` in `environment` names the home directory; when it is missing, empty or
    /// relative, the account's home directory is used.
    package init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = Self.absolutePath(environment["HOME"]) ?? NSHomeDirectory()
        let homeURL = URL(fileURLWithPath: home, isDirectory: true)
        let stateBase =
            Self.absolutePath(environment["XDG_STATE_HOME"]).map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? homeURL.appendingPathComponent(".local/state", isDirectory: true)
        let configBase =
            Self.absolutePath(environment["XDG_CONFIG_HOME"]).map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? homeURL.appendingPathComponent(".config", isDirectory: true)

        stateDirectory = stateBase.appendingPathComponent("blitz", isDirectory: true)
        configDirectory = configBase.appendingPathComponent("blitz", isDirectory: true)
    }

    /// The line editor's persistent history: `STATE/history`.
    package var historyFile: URL { stateDirectory.appendingPathComponent("history", isDirectory: false) }

    /// The SQLite journal of orders and returns: `STATE/journal.db`.
    package var journalFile: URL { stateDirectory.appendingPathComponent("journal.db", isDirectory: false) }

    /// The optional INI-style credentials file: `CONFIG/credentials`.
    package var credentialsFile: URL { configDirectory.appendingPathComponent("credentials", isDirectory: false) }

    /// Creates `directory` and any missing parents, each new one with mode 0700.
    ///
    /// Directories that already exist keep their mode: they may be shared with other tools.
    /// - Throws: ``StatePathsError`` naming the directory that could not be made.
    package static func createPrivateDirectory(_ directory: URL) throws {
        var missing: [URL] = []
        var current = directory.standardizedFileURL
        while !isDirectory(current) {
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }

        for path in missing.reversed().map(\.path) where mkdir(path, 0o700) != 0 && errno != EEXIST {
            let reason = String(cString: strerror(errno))
            throw StatePathsError(path: path, reason: reason)
        }
        guard isDirectory(directory) else {
            throw StatePathsError(path: directory.path, reason: "it exists and is not a directory")
        }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func absolutePath(_ value: String?) -> String? {
        guard let value, value.hasPrefix("/") else { return nil }
        return value
    }
}

/// A directory blitz needs for its state could not be created.
package struct StatePathsError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The directory that could not be made.
    package let path: String
    /// Why, in the system's words.
    package let reason: String

    package var description: String { "cannot create the directory '\(path)': \(reason)" }
}
