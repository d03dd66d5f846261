/// Splits one source line into commands and tokens, the way a small POSIX-like shell would.
///
/// Rules:
/// - Unquoted whitespace separates words; an unquoted `;` ends a command.
/// - A `#` that starts a word begins a comment running to the end of the line; inside a word
///   (`a#b`) it is an ordinary character.
/// - `'...'` is taken literally: no escapes, no variables.
/// - `"..."` allows `$` references; `\"`, `\\` and `\$` stand for the escaped character and any
///   other backslash is kept as written (so `"C:\dir"` survives).
/// - In a bare word a backslash escapes any following character (`\;`, `\ `, `\#`); a backslash
///   ending the line is kept.
/// - `$NAME` and `${PATH}` are references (`${results[2].number}`, `${results.count}`); `$$` is a
///   literal `$`, and a `$` followed by anything else is kept as written.
/// - A UTF-8 byte-order mark at the start and a trailing `\r` or `\n` are ignored, so scripts
///   saved on Windows lex like clean ones. Columns count Unicode scalars from 1, after the mark.
package enum Lexer {
    /// Splits `line` into its commands; blank lines and comment-only lines give none.
    ///
    /// - Throws: ``LexError`` for an unterminated quote or a malformed `${...}`.
    package static func commands(in line: String) throws(LexError) -> [CommandTokens] {
        var scanner = LineScanner(scalars: cleaned(line))
        return try scanner.scanCommands()
    }

    /// Writes `text` as a single token that lexes back to exactly `text`, quoting only when
    /// needed; used when a command is written back out (recording a session).
    package static func quoted(_ text: String) -> String {
        let isSafe = !text.isEmpty && text.unicodeScalars.allSatisfy(isSafeUnquoted)
        if isSafe && text.first != "#" {
            return text
        }
        return "'" + text.replacing("'", with: #"'\''"#) + "'"
    }

    /// The line without a leading byte-order mark or trailing line-ending characters.
    static func cleaned(_ line: String) -> [Unicode.Scalar] {
        var scalars = Array(line.unicodeScalars)
        if scalars.first == "\u{FEFF}" {
            scalars.removeFirst()
        }
        while let last = scalars.last, last == "\r" || last == "\n" {
            scalars.removeLast()
        }
        return scalars
    }

    private static func isSafeUnquoted(_ scalar: Unicode.Scalar) -> Bool {
        if VariableReference.isNameContinuation(scalar) {
            return true
        }
        return "=.,:/@+-%^[]{}()!?*~<>".unicodeScalars.contains(scalar)
    }
}
