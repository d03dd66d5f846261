import BlitzAPI
import BlitzStorage
import Foundation
import Testing

@testable import BlitzSandbox

/// Whatever path the planner takes, a search returns what a plain scan of the table would: the
/// matching available numbers with the lowest ids.
struct SearchPlanTests {
    @Test func everyPlanAgreesWithAPlainScan() throws {
        var configuration = SandboxConfiguration()
        configuration.storage = .memory
        configuration.inventorySize = 20_000
        let store = try SandboxStore(configuration: configuration)
        try store.ensureAccount("holder")
        let held = try scan(store, "SELECT id FROM numbers WHERE id % 7 = 0 ORDER BY id LIMIT 400") {
            Int($0.integer(0))
        }
        let results = try store.order(held.map { OrderLine(id: $0, resourceGroupID: 2) }, for: "holder")
        #expect(results.allSatisfy { $0.result == 1 })

        let samples = try scan(
            store,
            "SELECT n.number, e.state, e.lata FROM numbers n JOIN exchanges e ON e.id = n.exchange "
                + "WHERE n.id % 1499 = 0 ORDER BY n.id"
        ) { (String($0.integer(0)), $0.text(1), $0.text(2)) }
        #expect(samples.count >= 10)

        var checked = 0
        for (number, state, lata) in samples {
            let digits = Array(number)
            func run(_ range: Range<Int>) -> String { String(digits[range]) }
            let searches = [
                SearchCriteria(contains: run(2..<5), quantity: 20),
                SearchCriteria(contains: run(3..<7), quantity: 20),
                SearchCriteria(contains: run(1..<6), quantity: 20),
                SearchCriteria(contains: run(2..<8), quantity: 20),
                SearchCriteria(contains: run(0..<9), quantity: 3),
                SearchCriteria(endsWith: run(9..<10), quantity: 30),
                SearchCriteria(endsWith: run(8..<10), quantity: 30),
                SearchCriteria(endsWith: run(7..<10), quantity: 30),
                SearchCriteria(endsWith: run(7..<10), quantity: 500),
                SearchCriteria(endsWith: run(6..<10), quantity: 5),
                SearchCriteria(endsWith: run(5..<10), quantity: 5),
                SearchCriteria(state: state, endsWith: run(7..<10), quantity: 10),
                SearchCriteria(lata: lata, contains: run(4..<7), quantity: 10),
                SearchCriteria(startsWith: run(0..<3), contains: run(5..<9), quantity: 10),
                SearchCriteria(startsWith: run(0..<3), endsWith: run(7..<10), quantity: 10),
                SearchCriteria(state: state, startsWith: run(0..<6), quantity: 50),
            ]
            // A small quantity too, so that every limit cuts the candidates short.
            for criteria in searches + searches.map({ SearchCriteria(copying: $0, quantity: 2) }) {
                let rows = try store.search(criteria)
                let reply = SearchReplyJSON.reply(rows, quantity: rows.count)
                let planned = try JSONDecoder().decode([AvailableNumber].self, from: reply.body)
                let scanned = try plainScan(store, criteria)
                #expect(planned == scanned, "\(criteria)")
                checked += scanned.count
            }
        }
        #expect(checked > 1_000)
    }

    /// The same search as a filter over every row, with no index and no planner.
    private func plainScan(_ store: SandboxStore, _ criteria: SearchCriteria) throws -> [AvailableNumber] {
        let text = "CAST(n.number AS TEXT)"
        var conditions = ["n.account IS NULL"]
        var values: [DatabaseValue] = []
        let rules: [(String?, String)] = [
            (criteria.rateCenter, "e.ratecenter = ?"), (criteria.state, "e.state = ?"), (criteria.lata, "e.lata = ?"),
            (criteria.startsWith, "substr(\(text), 1, length(?1)) = ?1"),
            (criteria.endsWith, "substr(\(text), -length(?1)) = ?1"), (criteria.contains, "instr(\(text), ?1) > 0"),
        ]
        for (value, condition) in rules {
            guard let value else { continue }
            values.append(.text(value))
            conditions.append(condition.replacingOccurrences(of: "?1", with: "?\(values.count)"))
        }
        values.append(.integer(Int64(criteria.quantity)))
        let sql = """
            SELECT n.id, n.number, e.ratecenter, e.state, e.lata FROM numbers n NOT INDEXED \
            JOIN exchanges e ON e.id = n.exchange WHERE \(conditions.joined(separator: " AND ")) \
            ORDER BY n.id LIMIT ?\(values.count)
            """
        return try scan(store, sql, values) { row in
            AvailableNumber(
                id: Int(row.integer(0)), number: String(row.integer(1)), rateCenter: row.text(2), state: row.text(3),
                lata: row.text(4))
        }
    }

    private func scan<T>(
        _ store: SandboxStore, _ sql: String, _ values: [DatabaseValue] = [], _ row: (Statement) -> T
    ) throws -> [T] {
        try store.pool.withConnection { try $0.database.prepare(sql).rows(values, row) }
    }
}

extension SearchCriteria {
    fileprivate init(copying other: SearchCriteria, quantity: Int) {
        self = other
        self.quantity = quantity
    }
}
