import Foundation
import Testing

@testable import BlitzShell

struct PlainLineReaderTests {
    private func lines(of bytes: [UInt8]) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appending(path: "blitz-lines-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let reader = try PlainLineReader(contentsOf: file)
        var lines: [String] = []
        while case .line(let line) = reader.readLine(prompt: "ignored> ") {
            lines.append(line)
            #expect(reader.lineNumber == lines.count)
        }
        #expect(reader.readLine(prompt: "") == .endOfInput)
        return lines
    }

    /// Each case: file contents and the lines read from them.
    @Test(arguments: [
        ("ping\nstatus\n", ["ping", "status"]),
        ("ping\r\nstatus\r\n", ["ping", "status"]),
        ("\u{FEFF}ping\r\nstatus", ["ping", "status"]),
        ("ping\nstatus", ["ping", "status"]),
        ("", []),
        ("\n\n", ["", ""]),
        ("a\rb\n", ["a\rb"]),
        ("echo caf\u{E9}\n", ["echo caf\u{E9}"]),
        ("echo \u{FEFF}x\n\u{FEFF}y\n", ["echo \u{FEFF}x", "\u{FEFF}y"]),
    ])
    func readsLinesLikeACleanFile(contents: String, expected: [String]) throws {
        #expect(try lines(of: Array(contents.utf8)) == expected)
    }

    @Test func replacesInvalidUTF8() throws {
        #expect(try lines(of: [0x61, 0xFF, 0x62, 0x0A]) == ["a\u{FFFD}b"])
    }

    @Test func readsVeryLongLines() throws {
        let long = String(repeating: "x", count: 100_000)
        #expect(try lines(of: Array((long + "\nend").utf8)) == [long, "end"])
    }

    @Test func refusesAMissingFileWithTheReason() {
        let error = #expect(throws: LineReaderError.self) {
            try PlainLineReader(contentsOf: URL(filePath: "/nonexistent/x.blitz"))
        }
        #expect(error?.message == "cannot read '/nonexistent/x.blitz': No such file or directory")
    }
}
