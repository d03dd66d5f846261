import BlitzStorage
import Dispatch
import Foundation
import Synchronization
import Testing

@testable import BlitzShell

struct JournalTests {
    let target = URL(string: "https://api.example.net/")!

    private func order(
        _ journal: Journal, _ numbers: [String], group: Int = 2, at time: Date = Date()
    ) throws -> Int64 {
        try journal.recordIntent(
            action: .order, target: target, user: "alice", groupID: group, prefix: nil,
            numbers: numbers.enumerated().map { (number: $0.element, id: 100 + $0.offset) }, at: time)
    }

    private func giveBack(_ journal: Journal, _ numbers: [String]) throws -> Int64 {
        try journal.recordIntent(
            action: .return, target: target, user: "alice", groupID: nil, prefix: nil,
            numbers: numbers.map { (number: $0, id: nil) })
    }

    @Test func intentIsPendingUntilItsOutcomeIsRecorded() throws {
        let journal = try Journal.inMemory()
        let entry = try journal.recordIntent(
            action: .order, target: target, user: "alice", groupID: 2, prefix: "11121",
            numbers: [(number: "3212031886", id: 509_427), (number: "3212031887", id: 509_428)])

        let before = try #require(try journal.entries().first)
        #expect(before.lines.map(\.outcome) == [.pending, .pending])
        #expect(before.groupID == 2 && before.prefix == "11121" && before.user == "alice")
        #expect(before.lines.map(\.inventoryID) == [509_427, 509_428])

        try journal.recordOutcome(entry: entry, outcomes: ["3212031886": .ordered, "3212031887": .notOrdered])

        let after = try #require(try journal.entries().first)
        #expect(after.id == entry)
        #expect(after.lines.map(\.outcome) == [.ordered, .notOrdered])
        #expect(after.lines.map(\.number) == ["3212031886", "3212031887"])
    }

    @Test func markUnknownSettlesOnlyThePendingNumbers() throws {
        let journal = try Journal.inMemory()
        let entry = try order(journal, ["3212031886", "3212031887", "3212031888"])
        try journal.recordOutcome(entry: entry, outcomes: ["3212031887": .ordered])

        let marked = try journal.markUnknown(entry: entry)

        #expect(marked == 2)
        let lines = try #require(try journal.entries().first).lines
        #expect(lines.map(\.outcome) == [.unknown, .ordered, .unknown])
    }

    @Test func theLatestOutcomeOfANumberCounts() throws {
        let journal = try Journal.inMemory()
        let entry = try order(journal, ["3212031886"])
        try journal.markUnknown(entry: entry)
        try journal.recordOutcome(entry: entry, outcomes: ["3212031886": .confirmedOrdered])

        #expect(try journal.entries().first?.lines.first?.outcome == .confirmedOrdered)
        #expect(try journal.orderedNumbers() == ["3212031886"])
    }

    @Test func aCrashedSessionsPendingNumbersReadAsNoOutcome() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("state/blitz/journal.db")
        // The crashed journal is never closed, like a killed process: its intent sits
        // committed in the WAL, never checkpointed, and no outcome follows.
        let crashed = try Journal(file: file, session: "crashed")
        _ = try order(crashed, ["3212031886"])

        let later = try Journal(file: file, session: "later")
        let line = try #require(try later.entries().first?.lines.first)

        #expect(line.outcome == .noOutcome)
        #expect(line.outcome.words == "unknown (no outcome recorded)")
        #expect(try crashed.entries().first?.lines.first?.outcome == .pending)
        #expect(try later.orderedNumbers(inSession: "crashed").isEmpty)
    }

    @Test func sinceAndLimitPickTheNewestEntriesOldestFirst() throws {
        let journal = try Journal.inMemory()
        let now = Date()
        let old = try order(journal, ["3212031880"], at: now.addingTimeInterval(-7_200))
        let middle = try order(journal, ["3212031881"], at: now.addingTimeInterval(-1_800))
        let recent = try order(journal, ["3212031882"], at: now)

        let lastHour = try journal.entries(since: now.addingTimeInterval(-3_600))
        let newestOne = try journal.entries(limit: 1)
        let all = try journal.entries()

        #expect(lastHour.map(\.id) == [middle, recent])
        #expect(newestOne.map(\.id) == [recent])
        #expect(all.map(\.id) == [old, middle, recent])
        #expect(try journal.entries(since: now.addingTimeInterval(60)).isEmpty)
    }

    @Test func undoListsNumbersOrderedInThisSessionAndStillHeld() throws {
        let journal = try Journal.inMemory(session: "mine")
        let first = try order(journal, ["3212031880", "3212031881", "3212031882", "3212031883"])
        try journal.recordOutcome(
            entry: first,
            outcomes: [
                "3212031880": .ordered, "3212031881": .confirmedOrdered,
                "3212031882": .notOrdered, "3212031883": .unknown,
            ])
        let second = try order(journal, ["3212031884", "3212031885"])
        try journal.recordOutcome(entry: second, outcomes: ["3212031884": .ordered, "3212031885": .ordered])
        let giveBackEntry = try giveBack(journal, ["3212031884", "3212031880"])
        try journal.recordOutcome(
            entry: giveBackEntry, outcomes: ["3212031884": .returned, "3212031880": .notReturned])

        #expect(try journal.orderedNumbers() == ["3212031880", "3212031881", "3212031885"])
        #expect(try journal.orderedNumbers(inSession: "someone else").isEmpty)
    }

    @Test func aReturnByAnotherSessionTakesANumberOffTheUndoList() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("journal.db")
        let mine = try Journal(file: file, session: "mine")
        let other = try Journal(file: file, session: "other")
        let ordered = try order(mine, ["3212031880", "3212031881"])
        try mine.recordOutcome(entry: ordered, outcomes: ["3212031880": .ordered, "3212031881": .ordered])
        _ = try order(other, ["3212031889"])

        let returned = try giveBack(other, ["3212031881"])
        try other.recordOutcome(entry: returned, outcomes: ["3212031881": .confirmedReturned])

        #expect(try mine.orderedNumbers() == ["3212031880"])
    }

    @Test func twoJournalsOnOneFileAppendAtTheSameTime() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("journal.db")
        let journals = [try Journal(file: file, session: "one"), try Journal(file: file, session: "two")]
        let failures = Mutex<[String]>([])
        let perWriter = 40

        DispatchQueue.concurrentPerform(iterations: journals.count) { writer in
            do {
                for index in 0..<perWriter {
                    let number = String(3_212_030_000 + writer * 1_000 + index)
                    let entry = try order(journals[writer], [number])
                    try journals[writer].recordOutcome(entry: entry, outcomes: [number: .ordered])
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }

        #expect(failures.withLock { $0 }.isEmpty)
        let entries = try Journal(file: file, session: "reader").entries(limit: 1_000)
        #expect(entries.count == 2 * perWriter)
        #expect(Set(entries.map(\.id)).count == entries.count)
        #expect(entries.allSatisfy { $0.lines.map(\.outcome) == [.ordered] })
        #expect(try journals[0].orderedNumbers().count == perWriter)
        #expect(try journals[1].orderedNumbers().count == perWriter)
    }

    @Test func rowsCanNeitherBeChangedNorDeleted() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("journal.db")
        let journal = try Journal(file: file)
        let entry = try order(journal, ["3212031886"])
        try journal.recordOutcome(entry: entry, outcomes: ["3212031886": .ordered])

        let raw = try Database(path: file.path)
        for sql in [
            "DELETE FROM entry", "DELETE FROM line", "DELETE FROM outcome",
            "UPDATE entry SET user = 'mallory'", "UPDATE outcome SET outcome = 'not_ordered'",
        ] {
            let error = #expect(throws: DatabaseError.self, "\(sql)") { try raw.execute(sql) }
            #expect(error?.message.contains("append-only") == true)
        }
        #expect(try journal.entries().first?.lines.first?.outcome == .ordered)
    }

    @Test func theFileHoldsNoPasswordFromTheTargetURL() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("journal.db")
        let journal = try Journal(file: file)
        let risky = try #require(URL(string: "https://alice:s3cretPW@api.example.net:8443/base?key=s3cretPW#frag"))
        let entry = try journal.recordIntent(
            action: .order, target: risky, user: "alice", groupID: 2, prefix: nil,
            numbers: [(number: "3212031886", id: 1)])
        try journal.recordOutcome(entry: entry, outcomes: ["3212031886": .ordered])

        #expect(try journal.entries().first?.target == "https://api.example.net:8443/base")
        var bytes = Data()
        for suffix in ["", "-wal", "-shm"] {
            bytes += (try? Data(contentsOf: URL(fileURLWithPath: file.path + suffix))) ?? Data()
        }
        // The grep would be worthless if it could not find what is there.
        #expect(bytes.range(of: Data("alice".utf8)) != nil)
        #expect(bytes.range(of: Data("3212031886".utf8)) != nil)
        #expect(bytes.range(of: Data("s3cretPW".utf8)) == nil)
    }

    @Test func newFilesArePrivateToTheOwner() throws {
        let scratch = try ScratchDirectory()
        let directory = scratch.url.appendingPathComponent("state/blitz")
        let file = directory.appendingPathComponent("journal.db")
        let journal = try Journal(file: file)
        _ = try order(journal, ["3212031886"])

        #expect(try scratch.mode(of: directory) == 0o700)
        #expect(try scratch.mode(of: file) == 0o600)
        #expect(try scratch.mode(of: URL(fileURLWithPath: file.path + "-wal")) == 0o600)
    }

    static let badOutcomes: [(outcome: JournalOutcome, number: String)] = [
        (.returned, "3212031886"), (.confirmedNotReturned, "3212031886"), (.pending, "3212031886"),
        (.noOutcome, "3212031886"), (.ordered, "9999999999"),
    ]

    @Test(arguments: badOutcomes)
    func aBadOutcomeIsRefusedAndNothingIsRecorded(_ outcome: JournalOutcome, _ number: String) throws {
        let journal = try Journal.inMemory()
        let entry = try order(journal, ["3212031886", "3212031887"])

        #expect(throws: JournalError.self) {
            try journal.recordOutcome(entry: entry, outcomes: ["3212031887": .ordered, number: outcome])
        }
        #expect(try journal.entries().first?.lines.map(\.outcome) == [.pending, .pending])
    }

    @Test func outcomesForAMissingEntryAreRefused() throws {
        let journal = try Journal.inMemory()

        #expect(throws: JournalError.unknownEntry(42)) {
            try journal.recordOutcome(entry: 42, outcomes: ["3212031886": .ordered])
        }
        #expect(throws: JournalError.unknownEntry(42)) { try journal.markUnknown(entry: 42) }
    }

    @Test(arguments: [[String](), ["3212031886", "3212031887", "3212031886"]])
    func anIntentWithoutNumbersOrWithARepeatIsRefused(_ numbers: [String]) throws {
        let journal = try Journal.inMemory()

        let error = #expect(throws: JournalError.self) { try order(journal, numbers) }
        #expect(error?.description.hasPrefix("cannot journal this request") == true)
        #expect(try journal.entries().isEmpty)
    }

    @Test func entriesEncodeForJSONAndDecodeBack() throws {
        let journal = try Journal.inMemory()
        let time = Date(timeIntervalSince1970: 1_796_292_000.25)
        let entry = try order(journal, ["3212031886"], at: time)
        try journal.recordOutcome(entry: entry, outcomes: ["3212031886": .confirmedOrdered])
        let written = try #require(try journal.entries().first)

        let data = try JSONEncoder().encode(written)
        let text = try #require(String(data: data, encoding: .utf8))
        let read = try JSONDecoder().decode(JournalEntry.self, from: data)

        #expect(text.contains(#""time":"2026-12-03T10:00:00.250Z""#))
        #expect(text.contains(#""outcome":"confirmed_ordered""#))
        #expect(text.contains(#""group":2"#) && text.contains(#""prefix":null"#))
        #expect(read == written)
    }

    @Test func aJournalFromANewerBlitzIsRefused() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("journal.db")
        _ = try Journal(file: file)
        try Database(path: file.path).execute("PRAGMA user_version = 99")

        #expect(throws: JournalError.newerSchema(path: file.path, version: 99)) {
            try Journal(file: file)
        }
    }
}
