import BlitzAPI
import BlitzStorage
import Foundation

extension SandboxStore {
    /// The available numbers matching `criteria`, lowest ids first, at most `criteria.quantity`,
    /// written as JSON as they are read.
    func search(_ criteria: SearchCriteria) throws -> SearchReplyJSON.Rows {
        var found = SearchReplyJSON.Rows()
        if criteria.cannotMatch { return found }
        let (sql, values) = SearchPlanner(statistics: statistics).plan(criteria)
        try pool.withConnection { connection in
            try connection.statement(sql).forEachRow(values) { row in
                row.withText(2) { rateCenter in
                    row.withText(3) { state in
                        row.withText(4) { lata in
                            found.append(
                                id: row.integer(0), number: row.integer(1), rateCenter: rateCenter, state: state,
                                lata: lata)
                        }
                    }
                }
            }
        }
        return found
    }

    /// Creates the account at its first sign-in: two built resource groups and one unbuilt, listed last.
    ///
    /// Group ids come from the account's ordinal, so no two accounts share one; the first
    /// account gets 2, 3 and 4, matching the ids in the API document's examples.
    func ensureAccount(_ name: String) throws {
        try pool.withConnection { connection in
            try connection.database.transaction {
                let existing = try connection.statement("SELECT count(*) FROM accounts WHERE name = ?")
                if try existing.rows([.text(name)], { $0.integer(0) }).first == 1 { return }
                let next = try connection.statement("SELECT coalesce(max(ordinal), -1) + 1 FROM accounts")
                let ordinal = Int(try next.rows { $0.integer(0) }.first ?? 0)
                try connection.statement("INSERT INTO accounts (name, ordinal) VALUES (?, ?)")
                    .run([.text(name), .int(ordinal)])
                let insert = try connection.statement(
                    "INSERT INTO resource_groups (id, account, description, built) VALUES (?, ?, ?, ?)")
                let groups = [("Primary SIP trunk", 1), ("Backup SIP trunk", 1), ("New SIP trunk (not built yet)", 0)]
                for (offset, group) in groups.enumerated() {
                    try insert.run([.int(ordinal * 3 + 2 + offset), .text(name), .text(group.0), .int(group.1)])
                }
            }
        }
    }

    /// The account's resource groups, in id order (the unbuilt one last).
    func resourceGroups(of account: String) throws -> [ResourceGroup] {
        try pool.withConnection { connection in
            let query = try connection.statement(
                "SELECT id, description, built FROM resource_groups WHERE account = ? ORDER BY id")
            return try query.rows([.text(account)]) {
                ResourceGroup(id: Int($0.integer(0)), description: $0.text(1), built: Int($0.integer(2)))
            }
        }
    }

    /// The numbers the account holds, by number; `number` narrows it to that one.
    func assigned(to account: String, number: String? = nil) throws -> [AssignedNumber] {
        try pool.withConnection { connection in
            let rows: (Statement) -> AssignedNumber = {
                AssignedNumber(number: String($0.integer(0)), outpulsed: $0.text(1), trunkGroupID: Int($0.integer(2)))
            }
            let columns = "SELECT number, outpulsed, resgroup FROM numbers INDEXED BY numbers_account"
            if let number {
                guard let digits = Int64(number), number.count == 10 else { return [] }
                let query = try connection.statement("\(columns) WHERE account = ? AND number = ?")
                return try query.rows([.text(account), .integer(digits)], rows)
            }
            let query = try connection.statement("\(columns) WHERE account = ? ORDER BY number")
            return try query.rows([.text(account)], rows)
        }
    }
}
