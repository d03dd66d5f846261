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

/// What a dry run would have sent, for its closing summary.
package struct DryRunTally: Equatable {
    /// Numbers that would be ordered, by group.
    package var ordersByGroup: [Int: Int] = [:]
    package var returns = 0

    package init() {}

    mutating func record(_ action: Session.ChangeAction, count: Int, groupID: Int?) {
        switch action {
        case .order: ordersByGroup[groupID ?? 0, default: 0] += count
        case .return: returns += count
        }
    }

    /// "would order 3 numbers into group 2, would return 1", or nil when nothing would be sent.
    package var summary: String? {
        var parts = ordersByGroup.keys.sorted().map { group in
            "would order \(Session.count(ordersByGroup[group] ?? 0)) into group \(group)"
        }
        if returns > 0 { parts.append("would return \(returns)") }
        return parts.isEmpty ? nil : "Dry run: " + parts.joined(separator: ", ") + "."
    }
}
