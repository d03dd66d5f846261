import BlitzStorage
import Foundation

extension Journal {
    /// Records that an order or return is about to be sent; every number starts `pending`.
    ///
    /// Call it before the request leaves, and send only when it succeeded: a request that
    /// could not be journalled must not be sent.
    /// - Parameters:
    ///   - action: order or return.
    ///   - target: the API's base URL; any user, password, query or fragment is dropped.
    ///   - user: the user signed in; never a password, for which the journal has no place.
    ///   - groupID: the resource group of an order; nil for a return.
    ///   - prefix: the outpulsed prefix digits of an order, if any.
    ///   - numbers: each number with the inventory id an order uses (nil for returns).
    ///   - time: when; now unless a test picks another time.
    /// - Returns: the new entry's id, for ``recordOutcome(entry:outcomes:)``.
    /// - Throws: ``JournalError/invalidIntent(_:)`` for no numbers or a repeated one.
    package func recordIntent(
        action: JournalAction, target: URL, user: String, groupID: Int?, prefix: String?,
        numbers: [(number: String, id: Int?)], at time: Date = Date()
    ) throws -> Int64 {
        try Self.checkIntent(numbers)
        let session = session
        let target = Self.withoutSecrets(target)
        let lines = numbers.map { (number: $0.number, id: $0.id.map { Int64($0) }) }

        return try withDatabase { database in
            try database.transaction {
                try database.prepare(
                    "INSERT INTO entry(time_ms, session, target, user, action, group_id, prefix) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)"
                ).run([
                    .integer(Self.milliseconds(time)), .text(session), .text(target), .text(user),
                    .text(action.rawValue), groupID.map { .integer(Int64($0)) } ?? .null,
                    prefix.map { .text($0) } ?? .null,
                ])
                let entry = database.lastInsertedRowID
                let insert = try database.prepare(
                    "INSERT INTO line(entry_id, position, number, inventory_id) VALUES (?, ?, ?, ?)")
                for (position, line) in lines.enumerated() {
                    let id: DatabaseValue = line.id.map { .integer($0) } ?? .null
                    try insert.run([.integer(entry), .integer(Int64(position)), .text(line.number), id])
                }
                return entry
            }
        }
    }

    /// Appends the outcome of each number of an entry, as the reply or Assigned told it.
    ///
    /// Numbers left out keep their previous outcome. A later call may settle a number again
    /// (`unknown`, then `confirmed_ordered`); the latest one counts.
    /// - Throws: ``JournalError`` when the entry or a number is not in the journal, or an
    ///   outcome does not fit the entry's action (`returned` for an order, or `pending`);
    ///   then nothing is recorded.
    package func recordOutcome(entry: Int64, outcomes: [String: JournalOutcome], at time: Date = Date()) throws {
        let sorted = outcomes.sorted { $0.key < $1.key }
        try withDatabase { database in
            try database.transaction {
                let action = try Self.action(of: entry, in: database)
                let numbers = Set(try Self.numbers(of: entry, in: database))
                for (number, outcome) in sorted {
                    guard numbers.contains(number) else {
                        throw JournalError.unknownNumber(entry: entry, number: number)
                    }
                    guard outcome.isRecordable, (outcome.action ?? action) == action else {
                        throw JournalError.outcomeDoesNotFit(entry: entry, outcome: outcome, action: action)
                    }
                }
                try Self.append(sorted.map { ($0.key, $0.value) }, to: entry, at: time, in: database)
            }
        }
    }

    /// Records `unknown` for every number of the entry that is still pending.
    ///
    /// For when the reply was lost and Assigned could not be asked either, or the shell is
    /// stopping with the request unanswered. Settled numbers keep their outcome.
    /// - Returns: how many numbers were marked.
    @discardableResult
    package func markUnknown(entry: Int64, at time: Date = Date()) throws -> Int {
        try withDatabase { database in
            try database.transaction {
                _ = try Self.action(of: entry, in: database)
                let pending = try database.prepare(
                    """
                    SELECT number FROM line
                    WHERE entry_id = ?1
                      AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.entry_id = ?1 AND o.number = line.number)
                    ORDER BY position
                    """
                ).rows([.integer(entry)]) { $0.text(0) }
                try Self.append(pending.map { ($0, JournalOutcome.unknown) }, to: entry, at: time, in: database)
                return pending.count
            }
        }
    }

    private static func append(
        _ outcomes: [(String, JournalOutcome)], to entry: Int64, at time: Date, in database: Database
    ) throws {
        let insert = try database.prepare(
            "INSERT INTO outcome(entry_id, number, outcome, time_ms) VALUES (?, ?, ?, ?)")
        for (number, outcome) in outcomes {
            try insert.run([.integer(entry), .text(number), .text(outcome.rawValue), .integer(milliseconds(time))])
        }
    }

    private static func action(of entry: Int64, in database: Database) throws -> JournalAction {
        let actions = try database.prepare("SELECT action FROM entry WHERE id = ?").rows([.integer(entry)]) {
            JournalAction(rawValue: $0.text(0))
        }
        guard let found = actions.first, let action = found else {
            throw JournalError.unknownEntry(entry)
        }
        return action
    }

    private static func numbers(of entry: Int64, in database: Database) throws -> [String] {
        try database.prepare("SELECT number FROM line WHERE entry_id = ?").rows([.integer(entry)]) { $0.text(0) }
    }

    private static func checkIntent(_ numbers: [(number: String, id: Int?)]) throws {
        guard !numbers.isEmpty else {
            throw JournalError.invalidIntent("it has no numbers")
        }
        var seen: Set<String> = []
        for (number, _) in numbers where !seen.insert(number).inserted {
            throw JournalError.invalidIntent("the number '\(number)' appears twice")
        }
    }

    /// The target as stored: scheme, host, port and path only, so a password in the URL never lands here.
    static func withoutSecrets(_ target: URL) -> String {
        guard var components = URLComponents(url: target, resolvingAgainstBaseURL: false) else {
            return "(unreadable URL)"
        }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? "(unreadable URL)"
    }

    static func milliseconds(_ time: Date) -> Int64 {
        Int64((time.timeIntervalSince1970 * 1000).rounded())
    }
}
