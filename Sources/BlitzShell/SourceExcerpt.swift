/// A script line as an error shows it, with a caret under the column the error is about.
///
/// The line is shown with control characters escaped (`\u{1B}`), so an error never sends one
/// to the terminal, and TABs before the column are kept in the caret line, so the caret lines up
/// however wide the terminal draws a TAB.
struct SourceExcerpt {
    /// The line as shown.
    let line: String
    /// Spaces (and the line's TABs) up to the column, then `^`.
    let caret: String

    /// The excerpt of `text` pointing at `column` (1-based, in Unicode scalars).
    init(text: String, column: Int) {
        var line = ""
        var caret = ""
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let shown = scalar == "\t" ? "\t" : Self.escaped(scalar)
            line += shown
            guard offset < column - 1 else { continue }
            caret += scalar == "\t" ? "\t" : String(repeating: " ", count: shown.count)
        }
        let missing = max(column - 1 - text.unicodeScalars.count, 0)
        self.line = line
        self.caret = caret + String(repeating: " ", count: missing) + "^"
    }

    /// `text` with every control character but TAB and line feed written as `\u{XX}`.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            scalar == "\t" || scalar == "\n" ? String(scalar) : escaped(scalar)
        }.joined()
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        guard scalar.properties.generalCategory == .control else { return String(scalar) }
        return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
