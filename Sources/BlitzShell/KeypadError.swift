/// Why a search pattern cannot be turned into keypad digits.
package enum KeypadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern is empty.
    case empty

    /// The pattern holds a character that is neither an ASCII letter nor a digit.
    case unexpectedCharacter(text: String, character: Character)

    /// One sentence for the user saying what is wrong and what would be right.
    package var message: String {
        switch self {
        case .empty:
            "the pattern is empty; use digits 0-9 or letters A-Z, which stand for their keypad digits"
        case .unexpectedCharacter(let text, let character):
            "'\(text)' contains '\(character)'; use only digits 0-9 or letters A-Z, "
                + "which stand for their keypad digits (FLOWERS is 3569377)"
        }
    }

    package var description: String {
        message
    }
}
