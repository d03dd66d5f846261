import Foundation
import Testing

/// Runs `blitz check -v state=FL` on each script in Fixtures/check and compares what it
/// reports and its exit status with the golden `NAME.out` beside it.
///
/// There is one script per kind of problem, one with every kind at once, and a clean one.
/// `BLITZ_UPDATE_GOLDEN=1 swift test` rewrites the golden files from the current output.
struct CheckGoldenTests {
    static let fixtures = BlitzProcess.packageRoot.appendingPathComponent("Tests/BlitzEndToEndTests/Fixtures/check")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".blitz") }.map { String($0.dropLast(6)) }.sorted()
    }

    @Test(arguments: scripts)
    func checkReportMatchesGolden(script: String) throws {
        let blitz = try BlitzProcess()
        let run = try blitz.run(["check", "-v", "state=FL", "\(script).blitz"], directory: Self.fixtures)
        let actual = "exit \(run.status)\n" + run.stdout + run.stderr
        let golden = Self.fixtures.appendingPathComponent("\(script).out")

        if ProcessInfo.processInfo.environment["BLITZ_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "blitz check \(script).blitz differs from \(golden.lastPathComponent)")
    }

    @Test func checkStartsNoSandboxAndWritesNothing() throws {
        let blitz = try BlitzProcess()
        let run = try blitz.run(["check", "-v", "state=FL", "clean.blitz"], directory: Self.fixtures)

        #expect(run.status == 0, "\(run.stderr)")
        let data = blitz.home.appendingPathComponent("data/blitz")
        #expect(!FileManager.default.fileExists(atPath: data.path), "no sandbox was started")
        for written in ["picks.csv", "session.blitz"] {
            let url = Self.fixtures.appendingPathComponent(written)
            #expect(!FileManager.default.fileExists(atPath: url.path), "check must not write \(written)")
        }
    }

    @Test func parametersCountOnlyWhenGiven() throws {
        let run = try BlitzProcess().run(["check", "clean.blitz"], directory: Self.fixtures)
        #expect(run.status == 2)
        #expect(run.stderr.contains("clean.blitz:3:14: Variable 'state' is not set"))
    }

    @Test func everyFileIsCheckedAndCounted() throws {
        let run = try BlitzProcess().run(
            ["check", "unknown-key.blitz", "missing-file.blitz", "bad-state.blitz"], directory: Self.fixtures)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown-key.blitz:1:8:"))
        #expect(run.stderr.contains("missing-file.blitz:1:1: Cannot read the script 'missing-file.blitz'"))
        #expect(run.stderr.contains("bad-state.blitz:1:14:"))
        #expect(run.stderr.hasSuffix("Checked 3 files: 3 problems.\n"))
    }

    /// A script that orders on a configured URL without `--yes` is a problem `check` finds.
    @Test func anOrderOnAConfiguredURLWithoutYesIsAProblem() throws {
        let arguments = ["--url", "http://127.0.0.1:9", "check", "-v", "state=FL", "clean.blitz"]
        let run = try BlitzProcess().run(arguments, directory: Self.fixtures)
        #expect(run.status == 2)
        #expect(run.stderr.contains("may order numbers on 127.0.0.1:9 only when blitz is started with --yes"))
    }

    /// `check` is the mode wherever the options stand; check never contacts the URL given.
    @Test(arguments: [
        ["-v", "state=FL", "check", "clean.blitz"],
        ["--url", "http://127.0.0.1:9", "--yes", "check", "-v", "state=FL", "clean.blitz"],
    ])
    func checkMayFollowOptions(arguments: [String]) throws {
        let run = try BlitzProcess().run(arguments, directory: Self.fixtures)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "Checked 1 file: no problems.\n")
    }
}
