import BlitzStorage

extension SearchPlanner {
    /// One WHERE condition with its parameters and the share of the inventory it keeps.
    struct Filter {
        let sql: String
        let values: [DatabaseValue]
        let share: Double
    }

    /// A way to walk the candidates.
    enum Driver {
        /// Every row in id order.
        case scan
        /// The exchanges with one rate center, state or LATA, in id order, each a range of ids.
        case exchanges(String, candidates: Double)
        /// The exchanges whose NPA-NXX lies in a half-open range, in id order, each a range of ids.
        ///
        /// Exchange rules are checked once per exchange, before any of its numbers is read.
        case prefixes(Int, Int, candidates: Double)
        /// The last-four-digits index, whose rows for one value come in id order.
        case suffix(candidates: Double)
        /// Several values of the last-four-digits index, every entry read, the lowest ids kept.
        case suffixes([Int], candidates: Double)
        /// The FTS5 trigram index, in id order.
        case trigrams(String, candidates: Double)
    }

    private static let columns = "SELECT n.id, n.number, e.ratecenter, e.state, e.lata"
    private static let byExchange = "CROSS JOIN exchanges e ON e.id = n.exchange"

    /// The driver expected to visit the fewest rows before it has found `quantity` matches.
    func cheapest(_ drivers: [Driver], filters: [Filter], quantity: Int, total: Double) -> Driver {
        let everything = filters.reduce(1.0) { $0 * $1.share }
        func cost(_ driver: Driver) -> Double {
            // A streaming walk stops after quantity matches; the other rules decide how often a row matches.
            let (candidates, ownShare, factor): (Double, Double, Double)
            switch driver {
            case .scan: (candidates, ownShare, factor) = (total, 1, 1)
            case .exchanges(_, let count): (candidates, ownShare, factor) = (count, count / total, 1)
            case .suffix(let count): (candidates, ownShare, factor) = (count, count / total, 1)
            case .prefixes(_, _, let count): (candidates, ownShare, factor) = (count, count / total, 1)
            case .trigrams(_, let count): (candidates, ownShare, factor) = (count, count / total, 2)
            case .suffixes(_, let count): return count
            }
            let rest = ownShare > 0 ? everything / ownShare : 0
            let walk = rest > 0 ? Double(quantity) / rest : candidates
            return min(candidates, walk) * factor
        }
        return drivers.min { cost($0) < cost($1) } ?? .scan
    }

    /// The SQL for one driver, with every filter and the limit.
    func query(driver: Driver, filters: [Filter], quantity: Int) -> (sql: String, values: [DatabaseValue]) {
        let columns = Self.columns
        let byExchange = Self.byExchange
        var conditions = filters.map(\.sql)
        var values = filters.flatMap(\.values)
        let source: String
        var order = "n.id"
        switch driver {
        case .scan:
            source = "FROM numbers n NOT INDEXED \(byExchange)"
        case .exchanges(let column, _):
            // The unique (value, first) index walks exchanges in id order, and each one's numbers
            // follow by rowid, so SQLite needs no sort for this order.
            source = "FROM exchanges e INDEXED BY exchanges_\(column) CROSS JOIN numbers n"
            conditions.insert("n.id >= e.first AND n.id <= e.last", at: 0)
            order = "e.first, n.id"
        case .prefixes(let low, let high, _):
            source = "FROM exchanges e INDEXED BY exchanges_prefix CROSS JOIN numbers n"
            conditions.insert("e.prefix >= ? AND e.prefix < ? AND n.id >= e.first AND n.id <= e.last", at: 0)
            values.insert(contentsOf: [.int(low), .int(high)], at: 0)
            order = "e.prefix, n.id"
        case .suffix:
            source = "FROM numbers n INDEXED BY numbers_suffix \(byExchange)"
        case .suffixes(let suffixes, _):
            return lowestIDs(suffixes, filters: filters, quantity: quantity)
        case .trigrams(let digits, _):
            source = "FROM numbers_fts f CROSS JOIN numbers n ON n.id = f.rowid \(byExchange)"
            conditions.insert("numbers_fts MATCH ?", at: 0)
            values.insert(.text(Self.trigramQuery(digits)), at: 0)
            order = "f.rowid"
        }
        let sql = "\(columns) \(source) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?"
        return (sql, values + [.int(quantity)])
    }

    /// The ids from several values of the suffix index, the lowest `quantity` kept, then their rows.
    ///
    /// A three-digit `endswith` has ten four-digit suffixes of about a hundred numbers each. Their
    /// index entries carry the id, so the lowest ids are found before any exchange is read; the
    /// exchange is joined for every candidate only when a rule needs it.
    private func lowestIDs(
        _ suffixes: [Int], filters: [Filter], quantity: Int
    ) -> (sql: String, values: [DatabaseValue]) {
        let needsExchange = filters.contains { $0.sql.hasPrefix("e.") }
        let placeholders = Array(repeating: "?", count: suffixes.count).joined(separator: ", ")
        let conditions = ["n.suffix IN (\(placeholders))"] + filters.map(\.sql)
        let chosen = """
            SELECT n.id FROM numbers n INDEXED BY numbers_suffix \(needsExchange ? Self.byExchange : "") \
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY n.id LIMIT ?
            """
        let sql = """
            \(Self.columns) FROM (\(chosen)) chosen CROSS JOIN numbers n ON n.id = chosen.id \(Self.byExchange) \
            ORDER BY n.id
            """
        return (sql, suffixes.map { .int($0) } + filters.flatMap(\.values) + [.int(quantity)])
    }

    /// Trigrams that cover the digits, quoted and ANDed; `instr` then confirms the exact run.
    ///
    /// Every third trigram and the last one cover every digit, and each term the index must walk
    /// costs a whole doclist when matches are few, so the overlapping ones in between are left
    /// out: six digits take two terms, not four.
    static func trigramQuery(_ digits: String) -> String {
        let characters = Array(digits)
        let last = characters.count - 3
        var terms: [String] = []
        for start in Array(stride(from: 0, to: last, by: 3)) + [last] {
            let term = "\"\(String(characters[start..<start + 3]))\""
            if !terms.contains(term) { terms.append(term) }
        }
        return terms.joined(separator: " ")
    }
}

extension DatabaseValue {
    static func int(_ value: Int) -> DatabaseValue { .integer(Int64(value)) }
}
