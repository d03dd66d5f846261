import BlitzAPI
import BlitzStorage

extension SandboxStore {
    /// Orders each line for the account in one transaction; a line wins only if its number was still free.
    ///
    /// The conditional `UPDATE ... WHERE account IS NULL` is what makes concurrent orders for one
    /// id safe: SQLite serialises writers, and only the first finds the number free.
    func order(_ lines: [OrderLine], for account: String) throws -> [OrderResult] {
        defer { searchCache.invalidate() }
        return try pool.withConnection { connection in
            try connection.database.transaction {
                try lines.map { try order($0, for: account, on: connection) }
            }
        }
    }

    private func order(_ line: OrderLine, for account: String, on connection: StoreConnection) throws -> OrderResult {
        let lookup = try connection.statement(
            "SELECT n.number, e.ratecenter, e.state, e.lata FROM numbers n "
                + "JOIN exchanges e ON e.id = n.exchange WHERE n.id = ?"
        )
        let found = try lookup.rows([.int(line.id)]) {
            OrderResult(
                id: line.id, number: String($0.integer(0)), rateCenter: $0.text(1), state: $0.text(2),
                lata: $0.text(3), result: 0)
        }
        guard var result = found.first else {
            return OrderResult(id: line.id, number: "", rateCenter: "", state: "", lata: "", result: 0)
        }
        let prefix = line.prefix ?? ""
        let group = try connection.statement("SELECT built FROM resource_groups WHERE id = ? AND account = ?")
        let built = try group.rows([.int(line.resourceGroupID), .text(account)]) { $0.integer(0) }.first == 1
        guard built, Self.isValidPrefix(prefix) else { return result }
        let claim = try connection.statement(
            "UPDATE numbers SET account = ?, resgroup = ?, outpulsed = ? WHERE id = ? AND account IS NULL")
        try claim.run([.text(account), .int(line.resourceGroupID), .text(prefix + result.number), .int(line.id)])
        result.result = connection.database.changes == 1 ? 1 : 0
        return result
    }

    /// A prefix is up to 16 ASCII digits; anything else makes the line fail.
    static func isValidPrefix(_ prefix: String) -> Bool {
        prefix.utf8.count <= 16 && prefix.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Gives the account's numbers back to inventory; numbers it does not hold are left alone.
    ///
    /// - Returns: How many numbers went back.
    @discardableResult
    func returnNumbers(_ numbers: [String], for account: String) throws -> Int {
        defer { searchCache.invalidate() }
        return try pool.withConnection { connection in
            try connection.database.transaction {
                let release = try connection.statement(
                    "UPDATE numbers INDEXED BY numbers_account SET account = NULL, resgroup = NULL, outpulsed = NULL "
                        + "WHERE number = ? AND account = ?"
                )
                var released = 0
                for number in numbers {
                    guard number.count == 10, let digits = Int64(number) else { continue }
                    try release.run([.integer(digits), .text(account)])
                    released += connection.database.changes
                }
                return released
            }
        }
    }
}
