/// The settings that change how orders and returns are handled.
package struct SessionSettings: Equatable {
    /// Run read-only commands for real; only show orders and returns (`--dry-run`, `set dry-run on`).
    package var dryRun = false
    /// Let a script order and return on a target other than the embedded sandbox (`--yes`).
    package var assumeYes = false
    /// The most numbers one `order` may send (`set max-order=N`).
    package var maxOrder = 25

    package init() {}
}

/// What a dry run would have sent, for its closing total.
package struct DryRunTally: Equatable {
    /// Numbers that would be ordered, by group.
    package var ordersByGroup: [Int: Int] = [:]
    package var returns = 0
    /// How many orders and returns were held back.
    package var changes = 0

    package init() {}

    mutating func record(_ action: Session.ChangeAction, count: Int, groupID: Int?) {
        changes += 1
        switch action {
        case .order: ordersByGroup[groupID ?? 0, default: 0] += count
        case .return: returns += count
        }
    }

    /// "Dry run in all: would order 3 numbers into group 2, would return 1 number; nothing
    /// was sent.", once more than one change was held back; nil otherwise, since each
    /// change already said what it would do.
    package var summary: String? {
        guard changes > 1 else { return nil }
        var parts = ordersByGroup.keys.sorted().map { group in
            "would order \(Session.count(ordersByGroup[group] ?? 0)) into group \(group)"
        }
        if returns > 0 { parts.append("would return \(Session.count(returns))") }
        return "Dry run in all: " + parts.joined(separator: ", ") + "; nothing was sent."
    }
}
