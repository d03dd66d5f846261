import Foundation

/// `journal`: recent orders and returns, as the journal recorded them.
extension Session {
    func showJournal(_ invocation: Invocation) throws(ShellError) {
        let request = try JournalRequest(parsing: invocation.arguments)
        // blitz check has no journal; the run will.
        guard !script.isChecking else { return }
        guard let journal else {
            throw .failed("There is no journal in this session: it could not be opened at start.")
        }
        let entries: [JournalEntry]
        do {
            // Every entry has at least one number, so this many entries hold enough rows.
            let read = try journal.entries(since: request.since?.start(), limit: request.limit)
            entries = Self.newestRows(of: read, limit: request.limit)
        } catch {
            throw .failed("The journal at \(journal.path) cannot be read: \(error)")
        }

        if request.json || output.format == .json {
            output.json(entries)
            return
        }
        if entries.isEmpty, output.format == .table {
            let span = request.sinceText.map { " since \($0)" } ?? ""
            output.line("The journal has no orders or returns\(span).")
            return
        }
        print(Self.journalTable(entries), csv: Self.journalCSV(entries))
    }

    /// The entries cut down to their newest `limit` numbers, which is what `--limit` counts:
    /// the oldest entry shown may keep only its last numbers.
    static func newestRows(of entries: [JournalEntry], limit: Int) -> [JournalEntry] {
        var remaining = limit
        var kept: [JournalEntry] = []
        for entry in entries.reversed() where remaining > 0 {
            var trimmed = entry
            trimmed.lines = Array(entry.lines.suffix(remaining))
            remaining -= trimmed.lines.count
            kept.append(trimmed)
        }
        return kept.reversed()
    }

    /// One row per number: who did what, where, and what became of it, in plain words.
    static func journalTable(_ entries: [JournalEntry]) -> TextTable {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let rows = entries.flatMap { entry in
            entry.lines.map { line in
                [
                    formatter.string(from: entry.time), entry.action.rawValue, entry.user,
                    entry.groupID.map(String.init) ?? "", line.number, line.outcome.words,
                    hostName(entry.target),
                ]
            }
        }
        return TextTable(headers: ["TIME", "ACTION", "USER", "GROUP", "NUMBER", "OUTCOME", "TARGET"], rows: rows)
    }

    private static func journalCSV(_ entries: [JournalEntry]) -> TextTable {
        let rows = entries.flatMap { entry in
            entry.lines.map { line in
                [
                    entry.time.formatted(.iso8601), entry.action.rawValue, entry.user,
                    entry.groupID.map(String.init) ?? "", line.number, line.outcome.rawValue, entry.target,
                ]
            }
        }
        return TextTable(headers: ["time", "action", "user", "group", "number", "outcome", "target"], rows: rows)
    }

    /// `host:port` of a journalled target URL, short enough for a table column.
    private static func hostName(_ target: String) -> String {
        guard let url = URL(string: target), let host = url.host else { return target }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}

/// The arguments of `journal`.
struct JournalRequest {
    var since: TimeSpan?
    /// The `--since` value as typed, for messages.
    var sinceText: String?
    var limit = 50
    var json = false

    init(parsing words: [Word]) throws(ShellError) {
        var remaining = words[...]
        while let word = remaining.popFirst() {
            let (flag, inline) = Self.split(word.text)
            switch flag {
            case "--json":
                json = true
            case "--since":
                let text = try Self.value(of: flag, inline, &remaining, at: word)
                do {
                    since = try TimeSpan(parsing: text)
                } catch {
                    throw .usage("\(error).", column: word.column)
                }
                sinceText = text
            case "--limit":
                let text = try Self.value(of: flag, inline, &remaining, at: word)
                guard let number = Int(text), (1...10_000).contains(number) else {
                    throw .usage("--limit takes a number from 1 to 10000; '\(text)' is not.", column: word.column)
                }
                limit = number
            default:
                throw .usage(
                    "'journal' does not take '\(word.text)': use --since SPAN, --limit N or --json.",
                    column: word.column)
            }
        }
    }

    private static func split(_ text: String) -> (String, String?) {
        guard text.hasPrefix("--"), let equals = text.firstIndex(of: "=") else { return (text, nil) }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    private static func value(
        of flag: String, _ inline: String?, _ remaining: inout ArraySlice<Word>, at word: Word
    ) throws(ShellError) -> String {
        if let inline { return inline }
        guard let next = remaining.popFirst() else {
            throw .usage(
                "\(flag) needs a value, e.g. journal \(flag) \(flag == "--limit" ? "20" : "1h").",
                column: word.column)
        }
        return next.text
    }
}
