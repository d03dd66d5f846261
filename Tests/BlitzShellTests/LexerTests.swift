import Testing

@testable import BlitzShell

struct LexerTests {
    /// Each case: a source line and the literal text of every token, command by command.
    @Test(
        arguments: [
            ("", []),
            ("   \t ", []),
            ("# only a comment", []),
            ("ping", [["ping"]]),
            ("search state=FL contains=2031", [["search", "state=FL", "contains=2031"]]),
            ("  search   state=FL  ", [["search", "state=FL"]]),
            (#"search ratecenter="ST PETERSBURG""#, [["search", "ratecenter=ST PETERSBURG"]]),
            ("search ratecenter='ST PETERSBURG' qty=2", [["search", "ratecenter=ST PETERSBURG", "qty=2"]]),
            ("ping; status", [["ping"], ["status"]]),
            ("ping;status;", [["ping"], ["status"]]),
            (";; ping ;", [["ping"]]),
            ("order 1,3 # the two cheap ones", [["order", "1,3"]]),
            ("echo a#b", [["echo", "a#b"]]),
            ("echo '#' \"#\"", [["echo", "#", "#"]]),
            ("echo 'a;b' \"c;d\" e\\;f", [["echo", "a;b", "c;d", "e;f"]]),
            (#"echo "say \"hi\"" 'back\slash' "C:\dir""#, [["echo", #"say "hi""#, #"back\slash"#, #"C:\dir"#]]),
            (##"echo a\ b \#c end\"##, [["echo", "a b", "#c", #"end\"#]]),
            (#"echo "" ''"#, [["echo", "", ""]]),
            ("echo it\\'s", [["echo", "it's"]]),
            ("echo pre\"mid dle\"post", [["echo", "premid dlepost"]]),
            ("\u{FEFF}ping\r", [["ping"]]),
            ("ping\r\n", [["ping"]]),
            ("echo caf\u{E9} \u{1F4DE}", [["echo", "caf\u{E9}", "\u{1F4DE}"]]),
        ] as [(String, [[String]])])
    func splitsCommandsAndWords(line: String, expected: [[String]]) throws {
        let commands = try Lexer.commands(in: line)
        #expect(commands.map { $0.tokens.map(\.literalText) } == expected)
    }

    /// Each case: a line and the 1-based column of every token on it.
    @Test(arguments: [
        ("search state=FL", [1, 8]),
        ("  a   bb c", [3, 7, 10]),
        ("a;b ; c", [1, 3, 7]),
        ("\u{FEFF}echo \"x y\" z", [1, 6, 12]),
        ("echo caf\u{E9} x", [1, 6, 11]),
    ])
    func recordsColumns(line: String, expected: [Int]) throws {
        let columns = try Lexer.commands(in: line).flatMap { $0.tokens.map(\.column) }
        #expect(columns == expected)
    }

    /// Each case: a token and its parts.
    @Test(arguments: [
        ("plain", [TokenPart.literal("plain")]),
        ("$tn", [.variable(.init(name: "tn", column: 6))]),
        ("x=$tn,", [.literal("x="), .variable(.init(name: "tn", column: 8)), .literal(",")]),
        ("${tn}y", [.variable(braced("tn", 6)), .literal("y")]),
        ("${results[2].number}", [.variable(braced("results[2].number", 6))]),
        ("\"n=${results.count}\"", [.literal("n="), .variable(braced("results.count", 9))]),
        ("'$tn ${x}'", [.literal("$tn ${x}")]),
        ("$$5", [.literal("$5")]),
        ("\"$$\"", [.literal("$")]),
        ("\\$tn", [.literal("$tn")]),
        ("\"\\$tn\"", [.literal("$tn")]),
        ("$ $1 $- a$", [.literal("$")]),
        ("\"\"", []),
    ])
    func splitsTokensIntoParts(word: String, expected: [TokenPart]) throws {
        let token = try #require(Lexer.commands(in: "echo " + word).first?.arguments.first)
        #expect(token.parts == expected)
    }

    @Test func keepsDollarsThatStartNoReference() throws {
        let tokens = try #require(Lexer.commands(in: "echo $ $1 $- a$").first?.arguments)
        #expect(tokens.map(\.literalText) == ["$", "$1", "$-", "a$"])
        #expect(tokens.allSatisfy { $0.isPlain })
    }

    @Test func parsesReferencePaths() throws {
        let token = try #require(Lexer.commands(in: "echo ${results[12].ratecenter}").first?.arguments.first)
        let reference = try #require(token.variables.first)
        #expect(reference.components == [.name("results"), .index(12), .name("ratecenter")])
        #expect(reference.name == "results")
        #expect(reference.raw == "results[12].ratecenter")
        #expect(token.literalText == "${results[12].ratecenter}")
        #expect(!token.isPlain)
    }

    @Test func resolvesVariablesThroughTheLookup() throws {
        let token = try #require(Lexer.commands(in: #"set x="$a-${b}-$a""#).first?.arguments.first)
        let values = ["a": "1", "b": "two words"]
        let text = try token.resolved { reference in
            try #require(values[reference.raw])
        }
        #expect(text == "x=1-two words-1")
    }

    @Test func passesLookupErrorsThrough() throws {
        struct Unset: Error {}
        let token = try #require(Lexer.commands(in: "echo $missing").first?.arguments.first)
        #expect(throws: Unset.self) {
            try token.resolved { _ in throw Unset() }
        }
    }

    /// Each case: a bad line and the error it gives.
    @Test(arguments: [
        ("echo 'abc", LexError.unterminatedQuote(quote: "'", column: 6)),
        ("search ratecenter=\"ST PETE", .unterminatedQuote(quote: "\"", column: 19)),
        ("echo \"a\\\"", .unterminatedQuote(quote: "\"", column: 6)),
        ("echo ${tn", .unclosedVariable(text: "${tn", column: 6)),
        ("echo ${tn x}", .unclosedVariable(text: "${tn", column: 6)),
        ("echo \"${a\"", .unclosedVariable(text: "${a", column: 7)),
        ("echo ${}", .badVariable(text: "${}", column: 6)),
        ("echo ${1x}", .badVariable(text: "${1x}", column: 6)),
        ("echo ${results[x]}", .badIndex(text: "${results[x]}", index: "x", column: 6)),
        ("echo ${results[]}", .badIndex(text: "${results[]}", index: "", column: 6)),
        ("echo ${results[-1].number}", .badIndex(text: "${results[-1].number}", index: "-1", column: 6)),
        ("echo ${results[0].number}", .badIndex(text: "${results[0].number}", index: "0", column: 6)),
        ("echo ${results[1.5].number}", .badIndex(text: "${results[1.5].number}", index: "1.5", column: 6)),
        ("echo ${results[-1 x}", .unclosedVariable(text: "${results[", column: 6)),
        ("echo ${results.}", .badVariable(text: "${results.}", column: 6)),
        ("echo ${a[1234567890]}", .badIndex(text: "${a[1234567890]}", index: "1234567890", column: 6)),
        ("search \u{0}x", .controlCharacter("\u{0}", column: 8)),
        ("echo 'a\u{1B}[31m'", .controlCharacter("\u{1B}", column: 8)),
        ("echo a\rb", .controlCharacter("\r", column: 7)),
        ("echo a\u{7F} # in a comment too", .controlCharacter("\u{7F}", column: 7)),
        ("echo \u{9B}", .controlCharacter("\u{9B}", column: 6)),
        ("ok; echo 'x", .unterminatedQuote(quote: "'", column: 10)),
    ])
    func refusesMalformedLines(line: String, expected: LexError) {
        #expect(throws: expected) {
            try Lexer.commands(in: line)
        }
    }

    @Test(arguments: [
        LexError.unterminatedQuote(quote: "\"", column: 19),
        .unclosedVariable(text: "${tn", column: 6),
        .badVariable(text: "${1x}", column: 6),
    ])
    func explainsErrorsInOneSentence(error: LexError) {
        #expect(!error.message.isEmpty)
        #expect(!error.message.contains("\n"))
        #expect(error.description == error.message)
    }

    @Test func ignoresACommentAfterAQuotedHash() throws {
        let commands = try Lexer.commands(in: "echo \"# not\" # comment 'unclosed")
        #expect(commands.map { $0.tokens.map(\.literalText) } == [["echo", "# not"]])
    }

    @Test func separatesNameFromArguments() throws {
        let command = try #require(Lexer.commands(in: "  order 1,3 group=2").first)
        #expect(command.name.literalText == "order")
        #expect(command.arguments.map(\.literalText) == ["1,3", "group=2"])
        #expect(command.column == 3)
    }

    /// Text written by ``Lexer/quoted(_:)`` lexes back to one token with the same text.
    @Test(arguments: [
        "plain", "state=FL", "ST PETERSBURG", "it's", "a;b", "#x", "", "$tn", "${x}", "tab\there", "\"q\"",
        "back\\slash", "caf\u{E9}",
    ])
    func quotesTextSoItLexesBack(text: String) throws {
        let tokens = try Lexer.commands(in: "echo " + Lexer.quoted(text)).first?.arguments
        #expect(tokens?.count == 1)
        #expect(tokens?.first?.literalText == text)
        #expect(tokens?.first?.isPlain == true)
    }

    @Test func leavesSafeTextUnquoted() {
        #expect(Lexer.quoted("ratecenter=WINTERPARK") == "ratecenter=WINTERPARK")
        #expect(Lexer.quoted("3212031886") == "3212031886")
    }

    /// A TAB separates words like a space and keeps its column; a CRLF ending is no problem.
    @Test func tabsSeparateWordsAndCountAsOneColumn() throws {
        let commands = try Lexer.commands(in: "search\tstate=FL\t qty=2\r\n")
        #expect(commands.map { $0.tokens.map(\.literalText) } == [["search", "state=FL", "qty=2"]])
        #expect(commands[0].tokens.map(\.column) == [1, 8, 18])
    }

    /// The message names the character by its code point and never holds the character itself.
    @Test func controlCharactersAreNamedNotEchoed() throws {
        let error = #expect(throws: LexError.self) { try Lexer.commands(in: "search\u{0}state=FL") }
        #expect(error?.message == "control character U+0000 at column 7; commands and scripts are text, so remove it")
        let escape = #expect(throws: LexError.self) { try Lexer.commands(in: "echo \u{1B}[2J") }
        #expect(escape?.message.contains("U+001B at column 6") == true)
        #expect(escape?.message.unicodeScalars.contains { $0.properties.generalCategory == .control } == false)
    }
}

private func braced(_ raw: String, _ column: Int) -> VariableReference {
    VariableReference(raw: raw, column: column, isBraced: true) ?? VariableReference(name: "invalid", column: 0)
}
