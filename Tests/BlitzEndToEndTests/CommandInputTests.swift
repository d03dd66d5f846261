import Foundation
import Testing

/// What `order`, `return`, `search` and `export` make of awkward input, against a sandbox:
/// numbers over several words, selections after `results`, odd quantities and export paths.
struct CommandInputTests {
    @Test func orderAndReturnTakeNumbersTypedOverSeveralWords() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let run = try blitz.run([
            "--yes", "-c",
            "use 2; order (239) 213-9114; order +1 239 226 7692; return (239) 213-9114 239 226 7692; assigned",
        ])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Ordering 1 number into group 2 (Primary SIP trunk): 2392139114"))
        #expect(run.stderr.contains("Ordering 1 number into group 2 (Primary SIP trunk): 2392267692"))
        #expect(run.stderr.contains("Returning 2 numbers: 2392139114, 2392267692"))
        #expect(run.stdout.hasSuffix("You hold no numbers.\n"))
    }

    @Test func wordsThatReadTwoWaysAreRefusedAndNothingIsOrdered() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let run = try blitz.run(["--yes", "-c", "search state=FL qty=4; order 1 239 226 7692 group=2"])
        let held = try blitz.run(["-c", "assigned"])

        #expect(run.status == 2)
        // The check before the run knows no results yet, so each short word may be an index.
        #expect(run.stderr.contains("'1 239 226 7692' reads two ways, as 1,239,226,7692 or as 2392267692"))
        #expect(run.stderr.contains("Nothing was run"))
        #expect(held.stdout == "You hold no numbers.\n")
    }

    @Test func aWordAfterPrefixIsRefusedRatherThanTakenAsAResult() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let run = try blitz.run(["--yes", "-c", "search state=FL qty=30; order 1 group=2 prefix=111 21"])
        let held = try blitz.run(["-c", "assigned"])

        #expect(run.status == 2)
        #expect(run.stderr.contains("'21' comes after prefix=111: put the results or numbers first"), "\(run.stderr)")
        #expect(held.stdout == "You hold no numbers.\n")
    }

    @Test func aTildeInAPathIsTheHomeTheEnvironmentNames() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())

        let run = try blitz.run(["-c", "search state=FL qty=1; export ~/picked.csv"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: blitz.home.appendingPathComponent("picked.csv").path))
    }

    @Test func returnOfOnlyCommasAsksForNumbers() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["--yes", "-c", "return ,"])

        #expect(run.status == 2)
        #expect(run.stderr.contains("'return' needs the numbers to give back"))
    }

    @Test func anIndexPastNarrowedResultsNamesTheResultsShown() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["--yes", "-c", "search state=FL qty=4; results 1; order 4 group=2"])

        #expect(run.status == 2)
        #expect(run.stderr.contains("index 4 is out of range: the results shown hold 1 number (1)"))
    }

    @Test func aQuantityPastAnyIntegerIsRefusedButZeroAndNegativesReachTheAPI() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let huge = try blitz.run(["-c", "search state=FL qty=99999999999999999999"])
        let word = try blitz.run(["-c", "search state=FL qty=five"])
        let negative = try blitz.run(["-c", "search state=FL qty=-1"])

        #expect(huge.status == 2)
        #expect(huge.stderr.contains("qty must be from 1 to 500, e.g. qty=5; '99999999999999999999' is out of range."))
        #expect(word.stderr.contains("qty must be from 1 to 500, e.g. qty=5; 'five' is not a whole number."))
        #expect(negative.status == 1)
        #expect(negative.stderr.contains("The API refused the request (412): Invalid Quantity."))
    }

    @Test func anOrderPastMaxOrderIsRefusedBeforeTheNumbersAreListed() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["--yes", "-c", "set max-order=2; search state=FL qty=3; order all group=2"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("Ordering 3 numbers is more than max-order allows (2)"))
        #expect(!run.stderr.contains("Ordering 3 numbers into group"))
    }

    @Test func orderingANumberYouHoldSaysSo() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["--yes", "-c", "order 2392139114 group=2; order 2392139114 group=3"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("You already hold 2392139114 (assigned to group 2), so nothing was ordered"))
    }

    @Test func aRateCenterLosesItsAccentsNotItsLetters() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["-c", "search ratecenter=CAFÉ"])

        #expect(run.stderr.contains("ratecenter: CAFÉ → CAFE\n"))
    }

    @Test func exportRefusesFoldersMissingFoldersBareExtensionsAndNoResults() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        try FileManager.default.createDirectory(
            at: blitz.home.appendingPathComponent("dirx.csv"), withIntermediateDirectories: false)
        let cases = [
            ("search state=FL qty=2; export dirx.csv", "'dirx.csv' is a directory;"),
            ("search state=FL qty=2; export /nonexistent/dir/x.csv", "The folder '/nonexistent/dir' does not exist;"),
            ("export x.csv", "There are no results to export; run search first."),
            ("search ratecenter=NOWHERE; export x.csv", "There are no results to export; run search first."),
            ("export .csv", "'.csv' needs a file name before .csv, e.g. numbers.csv."),
        ]
        for (line, message) in cases {
            let run = try blitz.run(["-c", line])
            #expect(run.status != 0 && run.stderr.contains(message), "\(line): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: blitz.home.appendingPathComponent("x.csv").path))
    }

    @Test func orderAndReturnReadTheJSONThatExportWrites() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let run = try blitz.run([
            "--yes", "-c",
            "search state=FL qty=2; export p.json; order --from p.json group=2; return --from p.json; assigned",
        ])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Ordering 2 numbers into group 2 (Primary SIP trunk): 2392139114, 2392250438"))
        #expect(run.stderr.contains("Returning 2 numbers: 2392139114, 2392250438"))
        #expect(run.stdout.hasSuffix("You hold no numbers.\n"))
    }
}
