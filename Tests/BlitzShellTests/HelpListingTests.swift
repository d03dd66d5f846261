import Testing

@testable import BlitzShell

struct HelpListingTests {
    @Test func shortUsageSharesItsLineWithTheSummary() {
        let lines = Session.listing(usage: "ping", summary: "Call the API's test route.")
        #expect(lines == ["  ping                    Call the API's test route."])
    }

    @Test func longSummaryWrapsUnderItsColumn() {
        let summary = Array(repeating: "word", count: 30).joined(separator: " ")
        let lines = Session.listing(usage: "status", summary: summary)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 79 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 26) + "word") })
    }

    @Test func longUsagePutsTheSummaryOnTheNextLine() {
        let usage = "order SELECTION|--from FILE [group=ID] [prefix=DIGITS]"
        let lines = Session.listing(usage: usage, summary: "Order numbers.")
        #expect(lines == ["  " + usage, String(repeating: " ", count: 26) + "Order numbers."])
    }

    @Test func everyCommandFitsEightyColumns() {
        for command in CommandTable.all {
            for line in Session.listing(usage: command.usage, summary: command.summary) {
                #expect(line.count <= 79, "\(command.name): \(line)")
            }
        }
    }
}
