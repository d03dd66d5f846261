import BlitzStorage
import Foundation

/// The sandbox's SQLite state: inventory, accounts, resource groups and holdings.
///
/// A directory store is a WAL database reused across starts; a memory store is thrown away.
final class SandboxStore: Sendable {
    let pool: ConnectionPool
    /// The key that signs tokens; kept in the store so tokens outlive a restart.
    let secret: [UInt8]
    /// Inventory-wide figures the search planner estimates with.
    let statistics: InventoryStatistics
    /// Recent search replies; orders and returns empty it when they commit.
    let searchCache: SearchCache

    init(configuration: SandboxConfiguration) throws {
        let connections: [StoreConnection]
        switch configuration.storage {
        case .memory:
            let database = try Database(path: ":memory:")
            try Self.seedIfNeeded(database, configuration: configuration, searchPath: nil)
            connections = [StoreConnection(database: database)]
        case .directory(let directory):
            let path = try Self.prepare(directory: directory)
            // Held until every connection is open: seeding and the switch to WAL are not for two.
            let lock = try DataDirectoryLock(directory: directory, progress: configuration.progress)
            defer { withExtendedLifetime(lock) {} }
            let searchPath = directory.appendingPathComponent("sandbox-search.sqlite").path
            try Self.setAsideIfUnreadable(path, progress: configuration.progress)
            try Self.setAsideIfUnreadable(searchPath, progress: configuration.progress)
            let first = try Database(path: path)
            try Self.seedIfNeeded(first, configuration: configuration, searchPath: searchPath)
            try SearchIndexBuilder.attach(searchPath, to: first)
            try Self.configureForService(first)
            var opened = [StoreConnection(database: first)]
            for _ in 1..<4 {
                let database = try Database(path: path)
                try SearchIndexBuilder.attach(searchPath, to: database)
                try Self.configureForService(database)
                opened.append(StoreConnection(database: database))
            }
            connections = opened
        }
        pool = ConnectionPool(connections)
        let loaded = try pool.withConnection { try Self.loadMeta($0.database) }
        secret = loaded.secret
        statistics = loaded.statistics
        searchCache = SearchCache(capacity: configuration.searchCacheSize)
    }

    private static func prepare(directory: URL) throws -> String {
        do {
            // Private: the store holds the key that signs every token.
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SandboxError.storage("cannot create the data directory '\(directory.path)'")
        }
        return directory.appendingPathComponent("sandbox.sqlite").path
    }

    private static func configureForService(_ database: Database) throws {
        try database.execute(
            """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA mmap_size = 536870912;
            PRAGMA cache_size = -16384;
            """
        )
    }

    private static func loadMeta(_ database: Database) throws -> (secret: [UInt8], statistics: InventoryStatistics) {
        let meta = try database.prepare("SELECT value FROM meta WHERE key = ?")
        let secretHex = try meta.rows([.text("secret")]) { $0.text(0) }.first ?? ""
        let secret = Self.bytes(fromHex: secretHex)
        guard secret.count == 32 else {
            throw SandboxError.storage("the store has no token key; delete the data directory to reseed")
        }
        return (secret, try InventoryStatistics(database: database))
    }

    static func bytes(fromHex hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return [] }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}
