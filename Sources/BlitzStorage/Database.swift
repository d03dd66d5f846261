@preconcurrency import CSQLite
import Foundation

/// An error from SQLite, with its result code and message.
package struct DatabaseError: Error, CustomStringConvertible, Sendable {
    package let code: Int32
    package let message: String

    package var description: String { "SQLite error \(code): \(message)" }
}

/// One SQLite connection.
///
/// Not thread-safe: guard it with a lock, or give each thread its own.
package final class Database {
    private let handle: OpaquePointer

    /// Opens (creating if needed) the database at `path`; `":memory:"` opens a throwaway one.
    package init(path: String) throws {
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &connection, flags, nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(connection)
            throw DatabaseError(code: status, message: "cannot open '\(path)': \(message)")
        }
        handle = connection
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters and return no rows.
    package func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw DatabaseError(code: status, message: message)
        }
    }

    /// Compiles a statement for repeated use.
    package func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw DatabaseError(code: status, message: "\(lastErrorMessage) in: \(sql)")
        }
        return Statement(handle: statement, database: self)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock at once, so two writers never deadlock on upgrade.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The rowid of the last row inserted on this connection.
    package var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the last statement changed.
    package var changes: Int { Int(sqlite3_changes(handle)) }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }
}

/// A value to bind to a statement parameter.
package enum DatabaseValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A compiled statement; bind parameters, then step through rows.
package final class Statement {
    private let handle: OpaquePointer
    private let database: Database

    init(handle: OpaquePointer, database: Database) {
        self.handle = handle
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    @discardableResult
    package func bind(_ values: [DatabaseValue]) throws -> Statement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(handle, index)
            case .integer(let number): status = sqlite3_bind_int64(handle, index, number)
            case .real(let number): status = sqlite3_bind_double(handle, index, number)
            case .text(let text): status = sqlite3_bind_text(handle, index, text, -1, blitz_sqlite_transient())
            }
            guard status == SQLITE_OK else {
                throw DatabaseError(code: status, message: database.lastErrorMessage)
            }
        }
        return self
    }

    /// Binds one integer to the parameter at `index` (from 1), keeping the other bindings.
    ///
    /// With ``runBound()`` this makes a bulk insert loop that allocates nothing per row.
    package func bind(_ value: Int64, at index: Int32) throws {
        let status = sqlite3_bind_int64(handle, index, value)
        guard status == SQLITE_OK else {
            throw DatabaseError(code: status, message: database.lastErrorMessage)
        }
    }

    /// Runs the statement with its current bindings, ignoring any rows, and resets it for reuse.
    package func runBound() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Advances to the next row; false when there are no more.
    package func step() throws -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw DatabaseError(code: status, message: database.lastErrorMessage)
        }
    }

    /// Runs the statement to completion, ignoring any rows.
    package func run(_ values: [DatabaseValue] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Runs the statement and maps every row.
    package func rows<T>(_ values: [DatabaseValue] = [], _ transform: (Statement) throws -> T) throws -> [T] {
        try bind(values)
        var result: [T] = []
        while try step() {
            result.append(try transform(self))
        }
        sqlite3_reset(handle)
        return result
    }

    /// Runs the statement and hands each row to `body`, collecting nothing.
    package func forEachRow(_ values: [DatabaseValue] = [], _ body: (Statement) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {
            try body(self)
        }
    }

    package func integer(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    package func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    package func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: bytes)
    }

    /// The column's text as SQLite holds it, without making a `String`; valid only inside `body`.
    package func withText<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let bytes = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }

    package func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }
}
