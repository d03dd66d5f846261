import Testing

@testable import BlitzShell

struct ShellOptionsTests {
    @Test func flagsAndAScriptFileAreRead() throws {
        let options = try ShellOptions.parse([
            "--url", "https://api.example.com:8443", "--json", "-v", "state=FL", "-v", "qty=5",
            "--timeout=12", "--yes", "order.blitz",
        ])
        #expect(options.url == "https://api.example.com:8443")
        #expect(options.format == .json)
        #expect(options.parameters == ["state": "FL", "qty": "5"])
        #expect(options.timeout == 12)
        #expect(options.assumeYes)
        #expect(options.scriptFile == "order.blitz")
    }

    @Test func checkTakesFiles() throws {
        let options = try ShellOptions.parse(["check", "-v", "a=1", "one.blitz", "two.blitz"])
        #expect(options.checkFiles == ["one.blitz", "two.blitz"])
        #expect(options.parameters == ["a": "1"])
    }

    /// `check` is the first word that is not an option or an option's value, wherever the
    /// options stand.
    @Test(arguments: [
        ["--url", "http://127.0.0.1:9", "check", "f.blitz"],
        ["-v", "state=FL", "check", "f.blitz"],
        ["--json", "check", "-v", "state=FL", "f.blitz"],
        ["check", "f.blitz", "-v", "state=FL"],
    ])
    func checkMayFollowOptions(arguments: [String]) throws {
        let options = try ShellOptions.parse(arguments)
        #expect(options.checkFiles == ["f.blitz"])
        #expect(options.scriptFile == nil)
    }

    @Test func aScriptFileNamedLikeAModeIsStillAFileAfterTheFirstWord() throws {
        let options = try ShellOptions.parse(["run.blitz", "-v", "a=1"])
        #expect(options.scriptFile == "run.blitz")
        #expect(options.checkFiles == nil)
    }

    @Test(arguments: [
        (["--jsno"], "did you mean '--json'?"),
        (["--url"], "--url needs a value"),
        (["-v", "novalue"], "-v takes NAME=VALUE"),
        (["--timeout", "0"], "--timeout takes seconds"),
        (["--format", "xml"], "'xml' is not an output format"),
        (["a.blitz", "b.blitz"], "one too many"),
        (["-c", "ping", "a.blitz"], "not both"),
        (["check"], "needs the script files"),
        (["--yes", "check"], "needs the script files"),
        (["-c", "ping", "check", "a.blitz"], "not -c COMMANDS"),
    ])
    func badCommandLinesAreUsageErrors(arguments: [String], expected: String) {
        let error = #expect(throws: ShellError.self) { try ShellOptions.parse(arguments) }
        #expect(error?.kind == .usage)
        #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
    }
}
