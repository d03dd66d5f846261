import BlitzStorage
import Dispatch
import Synchronization

/// One SQLite connection with its compiled statements.
///
/// `@unchecked Sendable` because ``ConnectionPool`` hands it to one thread at a time.
final class StoreConnection: @unchecked Sendable {
    let database: Database
    private var statements: [String: Statement] = [:]

    init(database: Database) {
        self.database = database
    }

    /// The compiled statement for `sql`, compiled once per connection.
    func statement(_ sql: String) throws -> Statement {
        if let statement = statements[sql] {
            return statement
        }
        let statement = try database.prepare(sql)
        statements[sql] = statement
        return statement
    }
}

/// A fixed set of connections lent to request threads one at a time.
final class ConnectionPool: Sendable {
    private let idle: Mutex<[StoreConnection]>
    private let available: DispatchSemaphore

    init(_ connections: [StoreConnection]) {
        idle = Mutex(connections)
        available = DispatchSemaphore(value: connections.count)
    }

    /// Runs `body` with a connection no other thread is using.
    func withConnection<T>(_ body: (StoreConnection) throws -> T) throws -> T {
        available.wait()
        defer { available.signal() }
        guard let connection = idle.withLock({ $0.popLast() }) else {
            throw SandboxError.storage("no database connection was free")
        }
        defer { idle.withLock { $0.append(connection) } }
        return try body(connection)
    }
}
