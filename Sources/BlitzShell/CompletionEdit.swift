/// What one press of Tab does to the line, worked out apart from libedit so it can be tested.
///
/// One candidate replaces the word under the cursor, followed by a space unless it ends in `=`
/// (so `sta` becomes `state=` ready for a value). Several candidates extend the word to their
/// common prefix and are listed below the prompt. None gives a beep.
struct CompletionEdit: Hashable {
    /// How many characters (Unicode scalars) before the cursor to delete first.
    var deleteCount = 0

    /// The text to insert at the cursor.
    var insertion = ""

    /// The candidates to list below the prompt, as they should be shown.
    var listing: [String] = []

    /// Whether nothing matched.
    var isBeep = false

    /// The edit for the text before the cursor and the candidates the completer returned.
    static func plan(lineBeforeCursor line: String, candidates: [String]) -> CompletionEdit {
        let word = String(currentWord(in: line))
        var seen = Set<String>()
        let candidates = candidates.filter { seen.insert($0).inserted }
        guard let first = candidates.first else {
            return CompletionEdit(isBeep: true)
        }
        guard candidates.count > 1 else {
            let ending = first.hasSuffix("=") ? "" : " "
            return replacing(word, with: first + ending)
        }
        var edit = CompletionEdit()
        let prefix = commonPrefix(of: candidates)
        if prefix.unicodeScalars.count > word.unicodeScalars.count,
            prefix.lowercased().hasPrefix(word.lowercased())
        {
            edit = replacing(word, with: prefix)
        }
        edit.listing = candidates.map { shownName(of: $0, completing: word) }
        return edit
    }

    /// The word the cursor is in: the text after the last space or `;` that is not inside
    /// quotes.
    static func currentWord(in line: String) -> Substring {
        line.textAfterLastUnquoted { $0.isWhitespace || $0 == ";" }
    }

    /// The longest start shared by all `words`, compared by Unicode scalar.
    static func commonPrefix(of words: [String]) -> String {
        guard var prefix = words.first?.unicodeScalars.map({ $0 }) else {
            return ""
        }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            let shared = zip(prefix, scalars).prefix { $0 == $1 }.count
            prefix.removeSubrange(shared...)
        }
        return String(String.UnicodeScalarView(prefix))
    }

    /// Lays `names` out in columns across `width` terminal columns, one row per line.
    static func columns(_ names: [String], width: Int) -> String {
        let cellWidth = (names.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(cellWidth, 1))
        var rows: [String] = []
        for start in stride(from: 0, to: names.count, by: perRow) {
            let row = names[start..<min(start + perRow, names.count)]
            let padded = row.map { $0.padding(toLength: cellWidth) }
            rows.append(padded.joined().trimmingTrailingSpaces)
        }
        return rows.joined(separator: "\n")
    }

    /// Replaces `word` with `text`, inserting only the missing end when `text` extends it.
    private static func replacing(_ word: String, with text: String) -> CompletionEdit {
        if text.hasPrefix(word) {
            return CompletionEdit(insertion: String(text.unicodeScalars.dropFirst(word.unicodeScalars.count)))
        }
        return CompletionEdit(deleteCount: word.unicodeScalars.count, insertion: text)
    }

    /// Shows only the value of `key=value` candidates once the key is typed, as shells show
    /// only file names when completing a path.
    private static func shownName(of candidate: String, completing word: String) -> String {
        guard let equals = word.firstIndex(of: "=") else {
            return candidate
        }
        let key = word[...equals]
        return candidate.hasPrefix(key) ? String(candidate.dropFirst(key.count)) : candidate
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " {
            text.removeLast()
        }
        return text
    }
}
