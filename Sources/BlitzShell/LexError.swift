/// Why a source line could not be split into commands.
package enum LexError: Error, Hashable, Sendable {
    /// A `'` or `"` opened at `column` has no closing partner on the line.
    case unterminatedQuote(quote: Character, column: Int)

    /// A `${` at `column` has no `}` before a character that cannot be part of a reference.
    case unclosedVariable(text: String, column: Int)

    /// A `${...}` at `column` holds something other than `NAME`, `NAME[N]` or `NAME.FIELD`.
    case badVariable(text: String, column: Int)

    /// The 1-based column the error points at.
    package var column: Int {
        switch self {
        case .unterminatedQuote(_, let column): column
        case .unclosedVariable(_, let column): column
        case .badVariable(_, let column): column
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
        }
    }
}

extension LexError: CustomStringConvertible {
    package var description: String {
        message
    }
}
