import BlitzStorage

/// Turns a search into one SQL query that reads as few rows as it can.
///
/// Every plan returns the matching available numbers with the lowest ids, so the answer never
/// depends on the path chosen. Numbers hold only integers; rate center, state and LATA live on
/// their exchange, whose numbers are one contiguous id range. The driving path is the rule with
/// the cheapest estimated walk; the other rules filter.
struct SearchPlanner {
    let statistics: InventoryStatistics

    /// The query and its parameters, ending with the limit.
    func plan(_ criteria: SearchCriteria) -> (sql: String, values: [DatabaseValue]) {
        var filters: [Filter] = [Filter(sql: "n.account IS NULL", values: [], share: 1)]
        var drivers: [Driver] = [.scan]
        let total = Double(max(statistics.total, 1))
        for (column, value, counts) in equalityRules(criteria) {
            let count = Double(counts[value] ?? 0)
            filters.append(Filter(sql: "e.\(column) = ?", values: [.text(value)], share: count / total))
            drivers.append(.exchanges(column, candidates: count))
        }
        if let prefix = criteria.startsWith {
            let (low, high) = Self.range(of: prefix)
            let prefixes = (low / 10_000, (high + 9_999) / 10_000)
            let (first, end) = statistics.idRange(prefixes: prefixes.0, prefixes.1)
            let share = Double(end - first) / total
            filters.append(
                Filter(sql: "n.number >= ? AND n.number < ?", values: [.int(low), .int(high)], share: share))
            drivers.append(.prefixes(prefixes.0, prefixes.1, candidates: Double(end - first)))
        }
        if let suffix = criteria.endsWith, let value = Int(suffix) {
            let share = Self.share(ofDigits: suffix.count, positions: 1)
            filters.append(Self.suffixFilter(suffix.count, value, share: share))
            if suffix.count >= 4 {
                drivers.append(.suffix(candidates: total / 10_000))
            } else if suffix.count == 3 {
                drivers.append(.suffixes((0..<10).map { $0 * 1_000 + value }, candidates: total / 1_000))
            }
        }
        if let digits = criteria.contains {
            let share = Self.share(ofDigits: digits.count, positions: 11 - digits.count)
            filters.append(Filter(sql: "instr(n.number, ?) > 0", values: [.text(digits)], share: share))
            if digits.count >= 3 {
                drivers.append(.trigrams(digits, candidates: share * total))
            }
        }
        let best = cheapest(drivers, filters: filters, quantity: criteria.quantity, total: total)
        return query(driver: best, filters: filters, quantity: criteria.quantity)
    }

    /// `endswith`: the last four digits on their own index, longer or shorter runs by arithmetic.
    private static func suffixFilter(_ count: Int, _ value: Int, share: Double) -> Filter {
        var scale = 1
        for _ in 0..<count { scale *= 10 }
        if count == 4 { return Filter(sql: "n.suffix = ?", values: [.int(value)], share: share) }
        if count < 4 { return Filter(sql: "n.suffix % ? = ?", values: [.int(scale), .int(value)], share: share) }
        return Filter(
            sql: "n.suffix = ? AND n.number % ? = ?", values: [.int(value % 10_000), .int(scale), .int(value)],
            share: share)
    }

    private func equalityRules(_ criteria: SearchCriteria) -> [(String, String, [String: Int])] {
        var rules: [(String, String, [String: Int])] = []
        if let value = criteria.rateCenter { rules.append(("ratecenter", value, statistics.rateCenters)) }
        if let value = criteria.state { rules.append(("state", value, statistics.states)) }
        if let value = criteria.lata { rules.append(("lata", value, statistics.latas)) }
        return rules
    }

    /// The numbers whose digits start with `pattern`, as a half-open integer range.
    static func range(of pattern: String) -> (Int, Int) {
        var scale = 1
        for _ in pattern.count..<10 { scale *= 10 }
        let value = Int(pattern) ?? 0
        return (value * scale, (value + 1) * scale)
    }

    private static func share(ofDigits count: Int, positions: Int) -> Double {
        var share = Double(max(positions, 1))
        for _ in 0..<count { share /= 10 }
        return min(share, 1)
    }
}
