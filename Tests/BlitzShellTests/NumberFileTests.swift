import Testing

@testable import BlitzShell

/// The files `order --from` and `return --from` read.
struct NumberFileTests {
    @Test(arguments: [
        ("3212031886\n(239) 213-9114\n", ["3212031886", "2392139114"]),
        ("# picks\n\n3212031886\r\n3212031886\r\n", ["3212031886"]),
        ("\u{FEFF}number\n321-203-1886\n", ["3212031886"]),
        (
            "id,number,ratecenter\n509427,3212031886,WINTERPARK\n1,\"239-213-9114\",NAPLES\n",
            ["3212031886", "2392139114"]
        ),
        ("ratecenter,NUMBER\n\"ST, PETE\",+1 321 203 1886", ["3212031886"]),
        (
            #"[{"id":1,"lata":"458","number":"3212031886","ratecenter":"WINTERPARK","state":"FL"}]"# + "\n",
            ["3212031886"]
        ),
        ("  [{\"number\": \"(239) 213-9114\"}, {\"number\": \"2392139114\"}]", ["2392139114"]),
    ])
    func readsOneNumberALineOrANumberColumn(text: String, expected: [String]) throws {
        #expect(try NumberFile.parse(text, path: "n.txt") == expected)
    }

    @Test(arguments: [
        ("", "'n.txt' holds no numbers"),
        ("# nothing\n", "'n.txt' holds no numbers"),
        ("id,ratecenter\n1,NAPLES\n", "n.txt:1: the CSV has no 'number' column"),
        ("3212031886\n321203\n", "n.txt:2: '321203' has 6 digits"),
        ("number\n3212031886\n\nabc\n", "n.txt:4: 'abc' is not a phone number"),
        ("[{\"number\": \"3212031886\"}", "'n.txt' is not valid JSON"),
        ("[]", "'n.txt' holds no numbers"),
        ("[{\"id\": 1}]", "n.txt: item 1 has no \"number\" string"),
        ("[{\"number\": \"321\"}]", "n.txt: item 1: '321' has 3 digits"),
    ])
    func refusesFilesWithoutNumbersNamingTheLine(text: String, message: String) {
        #expect {
            _ = try NumberFile.parse(text, path: "n.txt")
        } throws: { error in
            (error as? ShellError)?.message.hasPrefix(message) == true
                || (error as? ShellError)?.message.contains(message) == true
        }
    }

    @Test(arguments: [
        ("a,b,c", ["a", "b", "c"]),
        ("\"a,b\",c", ["a,b", "c"]),
        ("\"say \"\"hi\"\"\", x", ["say \"hi\"", "x"]),
        ("", [""]),
    ])
    func splitsCSVFields(line: String, fields: [String]) {
        #expect(NumberFile.csvFields(line) == fields)
    }
}
