import BlitzStorage
import CCrypto
import Foundation

extension SandboxStore {
    /// Creates and fills the schema unless a completed seeding is already recorded.
    ///
    /// The `seeded` marker commits last, after the rows, the indexes and the trigram index, so a
    /// crash mid-seed leads to a fresh seed next time. With `searchPath` the trigram index is built
    /// into that file on a second thread while this one fills the main file; attach it afterwards,
    /// since a transaction on `database` would lock an attached file too.
    static func seedIfNeeded(_ database: Database, configuration: SandboxConfiguration, searchPath: String?) throws {
        if try isSeeded(database, searchPath: searchPath, configuration: configuration) {
            try noteSeedMismatch(database, configuration: configuration)
            return
        }
        let started = Date()
        let exchanges = try ExchangeCatalog.load()
        let generator = InventoryGenerator(
            exchanges: exchanges, seed: configuration.seed, size: configuration.inventorySize)
        let total = generator.counts.reduce(0, +)
        configuration.progress?("Seeding \(grouped(total)) numbers (seed \(configuration.seed))…")
        let builder = searchPath.map { SearchIndexBuilder(path: $0, generator: generator) }
        do {
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            try database.transaction {
                try createSchema(database)
                try insertNumbers(database, generator: generator)
                try buildIndexes(database)
                if builder == nil { try SearchIndexBuilder.fill(database, generator: generator) }
                try recordMeta(database, configuration: configuration, total: total)
            }
            try builder?.wait()
        } catch {
            try? builder?.wait()
            throw error
        }
        try markSeeded(database)
        let seconds = Date().timeIntervalSince(started)
        configuration.progress?("Seeded \(grouped(total)) numbers in \(String(format: "%.2f", seconds)) s.")
    }

    private static func markSeeded(_ database: Database) throws {
        try database.execute("PRAGMA synchronous = FULL")
        try database.transaction {
            let insert = try database.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)")
            try insert.run([.text(ISO8601DateFormatter().string(from: Date()))])
        }
    }

    /// The table layout this version reads; a store in another layout is seeded afresh.
    static let layout = "2"

    private static func isSeeded(
        _ database: Database, searchPath: String?, configuration: SandboxConfiguration
    ) throws -> Bool {
        let table = try database.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
        guard try table.rows([], { $0.integer(0) }).first == 1 else { return false }
        let marker = try database.prepare("SELECT count(*) FROM meta WHERE key = 'seeded'")
        guard try marker.rows([], { $0.integer(0) }).first == 1 else { return false }
        let stored = try database.prepare("SELECT value FROM meta WHERE key = 'layout'")
        guard try stored.rows([], { $0.text(0) }).first == layout else {
            configuration.progress?(
                "The store was made by an older sandbox; seeding it afresh (its accounts and orders are not kept).")
            return false
        }
        // The trigram index may sit in a file of its own, which could have gone missing.
        return try SearchIndexBuilder.isPresent(in: searchPath.map { try Database(path: $0) } ?? database)
    }

    private static func noteSeedMismatch(_ database: Database, configuration: SandboxConfiguration) throws {
        let meta = try database.prepare("SELECT value FROM meta WHERE key = 'seed'")
        let stored = try meta.rows { $0.text(0) }.first ?? ""
        if stored != String(configuration.seed) {
            configuration.progress?(
                "Reusing the store seeded with seed \(stored); "
                    + "--seed \(configuration.seed) applies to a new data directory."
            )
        }
    }

    private static func createSchema(_ database: Database) throws {
        try database.execute(
            """
            DROP TABLE IF EXISTS main.numbers; DROP TABLE IF EXISTS main.numbers_fts; DROP TABLE IF EXISTS main.meta;
            DROP TABLE IF EXISTS main.accounts; DROP TABLE IF EXISTS main.resource_groups;
            DROP TABLE IF EXISTS main.rule_counts; DROP TABLE IF EXISTS main.exchanges;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE exchanges (
                id INTEGER PRIMARY KEY, prefix INTEGER NOT NULL, ratecenter TEXT NOT NULL, state TEXT NOT NULL,
                lata TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL);
            CREATE TABLE numbers (
                id INTEGER PRIMARY KEY, number INTEGER NOT NULL, exchange INTEGER NOT NULL, suffix INTEGER NOT NULL,
                account TEXT, resgroup INTEGER, outpulsed TEXT);
            -- Made before the rows, which it skips (all free), so building it costs no table scan.
            CREATE INDEX numbers_account ON numbers (account) WHERE account IS NOT NULL;
            CREATE TABLE accounts (name TEXT PRIMARY KEY, ordinal INTEGER NOT NULL UNIQUE);
            CREATE TABLE resource_groups (
                id INTEGER PRIMARY KEY, account TEXT NOT NULL, description TEXT NOT NULL, built INTEGER NOT NULL);
            CREATE INDEX resource_groups_account ON resource_groups (account);
            CREATE TABLE rule_counts (kind TEXT, value TEXT, count INTEGER, PRIMARY KEY (kind, value)) WITHOUT ROWID;
            """
        )
    }

    /// Writes each exchange once and its numbers as integers only, in id order.
    ///
    /// An exchange's numbers get contiguous ids (`first...last`), so rate center, state, LATA and
    /// `startswith` searches walk id ranges instead of indexes on a million rows. `suffix` holds
    /// the last four digits, the one per-number index `endswith` needs.
    private static func insertNumbers(_ database: Database, generator: InventoryGenerator) throws {
        let exchange = try database.prepare(
            "INSERT INTO exchanges (id, prefix, ratecenter, state, lata, first, last) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let number = try database.prepare("INSERT INTO numbers (id, number, exchange, suffix) VALUES (?, ?, ?, ?)")
        var id = Int64(generator.idOffset)
        try generator.forEachExchange { index, lines in
            let current = generator.exchanges[index]
            let exchangeID = Int64(index + 1)
            try exchange.run([
                .integer(exchangeID), .int(current.prefix), .text(current.rateCenter), .text(current.state),
                .text(current.lata), .integer(id), .integer(id + Int64(lines.count) - 1),
            ])
            try number.bind(exchangeID, at: 3)
            let base = Int64(current.prefix) * 10_000
            for line in lines {
                try number.bind(id, at: 1)
                try number.bind(base + Int64(line), at: 2)
                try number.bind(Int64(line), at: 4)
                try number.runBound()
                id += 1
            }
        }
    }

    private static func buildIndexes(_ database: Database) throws {
        try database.execute(
            """
            CREATE INDEX numbers_suffix ON numbers (suffix);
            CREATE UNIQUE INDEX exchanges_prefix ON exchanges (prefix);
            CREATE UNIQUE INDEX exchanges_ratecenter ON exchanges (ratecenter, first);
            CREATE UNIQUE INDEX exchanges_state ON exchanges (state, first);
            CREATE UNIQUE INDEX exchanges_lata ON exchanges (lata, first);
            INSERT INTO rule_counts
                SELECT 'ratecenter', ratecenter, sum(last - first + 1) FROM exchanges GROUP BY ratecenter;
            INSERT INTO rule_counts SELECT 'state', state, sum(last - first + 1) FROM exchanges GROUP BY state;
            INSERT INTO rule_counts SELECT 'lata', lata, sum(last - first + 1) FROM exchanges GROUP BY lata;
            """
        )
    }

    private static func recordMeta(_ database: Database, configuration: SandboxConfiguration, total: Int) throws {
        var key = [UInt8](repeating: 0, count: 32)
        guard RAND_bytes(&key, Int32(key.count)) == 1 else {
            throw SandboxError.storage("the system could not supply random bytes for the token key")
        }
        let insert = try database.prepare("INSERT INTO meta (key, value) VALUES (?, ?)")
        let secret = key.map { String(format: "%02x", $0) }.joined()
        let entries = [
            ("api_version", "2.7.1"), ("seed", String(configuration.seed)), ("size", String(total)),
            ("secret", secret), ("layout", layout),
        ]
        for (name, value) in entries {
            try insert.run([.text(name), .text(value)])
        }
    }

    /// A count with thousands separators, independent of the locale.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
