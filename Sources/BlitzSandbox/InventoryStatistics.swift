import BlitzStorage

/// How many numbers each rate center, state and LATA has, and where each exchange's ids start.
///
/// The planner estimates paths with the counts, and sizes a `startswith` from the exchange
/// starts: ids rise with numbers, and each exchange holds a contiguous run of ids.
struct InventoryStatistics: Sendable {
    let total: Int
    let largestID: Int
    let rateCenters: [String: Int]
    let states: [String: Int]
    let latas: [String: Int]
    /// Every exchange's NPA-NXX, ascending, and the first id of its numbers at the same index.
    private let prefixes: [Int]
    private let firstIDs: [Int]

    init(database: Database) throws {
        let totals = try database.prepare("SELECT count(*), coalesce(max(id), 0) FROM numbers")
        let figures = try totals.rows { (Int($0.integer(0)), Int($0.integer(1))) }.first ?? (0, 0)
        total = figures.0
        largestID = figures.1
        let counts = try database.prepare("SELECT value, count FROM rule_counts WHERE kind = ?")
        func load(_ kind: String) throws -> [String: Int] {
            let pairs = try counts.rows([.text(kind)]) { ($0.text(0), Int($0.integer(1))) }
            return Dictionary(pairs, uniquingKeysWith: +)
        }
        rateCenters = try load("ratecenter")
        states = try load("state")
        latas = try load("lata")
        let starts = try database.prepare("SELECT prefix, first FROM exchanges ORDER BY prefix")
        let pairs = try starts.rows { (Int($0.integer(0)), Int($0.integer(1))) }
        prefixes = pairs.map(\.0)
        firstIDs = pairs.map(\.1)
    }

    /// The half-open id range of the exchanges whose NPA-NXX lies in `low..<high`.
    func idRange(prefixes low: Int, _ high: Int) -> (Int, Int) {
        (firstID(atOrAfter: low), firstID(atOrAfter: high))
    }

    private func firstID(atOrAfter prefix: Int) -> Int {
        var (lower, upper) = (0, prefixes.count)
        while lower < upper {
            let middle = (lower + upper) / 2
            if prefixes[middle] < prefix { lower = middle + 1 } else { upper = middle }
        }
        return lower < firstIDs.count ? firstIDs[lower] : largestID + 1
    }
}
