import Foundation
import Testing

/// Each `;`-separated command of a script counts on its own, and `${error}` and the session's
/// values say plainly what went wrong.
struct ScriptCommandTests {
    @Test func onErrorContinueGoesOnWithTheNextCommandOfTheSameLine() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["-c", "on-error continue; search state=FL qty=600; echo after"])

        #expect(run.status == 1)
        #expect(run.stdout == "after\n")
        #expect(run.stderr.contains("-c:1:20: The API refused the request (412): Invalid Quantity."))
    }

    @Test func inAFileEachCommandOfALineCountsForOnErrorAndForError() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file(
            "lines.blitz",
            "on-error continue\nuse 99; echo same-line [${error}]\nuse 2; echo [${error}]\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 1)
        #expect(run.stdout == "same-line [There is no group 99: your groups are 2, 3, 4.]\n[]\n", "\(run.stderr)")
    }

    @Test func underStopAFailureStopsBeforeTheNextCommandOfTheSameLine() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file("stop.blitz", "echo first\nuse 99; echo same-line\necho next-line\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 1)
        #expect(run.stdout == "first\n")
        #expect(run.stderr.contains("stop.blitz:2:1: There is no group 99"))
    }

    @Test func errorHoldsTheMessageOfAnUnsetVariable() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["-c", "on-error continue; echo $nosuch; echo [${error}]"])

        #expect(run.status == 2)
        #expect(run.stdout == "[Variable 'nosuch' is not set; set it with set nosuch=VALUE or -v nosuch=VALUE.]\n")
    }

    /// Each case: a reference used before the command that fills it, and what it says.
    @Test(arguments: [
        ("${groups[1].id}", "The groups have not been listed yet: run 'groups' before using ${groups[1].id}."),
        ("${results[1].number}", "There are no results yet: run a search before using ${results[1].number}."),
        (
            "${assigned[1].number}",
            "Your numbers have not been listed yet: run 'assigned' before using ${assigned[1].number}."
        ),
    ])
    func collectionsNotFetchedYetSayWhichCommandFillsThem(reference: String, message: String) throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["-c", "echo \(reference)"])

        // Nothing before it could fetch the collection, so the check before the run refuses it.
        #expect(run.status == 2)
        #expect(run.stderr.contains("-c:1:6: \(message)"), "\(run.stderr)")
    }

    /// A filter that leaves no results replaces them, so each way of reaching for them says
    /// that, and that a new search brings more, rather than that no search ran.
    @Test(arguments: [
        ("results 1", "69: cannot select '1': the last filter matched none of the 5 results, so none are shown"),
        ("order 1 group=2", "67: There are no results to order from: the last filter matched none of the 5 results"),
    ])
    func anEmptyFilterIsNotTakenForAMissingSearch(command: String, message: String) throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["--yes", "-c", "search state=FL qty=5; results ratecenter=NOWHERE; results; \(command)"])

        #expect(run.status == 2)
        #expect(
            run.stdout.hasSuffix(
                "No results: the last filter matched none of the 5 results, so none are shown;"
                    + " search again for more.\n"))
        #expect(run.stderr.contains("-c:1:\(message)"), "\(run.stderr)")
        #expect(!run.stderr.contains("run a search first"))
    }

    @Test func anIndexPastAListedCollectionStillSaysHowManyThereAre() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["-c", "groups; echo ${groups[9].id}"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("groups[9] does not exist: there are 3 groups."))
    }

    /// Each case: a bad reference and the hint it gets.
    @Test(arguments: [
        (
            "${results.nope}",
            "'results.nope' is not a value: each of the results has the field number, id, ratecenter,"
                + " state or lata (${results[1].number}), and there is results.count (${results.count})."
        ),
        (
            "${results[-1].number}",
            "'-1' in '${results[-1].number}' is not an index: an index is a whole number from 1,"
                + " e.g. ${results[1].number}"
        ),
        ("${tn.x}", "'tn.x' is not a value: only results, groups and assigned have fields"),
    ])
    func badReferencesGetHintsThatCouldWork(reference: String, message: String) throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["-c", "echo \(reference)"])

        #expect(run.status == 2)
        #expect(run.stderr.contains("-c:1:6: \(message)"), "\(run.stderr)")
        #expect(!run.stderr.contains("set results.nope"))
    }
}
