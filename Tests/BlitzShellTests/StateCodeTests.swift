import Foundation
import Testing

@testable import BlitzShell

struct StateCodeTests {
    @Test(arguments: ["FL", "fl", "Fl", "DC", "PR", "VI", "GU", "AS", "MP", "ON", "QC", "YT", "NU", "WY"])
    func acceptsNANPCodesInEitherCase(code: String) {
        #expect(StateCode.isValid(code))
    }

    @Test(arguments: ["", "F", "FLA", "XX", "UK", "ZZ", "F L", "fl ", "12"])
    func refusesEverythingElse(text: String) {
        #expect(!StateCode.isValid(text))
    }

    @Test func knowsFiftyStatesDCFiveTerritoriesAndThirteenCanadianCodes() {
        #expect(StateCode.all.count == 50 + 1 + 5 + 13)
        #expect(Set(StateCode.all).count == StateCode.all.count)
        #expect(StateCode.all == StateCode.all.sorted())
        #expect(StateCode.name(of: "fl") == "Florida")
    }

    /// Every state in the sandbox's prefix data is a valid code.
    @Test func coversEveryStateInThePrefixData() throws {
        let csv = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Sources/BlitzSandbox/Resources/nanp-prefixes.csv")
        let rows = try String(contentsOf: csv, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        let states = Set(rows.compactMap { $0.split(separator: ",").last.map { String($0).trimmingWhitespace } })
        #expect(states.count > 50)
        #expect(states.filter { !StateCode.isValid($0) }.isEmpty)
    }

    /// Each case: a near miss and the code suggested for it.
    @Test(arguments: [
        ("Florida", "FL"), ("florida", "FL"), ("Flordia", "FL"), ("FLA", "FL"), ("Calif", "CA"),
        ("texas", "TX"), ("Ore", "OR"), ("virginia", "VA"), ("Quebec", "QC"),
    ])
    func suggestsACodeForANearMiss(text: String, expected: String) {
        #expect(StateCode.suggestion(for: text) == expected)
    }

    @Test(arguments: ["XX", "Q", "", "Atlantis", "12"])
    func suggestsNothingWithoutAGoodGuess(text: String) {
        #expect(StateCode.suggestion(for: text) == nil)
    }
}
