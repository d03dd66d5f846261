/// What happened to one number in an order or a return.
package enum ChangeOutcome: String, Sendable, Codable {
    /// The API said it was done, or Assigned confirmed it after the reply was lost.
    case done
    /// The API said it was not done, or Assigned showed it was not.
    case notDone
    /// The reply was lost and Assigned could not be asked either.
    case unknown
}

/// One number to order, with the group it will route to.
package struct OrderItem: Sendable, Equatable {
    package var number: AvailableNumber
    package var groupID: Int
    /// Digits the carrier puts before the number in the R-URI user part.
    package var prefix: String?

    package init(number: AvailableNumber, groupID: Int, prefix: String? = nil) {
        self.number = number
        self.groupID = groupID
        self.prefix = prefix
    }
}

/// The outcome of one number of an order or return.
package struct ChangeLine: Sendable, Equatable {
    package var number: String
    package var outcome: ChangeOutcome
    /// Whether the outcome was learnt from Assigned because the reply was lost.
    package var confirmedByAssigned: Bool
    /// The API's own line for the number, when its reply came (orders only).
    package var result: OrderResult?
    /// The number as it was picked to be ordered, so its rate center, state and LATA are
    /// known even when no reply came (orders only).
    package var picked: AvailableNumber?

    package init(
        number: String, outcome: ChangeOutcome, confirmedByAssigned: Bool, result: OrderResult? = nil,
        picked: AvailableNumber? = nil
    ) {
        self.number = number
        self.outcome = outcome
        self.confirmedByAssigned = confirmedByAssigned
        self.result = result
        self.picked = picked
    }

    /// The rate center, from the API's reply or else from the number as it was picked.
    package var rateCenter: String? { result?.rateCenter ?? picked?.rateCenter }
    package var state: String? { result?.state ?? picked?.state }
    package var lata: String? { result?.lata ?? picked?.lata }
}

/// What an order or a return really did, number by number.
package struct ChangeReport: Sendable, Equatable {
    package var lines: [ChangeLine]
    /// What went wrong after the request was sent, when something did.
    ///
    /// Its reply was lost, or the API answered with an error that does not say whether it
    /// acted; the lines were then settled through Assigned.
    package var failureAfterSending: APIError?

    package init(lines: [ChangeLine], failureAfterSending: APIError? = nil) {
        self.lines = lines
        self.failureAfterSending = failureAfterSending
    }

    package var doneCount: Int { lines.count { $0.outcome == .done } }

    /// Whether every number was changed as asked.
    package var isComplete: Bool { lines.allSatisfy { $0.outcome == .done } }
}

/// The numbers a search found.
package struct SearchOutcome: Sendable, Equatable {
    package var numbers: [AvailableNumber]
    /// How many were asked for.
    package var requested: Int
    /// Whether the API answered Partial Fulfillment: fewer matched than were asked for.
    package var isPartial: Bool

    package init(numbers: [AvailableNumber], requested: Int, isPartial: Bool) {
        self.numbers = numbers
        self.requested = requested
        self.isPartial = isPartial
    }
}
