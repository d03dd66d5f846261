import BlitzAPI
import Testing

@testable import BlitzShell

/// `results` filters, sorts and picks from the last results without a request.
struct ResultsQueryTests {
    static let results = [
        AvailableNumber(id: 3, number: "4076288947", rateCenter: "WINTERPARK", state: "FL", lata: "458"),
        AvailableNumber(id: 1, number: "2392139114", rateCenter: "NAPLES", state: "FL", lata: "302"),
        AvailableNumber(id: 2, number: "3212031886", rateCenter: "WINTERPARK", state: "FL", lata: "458"),
        AvailableNumber(id: 4, number: "2125550100", rateCenter: "NEWYORK", state: "NY", lata: "132"),
    ]

    static func query(_ options: [String: String], _ others: [String] = []) throws(ShellError) -> ResultsQuery {
        try ResultsQuery(
            options: options.mapValues { Word($0, column: 9) },
            others: others.map { Word($0, column: 20) }
        )
    }

    static func numbers(_ query: ResultsQuery) throws -> [String] {
        try query.apply(to: results).map(\.number)
    }

    @Test(arguments: [
        (["ratecenter": "winterpark"], [String](), ["4076288947", "3212031886"]),
        (["state": "ny"], [], ["2125550100"]),
        (["lata": "458", "contains": "2031"], [], ["3212031886"]),
        (["contains": "GOOD"], [], []),
        (["sort": "number"], [], ["2125550100", "2392139114", "3212031886", "4076288947"]),
        (["sort": "-id"], [], ["2125550100", "4076288947", "3212031886", "2392139114"]),
        (["sort": "ratecenter"], ["1-2"], ["2392139114", "2125550100"]),
        (["state": "FL", "sort": "number"], ["3"], ["4076288947"]),
        ([:], ["4,1"], ["2125550100", "4076288947"]),
    ])
    func keepsSortsAndPicks(options: [String: String], others: [String], expected: [String]) throws {
        #expect(try Self.numbers(try Self.query(options, others)) == expected)
    }

    @Test func anEmptyQueryChangesNothing() throws {
        let query = try Self.query([:])
        #expect(query.isEmpty)
        #expect(try query.apply(to: Self.results) == Self.results)
    }

    @Test(arguments: [
        (["state": "XX"], [String](), "'XX' is not a state or province code"),
        (["sort": "colour"], [], "'colour' is not a field to sort by"),
        (["sort": "numbr"], [], "did you mean 'number'?"),
        (["lata": "45"], [], "'45' is not a LATA"),
        ([:], ["1,,2"], "has an empty item between commas"),
    ])
    func badValuesAreRefusedWithTheirColumn(options: [String: String], others: [String], message: String) {
        #expect {
            _ = try Self.query(options, others)
        } throws: { error in
            guard let error = error as? ShellError else { return false }
            return error.message.contains(message) && error.column != nil
        }
    }

    @Test func aSelectionPastWhatIsLeftIsOutOfRange() throws {
        let query = try Self.query(["state": "NY"], ["2"])
        #expect(throws: SelectionError.outOfRange(index: 2, resultCount: 1)) {
            try query.apply(to: Self.results)
        }
    }
}
