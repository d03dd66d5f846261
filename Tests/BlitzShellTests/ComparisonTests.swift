import Testing

@testable import BlitzShell

/// `expect`'s comparisons: numbers as numbers, everything else as text, `~` as contains.
struct ComparisonTests {
    @Test(arguments: [
        ("3", "==", "3", true),
        ("3", "==", "3.0", true),
        ("10", ">", "9", true),
        ("10", "<", "9", false),
        ("abc", "<", "abd", true),
        ("10", "<", "9x", true),
        ("", "==", "", true),
        ("Invalid Quantity", "==", "Invalid quantity", false),
        ("2", "!=", "3", true),
        ("2", "<=", "2", true),
        ("2", ">=", "3", false),
        ("Invalid Quantity", "~", "Quantity", true),
        ("Invalid Quantity", "~", "quantity", false),
        ("-1", "<", "0", true),
        ("inf", ">", "1", true),
    ])
    func comparesAsTheOperatorSays(left: String, op: String, right: String, holds: Bool) throws {
        let op = try #require(Comparison.Operator(rawValue: op))
        #expect(Comparison(left: left, op: op, right: right).holds == holds)
    }

    @Test(arguments: [
        ("3", Comparison.Operator.greater, "5", "> 5 but got 3"),
        ("", .equal, "Invalid Quantity", "== \"Invalid Quantity\" but got \"\""),
        ("FL", .contains, "X", "~ \"X\" but got \"FL\""),
    ])
    func failureSaysWhatWasExpectedAndWhatCame(left: String, op: Comparison.Operator, right: String, text: String) {
        #expect(Comparison(left: left, op: op, right: right).failureText == text)
    }

    @Test func onlyTheSevenOperatorsExist() {
        #expect(Comparison.operatorList == "== != < <= > >= ~")
        #expect(Comparison.Operator(rawValue: "=") == nil)
    }
}
