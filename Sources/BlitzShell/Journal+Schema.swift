import BlitzStorage

/// The journal's tables, and the settings every connection to it needs.
///
/// Layout version 1:
/// - `entry`: one row per order or return, written as the intent.
/// - `line`: one row per number of an entry, in the order sent.
/// - `outcome`: appended as outcomes become known; a number's latest row is its outcome,
///   and a number with no row is pending.
///
/// Triggers refuse every UPDATE and DELETE, so even a careless `sqlite3` session on the
/// file cannot rewrite history.
enum JournalSchema {
    static let version: Int64 = 1

    /// Puts the connection in WAL mode with durable commits, and creates or checks the tables.
    static func prepare(_ database: Database, path: String) throws {
        try database.execute("PRAGMA journal_mode = WAL")
        // The intent must be on disk before the request leaves: FULL syncs every commit.
        try database.execute("PRAGMA synchronous = FULL")
        try database.execute("PRAGMA foreign_keys = ON")
        // Another blitz may be mid-write: wait for it rather than fail an order's intent.
        try database.execute("PRAGMA busy_timeout = 5000")

        try database.transaction {
            let found = try database.prepare("PRAGMA user_version").rows { $0.integer(0) }.first ?? 0
            if found > version {
                throw JournalError.newerSchema(path: path, version: found)
            }
            if found < version {
                try database.execute(tables)
                try database.execute(guards)
                try database.execute("PRAGMA user_version = \(version)")
            }
        }
    }

    private static let tables = """
        CREATE TABLE entry(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time_ms INTEGER NOT NULL,
            session TEXT NOT NULL,
            target TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('order', 'return')),
            group_id INTEGER,
            prefix TEXT
        );
        CREATE INDEX entry_time ON entry(time_ms);
        CREATE INDEX entry_session ON entry(session, id);
        CREATE TABLE line(
            entry_id INTEGER NOT NULL REFERENCES entry(id),
            position INTEGER NOT NULL,
            number TEXT NOT NULL,
            inventory_id INTEGER,
            PRIMARY KEY (entry_id, position),
            UNIQUE (entry_id, number)
        );
        CREATE TABLE outcome(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entry_id INTEGER NOT NULL,
            number TEXT NOT NULL,
            outcome TEXT NOT NULL,
            time_ms INTEGER NOT NULL,
            FOREIGN KEY (entry_id, number) REFERENCES line(entry_id, number)
        );
        CREATE INDEX outcome_line ON outcome(entry_id, number, id);
        """

    private static let guards = ["entry", "line", "outcome"].map { table in
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
        BEGIN SELECT RAISE(ABORT, 'the blitz journal is append-only'); END;
        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
        BEGIN SELECT RAISE(ABORT, 'the blitz journal is append-only'); END;
        """
    }.joined(separator: "\n")
}
