import BlitzStorage

/// How many numbers each rate center, state and LATA has, for choosing the cheapest search path.
struct InventoryStatistics: Sendable {
    let total: Int
    let largestID: Int
    let rateCenters: [String: Int]
    let states: [String: Int]
    let latas: [String: Int]

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
    }
}
