/// Maps letters to the digits on a telephone keypad, for vanity searches (`FLOWERS` is 3569377).
package enum Keypad {
    /// The result of mapping a pattern.
    package struct Mapping: Hashable, Sendable {
        /// The pattern as the user wrote it.
        package let original: String

        /// The pattern with every letter replaced by its keypad digit.
        package let digits: String

        /// Whether any letter was mapped, so the shell knows to show `FLOWERS → 3569377`.
        package var mappedLetters: Bool {
            original != digits
        }
    }

    /// Maps `text`: ABC to 2, DEF to 3, GHI to 4, JKL to 5, MNO to 6, PQRS to 7, TUV to 8,
    /// WXYZ to 9, in either case; digits stay as they are.
    ///
    /// - Throws: ``KeypadError`` when the text is empty or holds anything but ASCII letters and
    ///   digits.
    package static func map(_ text: String) throws(KeypadError) -> Mapping {
        guard !text.isEmpty else {
            throw .empty
        }
        var digits = ""
        for character in text {
            guard let digit = digit(for: character) else {
                throw .unexpectedCharacter(text: text, character: character)
            }
            digits.append(digit)
        }
        return Mapping(original: text, digits: digits)
    }

    /// The keypad digit for one character, or nil when it has none.
    package static func digit(for character: Character) -> Character? {
        if character.isASCIIDigit {
            return character
        }
        guard character.isASCII, character.isLetter, let letter = character.uppercased().first else {
            return nil
        }
        return keys.first { $0.letters.contains(letter) }?.digit
    }

    private static let keys: [(digit: Character, letters: String)] = [
        ("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"),
        ("6", "MNO"), ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ"),
    ]
}
