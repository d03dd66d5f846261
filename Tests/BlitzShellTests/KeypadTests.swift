import Testing

@testable import BlitzShell

struct KeypadTests {
    /// Each case: a pattern and its keypad digits.
    @Test(arguments: [
        ("FLOWERS", "3569377"),
        ("flowers", "3569377"),
        ("2031", "2031"),
        ("321CAB", "321222"),
        ("abcdefghijklmnopqrstuvwxyz", "22233344455566677778889999"),
        ("0", "0"),
    ])
    func mapsLettersToKeypadDigits(text: String, expected: String) throws {
        let mapping = try Keypad.map(text)
        #expect(mapping.digits == expected)
        #expect(mapping.original == text)
        #expect(mapping.mappedLetters == (text != expected))
    }

    /// Each case: a pattern holding something other than letters and digits.
    @Test(
        arguments: [
            ("FLOWERS!", "!"),
            ("321-2031", "-"),
            ("20 31", " "),
            ("caf\u{E9}", "\u{E9}"),
            ("12*", "*"),
            ("\u{0663}", "\u{0663}"),
        ] as [(String, Character)])
    func refusesOtherCharacters(text: String, character: Character) {
        #expect(throws: KeypadError.unexpectedCharacter(text: text, character: character)) {
            try Keypad.map(text)
        }
    }

    @Test func refusesAnEmptyPattern() {
        #expect(throws: KeypadError.empty) {
            try Keypad.map("")
        }
    }

    @Test func explainsTheRefusal() {
        let message = KeypadError.unexpectedCharacter(text: "FLOWERS!", character: "!").message
        #expect(message.contains("'FLOWERS!'"))
        #expect(message.contains("'!'"))
    }
}
