import Foundation
import Testing

/// The check before a run refuses every problem that no run-time value could change, even in
/// a command with variables, and never one that the run decides: a variable's value, what a
/// request fetches, or a file the script writes first.
struct PreRunCheckTests {
    /// Each case: a line after an order that the check must refuse, and where and why.
    @Test(arguments: [
        ("echo got ${results[1].nmber}", "4:10: results have no field 'nmber'"),
        ("echo ${results.cnt}", "4:6: 'results.cnt' is not a value"),
        ("echo ${groups[1].colour}", "4:6: groups have no field 'colour'"),
        ("echo ${assigned[1].numbr}", "4:6: assigned have no field 'numbr'"),
        ("search state=FL qty=abc contains=$c", "4:21: qty must be from 1 to 500"),
        ("search state=ZZ contains=$c", "4:14: 'ZZ' is not a state or province code"),
        ("order 0 group=$g", "4:7: index 0 is out of range"),
        ("order 3-1 group=$g", "4:7: range '3-1' runs backwards"),
        ("order 1 group=$g prefix=12a", "4:25: prefix must be 1 to 16 digits"),
        ("search $rule state=FL qty=x", "4:27: qty must be from 1 to 500"),
        ("echo held ${assigned[1].number}", "4:11: Your numbers have not been listed yet: run 'assigned'"),
    ])
    func aMistakeWrittenOutIsRefusedBeforeTheOrderEvenBesideVariables(line: String, problem: String) throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file("late.blitz", "use 2\nsearch state=FL qty=2\norder 1\n\(line)\n")

        let run = try blitz.run(["--yes", "-v", "c=2031", "-v", "g=2", "-v", "rule=lata=302", script.path])

        #expect(run.status == 2)
        #expect(run.stdout.isEmpty, "the search never ran")
        #expect(run.stderr.contains("error: \(script.path):\(problem)"), "\(run.stderr)")
        #expect(!run.stderr.contains("Ordering"), "the order never ran")
    }

    @Test func aResultReadBeforeAnySearchIsRefusedUnlessAnIncludeMayHaveSearched() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let early = try blitz.file("early.blitz", "groups\necho first ${results[1].number}\n")
        _ = try blitz.file("setup.blitz", "search state=FL qty=1\n")
        let included = try blitz.file("included.blitz", "source $setup\necho first ${results[1].number}\n")

        let refused = try blitz.run([early.path])
        let ran = try blitz.run(["-v", "setup=setup.blitz", included.path])

        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty, "groups never ran")
        let said = "early.blitz:2:12: There are no results yet: run a search"
        #expect(refused.stderr.contains(said), "\(refused.stderr)")
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(ran.stdout.contains("first 2392139114"), "\(ran.stdout)")
    }

    /// Each case: a command that lacks what no variable in it could give, and where and why.
    @Test(arguments: [
        ("order 1 prefix=$p", "2:1: order has no group"),
        ("search qty=$n", "2:1: A search needs at least one rule besides qty"),
        ("order group=$g", "2:1: 'order' needs a selection"),
    ])
    func aCommandLackingWhatNoVariableGivesIsRefused(line: String, problem: String) throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file("lacking.blitz", "search state=FL qty=2\n\(line)\n")

        let run = try blitz.run(["--yes", "-v", "p=11121", "-v", "n=2", "-v", "g=2", script.path])

        #expect(run.status == 2)
        #expect(run.stdout.isEmpty, "the search never ran")
        #expect(run.stderr.contains("error: \(script.path):\(problem)"), "\(run.stderr)")
    }

    /// A key given twice is only a mistake for the values the run gives, when one is a variable.
    @Test func aKeyThatAVariableMayRepeatIsLeftToTheRun() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file(
            "twice.blitz", "search state=FL qty=1\nset rule=state=${results[1].state}\nsearch $rule state=FL\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 2)
        #expect(run.stdout.contains("NUMBER"), "the first search ran: \(run.stderr)")
        #expect(run.stderr.contains("twice.blitz:3:14: 'state' is given twice"), "\(run.stderr)")
    }

    /// Parameters, values only the run knows, variables in keys' values, an include named by a
    /// variable and a file the script writes before reading it: all of it runs.
    @Test func aRealisticScriptWithVariablesRunsToTheEnd() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        _ = try blitz.file("picks.csv", "left over from yesterday\n")
        _ = try blitz.file(
            "parts/finish.blitz",
            "order --from ../picks.csv\necho done with ${results.count} in group ${group}\n")
        let script = try blitz.file(
            "daily.blitz",
            """
            search state=$state qty=$qty
            expect ${results.count} == $qty
            set first=${results[1].number} second=${results[2].number}
            echo picked $first in ${results[1].ratecenter}
            use $group
            order 1 prefix=$prefix
            order $second group=$group
            results state=$state sort=-number 1
            export picks.csv
            source parts/$part.blitz

            """)

        let run = try blitz.run(
            [
                "--yes", "-v", "state=FL", "-v", "qty=3", "-v", "group=2", "-v", "prefix=11121", "-v", "part=finish",
                script.path,
            ])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("done with 1 in group 2"))
        #expect(run.stderr.components(separatedBy: "Ordering 1 number into group 2").count == 4)
    }

    /// Before a run a `--from` file is the run's to read, since the script may write it first;
    /// `blitz check` still reads one that is there and reports what is wrong in it.
    @Test func aFromFileTheScriptWritesIsReadOnlyWhenTheOrderRuns() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        _ = try blitz.file("picks.csv", "junk\n")
        let script = try blitz.file(
            "picks.blitz", "use 2\nsearch state=FL qty=2\nexport picks.csv\norder --from picks.csv\n")

        let check = try blitz.run(["check", script.path])
        let run = try blitz.run(["--yes", script.path])

        #expect(check.status == 2)
        #expect(check.stderr.contains("picks.blitz:4:14: picks.csv:1: 'junk' is not a phone number"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Ordering 2 numbers into group 2"))
    }

    /// An include read during the run is checked with what the run has done by then: the group
    /// chosen and the results fetched count, whether its path is written out or a variable.
    @Test func anIncludeIsCheckedWithTheGroupTheCallerChose() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment(user: "tester"))
        _ = try blitz.file("sub/inner.blitz", "order 1\n")
        _ = try blitz.file("sub/tester.blitz", "order 2\nexpect ${group} == 2\n")
        let script = try blitz.file(
            "main.blitz", "use 2\nsearch state=FL qty=2\nsource sub/inner.blitz\nsource sub/${user}.blitz\n")

        let run = try blitz.run(["--yes", script.path])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "Ordering 1 number into group 2").count == 3)
    }

    /// A path from a value only the run knows is left to the run, which may name another file
    /// than the check's stand-in does; one from `-v` is checked before anything runs.
    @Test func anIncludeIsFollowedBeforeTheRunOnlyWhenItsPathIsKnown() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        _ = try blitz.file("states/FL.blitz", "serch state=FL\n")
        _ = try blitz.file("states/GA.blitz", "echo in Georgia\n")
        let byResult = try blitz.file(
            "by-result.blitz", "search state=GA qty=1\nset st=${results[1].state}\nsource states/$st.blitz\n")
        let byParameter = try blitz.file("by-parameter.blitz", "search state=GA qty=1\nsource states/$st.blitz\n")

        let fromResult = try blitz.run([byResult.path])
        let fromParameter = try blitz.run(["-v", "st=FL", byParameter.path])

        #expect(fromResult.status == 0, "\(fromResult.stderr)")
        #expect(fromResult.stdout.hasSuffix("in Georgia\n"))
        #expect(fromParameter.status == 2)
        #expect(fromParameter.stdout.isEmpty, "nothing ran")
        #expect(fromParameter.stderr.contains("error: states/FL.blitz:1:1: Unknown command 'serch'"))
    }

    /// Files included from includes are named from the outermost script's folder, in a run
    /// and in `blitz check` alike.
    @Test func aNestedIncludeIsNamedFromTheOutermostScriptsFolder() throws {
        let blitz = try BlitzProcess()
        _ = try blitz.file("n/b.blitz", "echo in b\nsource c.blitz\n")
        _ = try blitz.file("n/c.blitz", "echo in c\nserch state=FL\n")
        let script = try blitz.file("main.blitz", "source n/b.blitz\n")

        let run = try blitz.run([script.path])
        let check = try blitz.run(["check", script.path])

        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: n/c.blitz:2:1: Unknown command 'serch'"), "\(run.stderr)")
        #expect(check.stderr.hasPrefix("n/c.blitz:2:1: Unknown command 'serch'"), "\(check.stderr)")
    }
}
