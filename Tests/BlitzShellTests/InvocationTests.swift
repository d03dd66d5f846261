import Testing

@testable import BlitzShell

struct InvocationTests {
    private func invocation(_ words: [String]) -> Invocation {
        var column = 8
        var arguments: [Word] = []
        for word in words {
            arguments.append(Word(word, column: column))
            column += word.count + 1
        }
        return Invocation(name: Word("search", column: 1), arguments: arguments)
    }

    @Test func keyValuesAreSplitFromOtherWords() throws {
        let (options, others) = try invocation(["State=FL", "1,3", "contains=20=31"])
            .options(allowed: CommandTable.searchKeys)

        #expect(options["state"] == Word("FL", column: 14))
        #expect(options["contains"]?.text == "20=31")
        #expect(others == [Word("1,3", column: 17)])
    }

    @Test(arguments: [
        ("stat=FL", "did you mean 'state'?"),
        ("qtty=3", "did you mean 'qty'?"),
        ("zzzzzz=1", "Unknown key 'zzzzzz' for 'search'. Valid keys:"),
    ])
    func unknownKeysAreRefusedWithASuggestion(word: String, expected: String) {
        let error = #expect(throws: ShellError.self) {
            try invocation([word]).options(allowed: CommandTable.searchKeys)
        }
        #expect(error?.kind == .usage)
        #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
        #expect(error?.column == 8)
    }

    @Test func aKeyGivenTwiceIsRefused() {
        #expect(throws: ShellError.self) {
            try invocation(["state=FL", "state=GA"]).options(allowed: CommandTable.searchKeys)
        }
    }
}
