import Testing

@testable import BlitzShell

/// How the words after `order` and `return` fall into items when a number takes several words.
struct NumberWordsTests {
    /// The words of `line` as the lexer gives them: split at spaces, with 1-based columns.
    static func words(_ line: String) -> [Word] {
        var words: [Word] = []
        var column = 1
        for piece in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !piece.isEmpty { words.append(Word(String(piece), column: column)) }
            column += piece.count + 1
        }
        return words
    }

    /// Each case: what follows `return`, and the items it makes.
    @Test(arguments: [
        ("(239) 368-2031", ["(239) 368-2031"]),
        ("+1 239 368 2031", ["+1 239 368 2031"]),
        ("239 368 2031", ["239 368 2031"]),
        ("1 239 368 2031", ["1 239 368 2031"]),
        ("3212031886 3212031887", ["3212031886", "3212031887"]),
        ("3212031886,3212031887", ["3212031886", "3212031887"]),
        ("3212031886, (321) 203-1887", ["3212031886", "(321) 203-1887"]),
        ("(321) 203-1886 321 203 1887 +1-321-203-1888", ["(321) 203-1886", "321 203 1887", "+1-321-203-1888"]),
        ("3212031886,", ["3212031886"]),
    ])
    func returnJoinsTheWordsOfEachNumber(line: String, expected: [String]) throws {
        let items = try NumberWords(allowsIndexes: false).items(Self.words(line))
        #expect(items.map(\.text) == expected)
    }

    /// Each case: what follows `order` with four results shown, and the items it makes.
    @Test(arguments: [
        ("1 3", ["1", "3"]),
        ("1, 3", ["1", "3"]),
        ("2-4 all", ["2-4", "all"]),
        ("(321) 203-1886", ["(321) 203-1886"]),
        ("+1 321 203 1886", ["+1 321 203 1886"]),
        ("321 203 1886", ["321 203 1886"]),
        ("2 321 203-1886", ["2", "321 203-1886"]),
        ("1,321 203 1886", ["1", "321 203 1886"]),
        ("7", ["7"]),
    ])
    func orderReadsIndexesAndNumbersTogether(line: String, expected: [String]) throws {
        let items = try NumberWords(allowsIndexes: true, indexLimit: 4).items(Self.words(line))
        #expect(items.map(\.text) == expected)
    }

    /// Each case: words that read more than one way or not at all, and the start of the message.
    @Test(arguments: [
        (true, "1 321 203 1886", "'1 321 203 1886' reads two ways, as 1,3212031886 or as 3212031886;"),
        (true, "1,,3", "'1,,3' has an empty item between commas"),
        (true, "0", "index 0 is out of range"),
        (true, "(321) 203-188", "'(321) 203-188' has 9 digits"),
        (false, "(239) 368-2031 x", "'x' is not a phone number because of 'x'"),
        (false, "239 368 203", "'239 368 203' has 9 digits"),
        (false, "1 3", "'1 3' has 2 digits"),
    ])
    func refusesWordsThatReadTwoWaysOrNone(allowsIndexes: Bool, line: String, message: String) {
        #expect {
            _ = try NumberWords(allowsIndexes: allowsIndexes, indexLimit: 4).items(Self.words(line))
        } throws: { error in
            (error as? ShellError)?.message.hasPrefix(message) == true
        }
    }

    /// With 500 results every short word is an index, yet together they spell a number.
    @Test(arguments: [
        ("321 203 188 6", "'321 203 188 6' could be the number 3212031886 or the results 321, 203, 188, 6;"),
        ("32 12 03 18 86", "'32 12 03 18 86' could be the number 3212031886 or the results 32, 12, 03, 18, 86;"),
        ("5 321 203 188 6", "'321 203 188 6' could be the number 3212031886"),
    ])
    func refusesIndexesThatSpellANumber(line: String, message: String) {
        #expect {
            _ = try NumberWords(allowsIndexes: true, indexLimit: 500).items(Self.words(line))
        } throws: { error in
            (error as? ShellError)?.message.hasPrefix(message) == true
        }
    }

    @Test func indexesThatSpellNoNumberAreKept() throws {
        let items = try NumberWords(allowsIndexes: true, indexLimit: 500).items(Self.words("1 3 250 499"))
        #expect(items.map(\.text) == ["1", "3", "250", "499"])
    }

    @Test func anErrorPointsAtTheWordsItIsAbout() {
        #expect {
            _ = try NumberWords(allowsIndexes: false).items(Self.words("3212031886 (239) 36-2031"))
        } throws: { error in
            (error as? ShellError)?.column == 12
        }
    }
}
