import Foundation
import Testing

/// A script is checked the way `blitz check` does before any of it runs: a problem that cannot
/// depend on the run refuses the whole script, and nothing is ordered.
struct ScriptRefusalTests {
    static let problems = """
        use 2
        search state=FL qty=2; order 1
        serch state=FL
        search stat=$state qty=1
        echo "unterminated
        order 1,,2
        search state=Florida
        source missing.blitz

        """

    @Test func aScriptWithProblemsOrdersNothingAndListsEveryProblem() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file("bad.blitz", Self.problems)

        let run = try blitz.run(["--yes", "-v", "state=FL", script.path])
        let held = try blitz.run(["-c", "assigned"])

        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        for place in ["3:1", "4:8", "5:6", "6:7", "7:14", "8:8"] {
            #expect(run.stderr.contains("error: \(script.path):\(place): "), "\(place) in \(run.stderr)")
        }
        #expect(
            run.stderr.hasSuffix(
                "Nothing was run: fix the 6 problems above first"
                    + " ('blitz check' finds problems without running anything).\n"))
        #expect(held.stdout == "You hold no numbers.\n", "the order on line 2 never ran")
    }

    @Test func commandsOnTheCommandLineAndOnStandardInputAreCheckedToo() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())

        let inline = try blitz.run(["-c", "echo first; serch state=FL"])
        let piped = try blitz.run([], input: "echo first\nsearch state=FL qty=1 colour=red\n")

        #expect(inline.status == 2)
        #expect(inline.stdout.isEmpty)
        #expect(inline.stderr.contains("error: -c:1:13: Unknown command 'serch'"))
        #expect(piped.status == 2)
        #expect(piped.stdout.isEmpty)
        #expect(piped.stderr.contains("error: <stdin>:2:23: Unknown key 'colour' for 'search'"))
    }

    @Test func problemsInAnIncludedFileRefuseTheIncludingScript() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        _ = try blitz.file("part.blitz", "echo in part\nreturn 321-203-188\n")
        let script = try blitz.file("main.blitz", "echo in main\nsource part.blitz\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("error: part.blitz:2:8: '321-203-188' has 9 digits"))
    }

    /// An include named through a variable cannot be checked before the run, so it is checked
    /// when it is read, and none of it runs.
    @Test func anIncludeNamedByAVariableIsCheckedWhenItIsRead() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment(user: "tester"))
        _ = try blitz.file("tester.blitz", "echo in part\nsearch stat=FL\n")
        let script = try blitz.file("main.blitz", "echo in main\nsource ${user}.blitz\necho after\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 2)
        #expect(run.stdout == "in main\n")
        #expect(run.stderr.contains("error: tester.blitz:2:8: Unknown key 'stat' for 'search'"), "\(run.stderr)")
        #expect(run.stderr.contains(":2:8: 'tester.blitz' was not run: fix the problem above first."))
    }

    /// Values only the run knows, files the run writes first, and what comes after `quit` are
    /// no reason to refuse.
    @Test func whatDependsOnTheRunIsNotRefused() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file(
            "fine.blitz",
            """
            groups
            use ${groups[2].id}
            search state=FL qty=3
            set tn=${results[1].number} rule=state=FL
            search $rule qty=1
            export picks.csv
            order --from picks.csv
            record session.blitz
            journal
            undo
            curl
            quit
            serch this line never runs

            """)

        let run = try blitz.run(["--yes", script.path])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Ordering 1 number into group 3"))
    }

    /// Control characters are named, never sent back to the terminal, wherever a message
    /// quotes what was given.
    @Test func errorsNeverEchoARawControlCharacter() throws {
        let blitz = try BlitzProcess()
        let script = try blitz.file("nul.blitz", "echo ok\nsearch\u{0}state=FL\n")

        let nul = try blitz.run([script.path])
        let badName = try blitz.run(["no\u{1B}[2Jsuch.blitz"])

        #expect(nul.status == 2)
        #expect(nul.stdout.isEmpty)
        #expect(nul.stderr.contains("nul.blitz:2:7: control character U+0000 at column 7"))
        #expect(nul.stderr.contains("    search\\u{0}state=FL\n          ^\n"))
        #expect(badName.status == 2)
        #expect(badName.stderr.contains("Cannot read the script 'no\\u{1B}[2Jsuch.blitz'"))
        for run in [nul, badName] {
            #expect(!run.stderr.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        }
    }
}
