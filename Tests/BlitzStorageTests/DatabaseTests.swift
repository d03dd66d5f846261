import BlitzStorage
import Testing

struct DatabaseTests {
    @Test func insertedRowsReadBack() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT, price REAL)")
        let insert = try database.prepare("INSERT INTO item(name, price) VALUES (?, ?)")
        try insert.run([.text("one"), .real(1.5)])
        try insert.run([.text("two"), .null])

        let rows = try database.prepare("SELECT id, name, price FROM item ORDER BY id").rows {
            ($0.integer(0), $0.text(1), $0.isNull(2) ? nil : $0.double(2))
        }

        #expect(rows.map(\.0) == [1, 2])
        #expect(rows.map(\.1) == ["one", "two"])
        #expect(rows.map(\.2) == [1.5, nil])
    }

    @Test func failedTransactionRollsBack() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE item(name TEXT UNIQUE)")
        try database.execute("INSERT INTO item VALUES ('kept')")

        #expect(throws: DatabaseError.self) {
            try database.transaction {
                try database.execute("INSERT INTO item VALUES ('dropped')")
                try database.execute("INSERT INTO item VALUES ('kept')")
            }
        }

        let names = try database.prepare("SELECT name FROM item").rows { $0.text(0) }
        #expect(names == ["kept"])
    }

    @Test func badSQLNamesTheStatement() throws {
        let database = try Database(path: ":memory:")
        let error = #expect(throws: DatabaseError.self) {
            _ = try database.prepare("SELEKT 1")
        }
        #expect(error?.message.contains("SELEKT 1") == true)
    }
}
