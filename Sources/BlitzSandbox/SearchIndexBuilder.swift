import BlitzStorage
import Foundation
import Synchronization

/// Builds the FTS5 trigram index of the inventory on a thread of its own.
///
/// The trigram index is the slowest part of a first seed and needs nothing from the main
/// tables: it is filled straight from the deterministic generator. In a directory store it goes
/// into a file of its own, so it can be written while the main file takes the rows and its
/// B-tree indexes on the other core; a memory store keeps it in its one database.
final class SearchIndexBuilder: Sendable {
    /// The schema name the index file is attached under.
    static let schema = "search"

    private let path: String
    private let outcome = Mutex<Result<Void, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts filling the index file at `path` with every number `generator` yields.
    init(path: String, generator: InventoryGenerator) {
        self.path = path
        Thread.detachNewThread { [self] in
            let result = Result { try Self.build(at: path, generator: generator) }
            outcome.withLock { $0 = result }
            finished.signal()
        }
    }

    /// Waits for the build and rethrows its error, if any.
    func wait() throws {
        finished.wait()
        finished.signal()
        try outcome.withLock { $0 }?.get()
    }

    /// Creates the index table in `database` (under `schema`) and fills it.
    ///
    /// Contentless with `detail = none` and `columnsize = 0`: a search only asks which rowids
    /// hold every trigram, never positions or ranks, so the per-row size table is skipped, which
    /// halves the build.
    static func fill(_ database: Database, schema: String = "main", generator: InventoryGenerator) throws {
        try database.execute(
            """
            DROP TABLE IF EXISTS \(schema).numbers_fts;
            CREATE VIRTUAL TABLE \(schema).numbers_fts USING fts5 (
                digits, content = '', detail = none, columnsize = 0, tokenize = 'trigram');
            INSERT INTO \(schema).numbers_fts (numbers_fts, rank) VALUES ('automerge', 16);
            INSERT INTO \(schema).numbers_fts (numbers_fts, rank) VALUES ('crisismerge', 64);
            """)
        // FTS5 reads the bound integer as its decimal text, so no string is made per number.
        let insert = try database.prepare("INSERT INTO \(schema).numbers_fts (rowid, digits) VALUES (?, ?)")
        var id = Int64(generator.idOffset)
        try generator.forEachNumber { number, _ in
            try insert.bind(id, at: 1)
            try insert.bind(Int64(number), at: 2)
            try insert.runBound()
            id += 1
        }
    }

    /// Whether `database` holds the index table in its main schema.
    static func isPresent(in database: Database) throws -> Bool {
        let query = try database.prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'numbers_fts'")
        return try query.rows { $0.integer(0) }.first == 1
    }

    /// Attaches the index file at `path` to `database` under ``schema``.
    static func attach(_ path: String, to database: Database) throws {
        let attach = try database.prepare("ATTACH DATABASE ? AS \(schema)")
        try attach.run([.text(path)])
    }

    private static func build(at path: String, generator: InventoryGenerator) throws {
        let database = try Database(path: path)
        // No journal: an interrupted build leaves no `seeded` marker in the main file, so it is
        // redone. FULL still syncs the file at the commit, before the marker is written.
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL;")
        try database.transaction {
            try fill(database, generator: generator)
        }
    }
}
