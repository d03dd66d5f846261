import BlitzStorage
import Foundation

extension Journal {
    /// The most recent entries, oldest first, each number with its latest outcome.
    ///
    /// A number with no outcome shows as `pending` when this session wrote it (its request is
    /// still in flight) and as `noOutcome`, "unknown (no outcome recorded)", when another
    /// session did: that one crashed or was killed before it could record the reply.
    /// - Parameters:
    ///   - since: leave out entries written before this time; nil for no bound.
    ///   - limit: at most this many entries, the newest ones.
    /// - Returns: the entries, oldest first.
    /// - Throws: ``JournalError/storage(path:message:)`` when the file cannot be read.
    package func entries(since: Date? = nil, limit: Int = 50) throws -> [JournalEntry] {
        let session = session
        let bound: DatabaseValue = since.map { .integer(Self.milliseconds($0)) } ?? .integer(.min)
        return try withDatabase { database in
            try database.execute("BEGIN")
            defer { try? database.execute("COMMIT") }

            let heads = try database.prepare(
                """
                SELECT id, time_ms, session, target, user, action, group_id, prefix FROM entry
                WHERE time_ms >= ? ORDER BY id DESC LIMIT ?
                """
            ).rows([bound, .integer(Int64(max(limit, 0)))], Self.readEntry).reversed()
            guard let first = heads.first?.id, let last = heads.last?.id else { return [] }

            let lines = try Self.lines(from: first, through: last, in: database)
            return heads.map { head in
                var entry = head
                let pending: JournalOutcome = head.session == session ? .pending : .noOutcome
                entry.lines = (lines[head.id] ?? []).map { line in
                    JournalLine(number: line.number, inventoryID: line.inventoryID, outcome: line.outcome ?? pending)
                }
                return entry
            }
        }
    }

    /// The numbers a session ordered and still holds, in the order they were ordered: what `undo` returns.
    ///
    /// A number counts when its order's outcome is `ordered` or `confirmed_ordered` and no
    /// later return (by any session) is `returned` or `confirmed_returned`. Numbers whose
    /// order outcome is unknown are left out: `undo` must not return a number the account
    /// may never have had; the journal shows them for a person to decide.
    /// - Parameter session: whose orders; this journal's session when nil.
    /// - Returns: the numbers, each once.
    /// - Throws: ``JournalError/storage(path:message:)`` when the file cannot be read.
    package func orderedNumbers(inSession session: String? = nil) throws -> [String] {
        let session = session ?? self.session
        let rows = try withDatabase { database in
            try database.prepare(
                """
                SELECT e.action, e.session = ?1, l.number,
                    (SELECT o.outcome FROM outcome o
                     WHERE o.entry_id = l.entry_id AND o.number = l.number ORDER BY o.id DESC LIMIT 1)
                FROM entry e JOIN line l ON l.entry_id = e.id
                WHERE e.id >= (SELECT min(id) FROM entry WHERE session = ?1 AND action = 'order')
                ORDER BY e.id, l.position
                """
            ).rows([.text(session)]) { row in
                (action: row.text(0), isOwn: row.integer(1) == 1, number: row.text(2), outcome: row.text(3))
            }
        }

        var held: [String] = []
        for row in rows {
            let outcome = JournalOutcome(rawValue: row.outcome) ?? .pending
            if row.action == JournalAction.order.rawValue, row.isOwn, outcome.leavesNumberOrdered {
                if !held.contains(row.number) { held.append(row.number) }
            } else if row.action == JournalAction.return.rawValue, outcome.leavesNumberReturned {
                held.removeAll { $0 == row.number }
            }
        }
        return held
    }

    private typealias StoredLine = (number: String, inventoryID: Int?, outcome: JournalOutcome?)

    private static func lines(from first: Int64, through last: Int64, in database: Database) throws -> [Int64:
        [StoredLine]]
    {
        let rows = try database.prepare(
            """
            SELECT l.entry_id, l.number, l.inventory_id,
                (SELECT o.outcome FROM outcome o
                 WHERE o.entry_id = l.entry_id AND o.number = l.number ORDER BY o.id DESC LIMIT 1)
            FROM line l WHERE l.entry_id BETWEEN ? AND ? ORDER BY l.entry_id, l.position
            """
        ).rows([.integer(first), .integer(last)]) { row -> (Int64, StoredLine) in
            let inventoryID = row.isNull(2) ? nil : Int(exactly: row.integer(2))
            let outcome = row.isNull(3) ? nil : (JournalOutcome(rawValue: row.text(3)) ?? .unknown)
            return (row.integer(0), (row.text(1), inventoryID, outcome))
        }
        return Dictionary(grouping: rows, by: \.0).mapValues { $0.map(\.1) }
    }

    private static func readEntry(_ row: Statement) -> JournalEntry {
        JournalEntry(
            id: row.integer(0),
            time: Date(timeIntervalSince1970: Double(row.integer(1)) / 1000),
            session: row.text(2),
            target: row.text(3),
            user: row.text(4),
            // The CHECK constraint admits only the two actions.
            action: JournalAction(rawValue: row.text(5)) ?? .order,
            groupID: row.isNull(6) ? nil : Int(exactly: row.integer(6)),
            prefix: row.isNull(7) ? nil : row.text(7),
            lines: []
        )
    }
}
