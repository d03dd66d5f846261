/// What the journal knows about one number of an order or a return.
///
/// The raw values are what the journal stores and what `journal --json` prints; ``words``
/// is what a person reads. "Confirmed" outcomes were settled by asking Assigned after the
/// reply to the order or return was lost, rather than read from that reply.
package enum JournalOutcome: String, Codable, Sendable, CaseIterable {
    /// The intent is written and the request sent (or about to be); no reply yet.
    case pending
    /// The order's reply said the number was ordered.
    case ordered
    /// The order's reply said the number was not ordered.
    case notOrdered = "not_ordered"
    /// The reply was lost; Assigned lists the number, so the order went through.
    case confirmedOrdered = "confirmed_ordered"
    /// The reply was lost; Assigned does not list the number, so the order did not go through.
    case confirmedNotOrdered = "confirmed_not_ordered"
    /// The return's reply said the number was returned.
    case returned
    /// The return's reply said the number was not returned.
    case notReturned = "not_returned"
    /// The reply was lost; Assigned no longer lists the number, so the return went through.
    case confirmedReturned = "confirmed_returned"
    /// The reply was lost; Assigned still lists the number, so the return did not go through.
    case confirmedNotReturned = "confirmed_not_returned"
    /// The reply was lost and Assigned could not settle it either.
    case unknown
    /// Never written: how a read shows a number another session left pending.
    ///
    /// That session ended (or crashed) between sending and recording the reply, so nobody
    /// knows what happened; it is shown apart from ``unknown`` because nobody even tried
    /// to find out.
    case noOutcome = "no_outcome"

    /// The outcome in plain words, for tables.
    package var words: String {
        switch self {
        case .pending: "pending"
        case .ordered: "ordered"
        case .notOrdered: "not ordered"
        case .confirmedOrdered: "ordered (confirmed by Assigned)"
        case .confirmedNotOrdered: "not ordered (confirmed by Assigned)"
        case .returned: "returned"
        case .notReturned: "not returned"
        case .confirmedReturned: "returned (confirmed by Assigned)"
        case .confirmedNotReturned: "not returned (confirmed by Assigned)"
        case .unknown: "unknown (reply lost, not settled)"
        case .noOutcome: "unknown (no outcome recorded)"
        }
    }

    /// Whether the outcome says for sure what happened to the number.
    package var isSettled: Bool {
        switch self {
        case .pending, .unknown, .noOutcome: false
        default: true
        }
    }

    /// The action this outcome can follow; nil when it fits both.
    package var action: JournalAction? {
        switch self {
        case .ordered, .notOrdered, .confirmedOrdered, .confirmedNotOrdered: .order
        case .returned, .notReturned, .confirmedReturned, .confirmedNotReturned: .return
        case .pending, .unknown, .noOutcome: nil
        }
    }

    /// Whether ``Journal/recordOutcome(entry:outcomes:)`` accepts it.
    ///
    /// `pending` is what an intent starts as and `noOutcome` only describes a read.
    var isRecordable: Bool { self != .pending && self != .noOutcome }

    /// After an order, whether the account now holds the number.
    var leavesNumberOrdered: Bool { self == .ordered || self == .confirmedOrdered }

    /// After a return, whether the account no longer holds the number.
    var leavesNumberReturned: Bool { self == .returned || self == .confirmedReturned }
}

/// What a journal entry did: order numbers into a group, or return them.
package enum JournalAction: String, Codable, Sendable, CaseIterable {
    case order
    case `return`
}
