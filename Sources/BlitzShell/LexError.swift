/// Why a source line could not be split into commands.
package enum LexError: Error, Hashable, Sendable {
    /// A `'` or `"` opened at `column` has no closing partner on the line.
    case unterminatedQuote(quote: Character, column: Int)

    /// A `${` at `column` has no `}` before a character that cannot be part of a reference.
    case unclosedVariable(text: String, column: Int)

    /// A `${...}` at `column` holds something other than `NAME`, `NAME[N]` or `NAME.FIELD`.
    case badVariable(text: String, column: Int)

    /// A `${...}` at `column` has an index that is not a whole number from 1, such as `[-1]`.
    case badIndex(text: String, index: String, column: Int)

    /// A control character other than TAB (a NUL, an escape, a lone carriage return, ...) at
    /// `column`; commands are text, and echoing such a character back could drive the terminal.
    case controlCharacter(Unicode.Scalar, column: Int)

    /// The 1-based column the error points at.
    package var column: Int {
        switch self {
        case .unterminatedQuote(_, let column): column
        case .unclosedVariable(_, let column): column
        case .badVariable(_, let column): column
        case .badIndex(_, _, let column): column
        case .controlCharacter(_, let column): column
        }
    }

    /// One sentence for the user saying what is wrong and how to write it instead.
    package var message: String {
        switch self {
        case .unterminatedQuote(let quote, let column):
            "the \(quote) at column \(column) is never closed; end the quoted text with \(quote)"
                + " or write \\\(quote) for a literal \(quote)"
        case .unclosedVariable(let text, _):
            "'\(text)' is missing its closing }; write ${NAME} or ${results[1].number}, or $$ for a literal $"
        case .badVariable(let text, _):
            "'\(text)' is not a variable reference; write ${NAME}, ${results[1].number} or ${results.count}"
        case .badIndex(let text, let index, _):
            "'\(index)' in '\(text)' is not an index: an index is a whole number from 1, e.g. ${results[1].number}"
        case .controlCharacter(let scalar, let column):
            "control character \(Self.codePoint(scalar)) at column \(column); commands and scripts are text,"
                + " so remove it"
        }
    }

    /// `U+001B`: how a character is named in messages, never the character itself.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(4 - hex.count, 0)) + hex
    }
}

extension LexError: CustomStringConvertible {
    package var description: String {
        message
    }
}
