import Foundation

/// One order or return as the journal recorded it, with the latest outcome of each number.
///
/// Encodes for `journal --json` with `time` as an ISO 8601 string (UTC, milliseconds), so
/// the output does not depend on the encoder's date strategy.
package struct JournalEntry: Codable, Sendable, Equatable {
    /// The entry's id: increases with every entry, across all sessions writing the file.
    package var id: Int64
    /// When the intent was written, just before the request went out.
    package var time: Date
    /// The session (one blitz process) that wrote it.
    package var session: String
    /// The API's base URL, without any user, password, query or fragment.
    package var target: String
    /// The user signed in when it was sent.
    package var user: String
    package var action: JournalAction
    /// The resource group the numbers were ordered into; nil for returns.
    package var groupID: Int?
    /// The outpulsed prefix digits of an order, if any.
    package var prefix: String?
    /// The numbers, in the order they were sent.
    package var lines: [JournalLine]

    package init(
        id: Int64, time: Date, session: String, target: String, user: String,
        action: JournalAction, groupID: Int?, prefix: String?, lines: [JournalLine]
    ) {
        self.id = id
        self.time = time
        self.session = session
        self.target = target
        self.user = user
        self.action = action
        self.groupID = groupID
        self.prefix = prefix
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey {
        case id, time, session, target, user, action
        case groupID = "group"
        case prefix, lines
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let timeText = try container.decode(String.self, forKey: .time)
        guard let time = try? Self.timeStyle.parse(timeText) else {
            let message = "'\(timeText)' is not an ISO 8601 time like 2026-12-03T10:00:00.000Z"
            throw DecodingError.dataCorruptedError(forKey: .time, in: container, debugDescription: message)
        }
        self.time = time
        id = try container.decode(Int64.self, forKey: .id)
        session = try container.decode(String.self, forKey: .session)
        target = try container.decode(String.self, forKey: .target)
        user = try container.decode(String.self, forKey: .user)
        action = try container.decode(JournalAction.self, forKey: .action)
        groupID = try container.decodeIfPresent(Int.self, forKey: .groupID)
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix)
        lines = try container.decode([JournalLine].self, forKey: .lines)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(time.formatted(Self.timeStyle), forKey: .time)
        try container.encode(session, forKey: .session)
        try container.encode(target, forKey: .target)
        try container.encode(user, forKey: .user)
        try container.encode(action, forKey: .action)
        try container.encode(groupID, forKey: .groupID)
        try container.encode(prefix, forKey: .prefix)
        try container.encode(lines, forKey: .lines)
    }

    private static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

/// One number of a journal entry.
package struct JournalLine: Codable, Sendable, Equatable {
    /// The ten-digit number.
    package var number: String
    /// The inventory id an order used; nil for returns, which go by number.
    package var inventoryID: Int?
    /// The latest outcome recorded, or `pending` / `noOutcome` when none was.
    package var outcome: JournalOutcome

    package init(number: String, inventoryID: Int?, outcome: JournalOutcome) {
        self.number = number
        self.inventoryID = inventoryID
        self.outcome = outcome
    }

    enum CodingKeys: String, CodingKey {
        case number
        case inventoryID = "id"
        case outcome
    }
}
