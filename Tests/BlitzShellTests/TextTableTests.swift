import Testing

@testable import BlitzShell

struct TextTableTests {
    @Test func columnsAlignWithoutTrailingSpaces() {
        let table = TextTable(
            headers: ["#", "NUMBER", "NOTE"],
            rows: [["1", "3212031886", ""], ["10", "3212031887", "x"]],
            rightAligned: [0]
        )
        #expect(
            table.alignedLines() == [
                " #  NUMBER      NOTE",
                " 1  3212031886",
                "10  3212031887  x",
            ]
        )
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("ST PETERSBURG", "ST PETERSBURG"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ])
    func csvQuotesOnlyWhatNeedsIt(cell: String, expected: String) {
        #expect(TextTable(headers: ["h"], rows: [[cell]]).csvLines() == ["h", expected])
    }
}
