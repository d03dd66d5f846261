import Foundation
import Testing

/// Scripting features that golden files cannot show well: `--echo`, `-v`, secrets, files
/// written by `export` and `record`, replaying a recording, and signals during a script.
struct ScriptingTests {
    @Test func echoPrintsEachCommandAfterInterpolation() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment())
            .run(["--echo", "-v", "st=FL", "-c", "set n=1; search state=$st qty=$n"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("set n=1\nsearch state=FL qty=1\n#  NUMBER"))
    }

    @Test func secretsAreNeverPrintedEchoedOrRecorded() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let run = try blitz.run([
            "--echo", "-v", "db_password=hunter2", "-c",
            "record rec.blitz; set api_token=t0ps3cret; set; record stop",
        ])
        let recorded = try String(contentsOf: blitz.home.appendingPathComponent("rec.blitz"), encoding: .utf8)

        #expect(run.status == 0, "\(run.stderr)")
        for secret in ["hunter2", "t0ps3cret"] {
            #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret) && !recorded.contains(secret))
        }
        #expect(run.stdout.contains("db_password  [redacted]"))
        #expect(recorded.contains("# set api_token=... is not recorded: it holds a secret"))
    }

    @Test func exportWritesTheLastResultsInTheAPIsShape() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let refused = try blitz.run(["-c", "search state=FL qty=2; export r.csv; export r.txt"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("-c:1:45: 'r.txt' does not end in .csv or .json"))
        #expect(!FileManager.default.fileExists(atPath: blitz.home.appendingPathComponent("r.csv").path))

        let run = try blitz.run(["-c", "search state=FL qty=2; export r.csv; export r.json"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try String(contentsOf: blitz.home.appendingPathComponent("r.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,number,ratecenter,state,lata\n"))
        #expect(csv.split(separator: "\n").count == 3)
        let json = try Data(contentsOf: blitz.home.appendingPathComponent("r.json"))
        let records = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(Set(records[0].keys) == ["id", "number", "ratecenter", "state", "lata"])
    }

    @Test func aRecordedSessionReplaysOnAFreshSandboxAndFailsClearlyOnceTheNumbersAreGone() throws {
        let first = try TestSandbox()
        let recorder = try BlitzProcess(environment: first.environment())
        let session = try recorder.run(
            ["--yes"],
            input: """
                record session.blitz
                use 2
                search state=FL qty=4
                order 1,3
                set tn=${results[1].number}
                return $tn
                record stop
                assigned
                """)
        #expect(session.status == 0, "\(session.stderr)")
        let script = recorder.home.appendingPathComponent("session.blitz")
        let recorded = try String(contentsOf: script, encoding: .utf8)
        #expect(recorded.contains("\norder 2392139114,2392267692 group=2\n"))
        #expect(recorded.contains("\nreturn 2392139114\n"))
        #expect(!recorded.contains("\nrecord"), "record and record stop are not recorded")

        let fresh = try TestSandbox()
        let replayer = try BlitzProcess(environment: fresh.environment())
        let replay = try replayer.run(["--yes", script.path])
        let held = try replayer.run(["-c", "assigned"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(held.stdout == "NUMBER      OUTPULSED   TRUNKGROUP\n2392267692  2392267692  2\n")

        let again = try replayer.run(["--yes", script.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("You already hold 2392267692 (assigned to group 2)"))
    }

    /// A signal during a request lets that command finish, then the script stops before the
    /// next one and says where.
    @Test(arguments: [(SIGINT, Int32(130), "Interrupted"), (SIGTERM, Int32(143), "Terminated (signal 15)")])
    func aSignalStopsTheScriptBetweenCommands(signal: Int32, status: Int32, word: String) throws {
        let run = try runSignalled("search state=FL qty=1\necho not reached\n", signal: signal)

        #expect(run.status == status)
        #expect(run.output.contains("2392139114"), "the search in flight finished")
        #expect(!run.output.contains("not reached"))
        #expect(run.errors.contains("\(word): stopped after slow.blitz:1; nothing after it ran."))
    }

    /// The commands of one line are commands of their own for a signal too: an order after
    /// the interrupted search never goes out.
    @Test(arguments: [(SIGINT, Int32(130), "Interrupted"), (SIGTERM, Int32(143), "Terminated (signal 15)")])
    func aSignalStopsTheScriptBetweenCommandsOfOneLine(signal: Int32, status: Int32, word: String) throws {
        let run = try runSignalled("search state=FL qty=1; order 1 group=2\n", signal: signal)

        #expect(run.status == status)
        #expect(run.output.contains("2392139114"), "the search in flight finished")
        #expect(!run.errors.contains("Ordering"), "\(run.errors)")
        #expect(run.errors.contains("\(word): stopped in slow.blitz:1 before column 24; nothing after it ran."))
    }

    /// Runs `script` as slow.blitz with `--echo` against a slow sandbox and sends `signal`
    /// once the first command is echoed, while its search is in flight.
    ///
    /// `--echo` prints the command only after the runner's last check for signals before it,
    /// so a signal sent once the echo is seen always lands while the slow search is running.
    private func runSignalled(
        _ script: String, signal: Int32
    ) throws -> (status: Int32, output: String, errors: String) {
        let sandbox = try TestSandbox { $0.latencyMilliseconds = 700 }
        let blitz = try BlitzProcess(environment: sandbox.environment())
        _ = try blitz.file("slow.blitz", script)
        let process = Process()
        process.executableURL = BlitzProcess.binary
        process.arguments = ["--echo", "--yes", "slow.blitz"]
        process.environment = blitz.environment
        process.currentDirectoryURL = blitz.home
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()

        let reader = stdout.fileHandleForReading
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("search state=FL qty=1\n") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        kill(process.processIdentifier, signal)
        seen += reader.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: seen, as: UTF8.self), errors)
    }
}
