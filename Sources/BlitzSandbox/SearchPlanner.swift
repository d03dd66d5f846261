import BlitzStorage

/// Turns a search into one SQL query that reads as few rows as it can.
///
/// Every plan returns the matching available numbers with the lowest ids, so the answer never
/// depends on the path chosen. Ids rise with the numbers, which makes `startswith` an id range.
/// The driving path is the rule with the cheapest estimated walk; the other rules filter.
struct SearchPlanner {
    let statistics: InventoryStatistics
    /// Finds the first id whose number is at least the given number.
    let idAtOrAfter: (Int) throws -> Int

    /// The query and its parameters, ending with the limit.
    func plan(_ criteria: SearchCriteria) throws -> (sql: String, values: [DatabaseValue]) {
        var filters: [Filter] = [Filter(sql: "n.account IS NULL", values: [], share: 1)]
        var drivers: [Driver] = [.scan]
        let total = Double(max(statistics.total, 1))
        for (column, value, counts) in equalityRules(criteria) {
            let count = Double(counts[value] ?? 0)
            filters.append(Filter(sql: "n.\(column) = ?", values: [.text(value)], share: count / total))
            drivers.append(.index("numbers_\(column)", candidates: count))
        }
        if let prefix = criteria.startsWith {
            let (low, high) = Self.range(of: prefix)
            let (first, end) = (try idAtOrAfter(low), try idAtOrAfter(high))
            let share = Double(end - first) / total
            filters.append(
                Filter(sql: "n.number >= ? AND n.number < ?", values: [.int(low), .int(high)], share: share))
            drivers.append(.idRange(first, end))
        }
        if let suffix = criteria.endsWith {
            let (low, high) = Self.range(of: String(suffix.reversed()))
            let share = Self.share(ofDigits: suffix.count, positions: 1)
            filters.append(
                Filter(sql: "n.reversed >= ? AND n.reversed < ?", values: [.int(low), .int(high)], share: share))
            drivers.append(.reversed(candidates: share * total))
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
