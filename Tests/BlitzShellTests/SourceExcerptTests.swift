import Testing

@testable import BlitzShell

struct SourceExcerptTests {
    /// Each case: a line, the column, and the line and caret an error shows.
    @Test(arguments: [
        ("search stat=FL", 8, "search stat=FL", "       ^"),
        ("\tsearch\tstat=FL", 9, "\tsearch\tstat=FL", "\t      \t^"),
        ("echo a\u{0}b", 7, "echo a\\u{0}b", "      ^"),
        ("echo \u{1B}[2J x", 11, "echo \\u{1B}[2J x", "               ^"),
        ("ping", 9, "ping", "        ^"),
    ])
    func caretLinesUpWithTheShownLine(text: String, column: Int, line: String, caret: String) {
        let excerpt = SourceExcerpt(text: text, column: column)
        #expect(excerpt.line == line)
        #expect(excerpt.caret == caret)
    }

    @Test func messagesKeepTabsAndLineFeedsButNoOtherControlCharacter() {
        #expect(SourceExcerpt.escaped("a\tb\nc\u{7}d\u{1B}") == "a\tb\nc\\u{7}d\\u{1B}")
    }
}
