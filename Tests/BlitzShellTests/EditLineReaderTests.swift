import Foundation
import Testing

@testable import BlitzShell

/// The reader's history and completion logic; typing at a real terminal is covered by the
/// interactive tests that drive the shell in tmux.
struct EditLineReaderTests {
    private func temporaryHistoryFile() -> URL {
        FileManager.default.temporaryDirectory
            .appending(path: "blitz-history-\(UUID().uuidString)")
            .appending(path: "nested/history")
    }

    @Test func savesHistoryAndLoadsItInTheNextSession() throws {
        let file = temporaryHistoryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        do {
            let reader = EditLineReader(historyFile: file, completer: nil)
            #expect(reader.addHistory("  search ratecenter=\"ST PETERSBURG\" state=FL  "))
            #expect(!reader.addHistory("   "))
            #expect(reader.addHistory("order 1,3 group=2"))
            #expect(reader.addHistory("order 1,3 group=2"))
            #expect(reader.addHistory("echo café"))
        }
        let next = EditLineReader(historyFile: file, completer: nil)
        #expect(
            next.historyEntries == [
                "search ratecenter=\"ST PETERSBURG\" state=FL", "order 1,3 group=2", "echo café",
            ])
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
        #expect(permissions as? Int == 0o600)
    }

    @Test func writesHistoryAsPlainLines() throws {
        let file = temporaryHistoryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        do {
            let reader = EditLineReader(historyFile: file, completer: nil)
            reader.addHistory("search state=FL contains=2031")
            reader.addHistory("use 2")
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == "search state=FL contains=2031\nuse 2\n")
    }

    @Test func readsAHistoryFileInLibeditsOwnFormat() throws {
        let file = temporaryHistoryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "_HiStOrY_V2_\nsearch\\040state=FL\nping\n".write(to: file, atomically: true, encoding: .utf8)
        let reader = EditLineReader(historyFile: file, completer: nil)
        #expect(reader.historyEntries == ["search state=FL", "ping"])
        reader.addHistory("groups")
        #expect(try String(contentsOf: file, encoding: .utf8) == "search state=FL\nping\ngroups\n")
    }

    @Test func keepsTheLatestThousandEntries() {
        let file = temporaryHistoryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        do {
            let reader = EditLineReader(historyFile: file, completer: nil)
            for number in 1...1_005 {
                reader.addHistory("echo \(number)")
            }
        }
        let entries = EditLineReader(historyFile: file, completer: nil).historyEntries
        #expect(entries.count == EditLineReader.historySize)
        #expect(entries.first == "echo 6")
        #expect(entries.last == "echo 1005")
    }

    @Test func keepsHistoryInMemoryWithoutAFile() {
        let reader = EditLineReader(historyFile: nil, completer: nil)
        #expect(reader.addHistory("ping"))
        #expect(reader.historyEntries == ["ping"])
    }

    @Test func reportsAHistoryFileItCannotWrite() {
        let reader = EditLineReader(historyFile: URL(filePath: "/proc/blitz-no/history"), completer: nil)
        #expect(!reader.addHistory("ping"))
        #expect(reader.historyError?.contains("/proc/blitz-no/history") == true)
    }

    @Test func marksInvisiblePromptText() {
        #expect(EditLineReader.invisible("\u{1B}[1m") == "\u{1}\u{1B}[1m\u{1}")
    }
}
