import Testing

@testable import BlitzShell

struct SelectionTests {
    /// The last results the cases select from: five numbers.
    static let numbers = ["3212031886", "3212031887", "4075550100", "4075550101", "8135550199"]

    /// Each case: a selection and the 0-based indexes it resolves to.
    @Test(arguments: [
        ("1", [0]),
        ("1,3", [0, 2]),
        ("3,1", [2, 0]),
        ("2-5", [1, 2, 3, 4]),
        ("1,4-5", [0, 3, 4]),
        ("1, 4 - 5", [0, 3, 4]),
        ("all", [0, 1, 2, 3, 4]),
        ("ALL", [0, 1, 2, 3, 4]),
        ("3,all", [2, 0, 1, 3, 4]),
        ("1,1,1-2", [0, 1]),
        ("5-5", [4]),
        ("4075550100", [2]),
        ("(407) 555-0101,1", [3, 0]),
        ("+1 813 555 0199,321-203-1887", [4, 1]),
        ("3212031886,1", [0]),
    ])
    func resolvesToIndexesInOrderWithoutDuplicates(text: String, expected: [Int]) throws {
        let selection = try Selection(parsing: text)
        let indexes = try selection.resolve(resultCount: Self.numbers.count, numbers: Self.numbers)
        #expect(indexes == expected)
    }

    /// Each case: a selection that cannot even be parsed and the error it gives.
    @Test(arguments: [
        ("", SelectionError.empty),
        ("  ", .empty),
        ("1,,3", .emptyElement(selection: "1,,3")),
        ("1,", .emptyElement(selection: "1,")),
        ("0", .zeroIndex),
        ("0-2", .zeroIndex),
        ("5-2", .backwardsRange("5-2")),
        ("first", .badElement("first", reason: .unexpectedCharacter(text: "first", character: "f"))),
        ("1-", .badElement("1-", reason: .wrongDigitCount(text: "1-", count: 1))),
        ("-1", .badElement("-1", reason: .wrongDigitCount(text: "-1", count: 1))),
        ("1-2-3", .badElement("1-2-3", reason: .wrongDigitCount(text: "1-2-3", count: 3))),
        ("321203188", .badElement("321203188", reason: .wrongDigitCount(text: "321203188", count: 9))),
    ])
    func refusesMalformedSelections(text: String, expected: SelectionError) {
        #expect(throws: expected) {
            try Selection(parsing: text)
        }
        #expect(Selection.parse(text) == nil)
    }

    /// Each case: a well-formed selection that does not fit the five results.
    @Test(arguments: [
        ("7", SelectionError.outOfRange(index: 7, resultCount: 5)),
        ("1,6", .outOfRange(index: 6, resultCount: 5)),
        ("4-9", .rangeOutOfRange(range: 4...9, resultCount: 5)),
        ("1-999999", .rangeOutOfRange(range: 1...999_999, resultCount: 5)),
        ("3055550100", .unknownNumber("3055550100")),
    ])
    func refusesSelectionsOutsideTheResults(text: String, expected: SelectionError) throws {
        let selection = try Selection(parsing: text)
        #expect(throws: expected) {
            try selection.resolve(resultCount: Self.numbers.count, numbers: Self.numbers)
        }
    }

    @Test func refusesEveryIndexWhenThereAreNoResults() throws {
        let selection = try Selection(parsing: "all")
        #expect(throws: SelectionError.noResults(selection: "all")) {
            try selection.resolve(resultCount: 0, numbers: [])
        }
    }

    /// Each case: an error and words its message must contain.
    @Test(arguments: [
        (
            SelectionError.outOfRange(index: 7, resultCount: 5),
            "index 7 is out of range: the results shown hold 5 numbers (1-5)"
        ),
        (.outOfRange(index: 2, resultCount: 1), "the results shown hold 1 number (1)"),
        (.rangeOutOfRange(range: 4...9, resultCount: 5), "range 4-9 is out of range"),
        (.backwardsRange("5-2"), "'5-2' runs backwards"),
        (.zeroIndex, "index 0 is out of range"),
        (.unknownNumber("3055550100"), "3055550100 is not among the last results"),
        (.badElement("first", reason: .unexpectedCharacter(text: "first", character: "f")), "'first' is neither"),
        (.badElement("321203188", reason: .wrongDigitCount(text: "321203188", count: 9)), "has 9 digits"),
        (.empty, "nothing is selected"),
    ])
    func explainsErrorsPlainly(error: SelectionError, expected: String) {
        #expect(error.message.contains(expected))
        #expect(!error.message.contains("\n"))
    }
}
