import BlitzSandbox
import BlitzShell
import Foundation
import Testing

/// Issue 5 through the real binary: orders sent once, the journal, re-sign-in, a dying
/// server, secrets kept out of files, the credentials file and TLS.
struct SafetyTests {
    @Test func lostOrderReplyIsSentOnceAndConfirmedThroughAssigned() throws {
        let log = RequestLog()
        let sandbox = try TestSandbox(log: log) { $0.dropAfterCommitRate = 1 }
        let blitz = try BlitzProcess(environment: sandbox.environment())

        // The closed connection is noticed at once; the timeout only bounds a hang, with room for
        // a busy machine, where 2 seconds could run out for the search before it.
        let run = try blitz.run(["--yes", "--timeout", "10", "-c", "search state=FL qty=2; order 1,2 group=2"])

        #expect(run.status == 1, "a lost reply fails a script: \(run.stderr)")
        #expect(log.count("/RequestNumbers") == 1)
        #expect(run.stdout.components(separatedBy: "ordered (confirmed)").count == 3)
        #expect(run.stderr.contains("Assigned was asked what really happened"))
        let entries = try blitz.journal().entries()
        #expect(entries.count == 1)
        #expect(entries.first?.lines.map(\.outcome) == [.confirmedOrdered, .confirmedOrdered])
    }

    @Test func journalListsAndUndoReturnsThisSessionsOrders() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = "search state=FL qty=3; order 1,3 group=2; undo; assigned; journal --since 1h; journal --json"

        let run = try blitz.run(["--yes", "-c", script])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("You hold no numbers."))
        #expect(run.stdout.contains("TIME  "))
        let json = try #require(run.stdout.split(separator: "\n").last)
        let entries = try JSONDecoder().decode([JournalEntry].self, from: Data(json.utf8))
        #expect(entries.map(\.action) == [.order, .return])
        #expect(entries.last?.lines.map(\.outcome) == [.returned, .returned])
        #expect(entries.first?.lines.map(\.number) == entries.last?.lines.map(\.number))
    }

    @Test func undoOnARealTargetInAScriptNeedsYes() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let ordered = try blitz.run(["--yes", "-c", "search state=FL qty=1; order 1 group=2"])
        #expect(ordered.status == 0)

        // A new process is a new session: it has nothing of its own to undo.
        let other = try blitz.run(["-c", "undo"])
        #expect(other.status == 0)
        #expect(other.stderr.contains("Nothing to undo"))

        // Refused before anything runs, so not even the search is sent.
        let refused = try blitz.run(["-c", "search state=FL qty=1; order 1 group=2"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("only when blitz is started with --yes"))
        #expect(refused.stderr.contains("Nothing was run"))
        #expect(refused.stdout.isEmpty, "\(refused.stdout)")

        let dryRun = try blitz.run(["--dry-run", "-c", "search state=FL qty=1; order 1 group=2"])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
    }

    @Test func searchesSurviveInjectedFailuresAndOrdersNeverRepeat() throws {
        let log = RequestLog()
        let sandbox = try TestSandbox(log: log) { $0.failRate = 0.1 }
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let searches = Array(repeating: "search state=FL qty=1", count: 20).joined(separator: "; ")

        let run = try blitz.run(["--yes", "-c", searches + "; order 1 group=2"])

        #expect(log.count("/SearchForNumbers", status: "200") == 20, "\(run.stderr)")
        #expect(log.count("/RequestNumbers") == 1)
        let entry = try #require(try blitz.journal().entries().first)
        #expect(entry.lines.allSatisfy { $0.outcome.isSettled })
        print("fail-rate 0.1: \(log.count("", status: "503")) answers 503 out of \(log.all.count) requests")
    }

    @Test func longScriptSignsInAgainWhenTheTokenRunsOut() throws {
        let log = RequestLog()
        // Every reply waits 200 ms, so the script outlives several two-second tokens.
        let sandbox = try TestSandbox(log: log) { configuration in
            configuration.tokenLifetime = 2
            configuration.latencyMilliseconds = 200
        }
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let commands = Array(repeating: "search state=FL qty=1; groups; ping", count: 7).joined(separator: "; ")

        let run = try blitz.run(["-c", commands])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(log.count("/SignIn") >= 3, "signed in \(log.count("/SignIn")) times")
        #expect(log.count("/ResourceGroups", status: "401") <= 8)
    }

    @Test func killedSandboxEndsTheScriptWithThreeAndAConsistentJournal() throws {
        let sandbox = try SandboxProcess(["--latency", "100"])
        let environment = ["BLITZ_URL": sandbox.url.absoluteString, "BLITZ_USERNAME": "u", "BLITZ_PASSWORD": "sandbox"]
        let blitz = try BlitzProcess(environment: environment)
        let round = "search state=FL qty=1; order 1 group=2"
        let script = Array(repeating: round, count: 40).joined(separator: "; ")

        let requests = sandbox.requests
        let pid = sandbox.process.processIdentifier
        let watcher = Thread {
            while requests.count("/RequestNumbers") < 2 { usleep(5_000) }
            kill(pid, SIGKILL)
        }
        watcher.start()
        let run = try blitz.run(["--yes", "-c", script])

        #expect(run.status == 3, "\(run.stderr)")
        let entries = try blitz.journal().entries()
        #expect(entries.count >= 2)
        for entry in entries {
            #expect(!entry.lines.isEmpty)
            for line in entry.lines {
                #expect(line.outcome != .noOutcome, "entry \(entry.id) \(line.number) has no outcome")
                #expect(line.outcome.isSettled || line.outcome == .unknown)
            }
        }
    }

    @Test func passwordAndTokenStayOutOfJournalTraceAndOutput() throws {
        let password = "pw-Zq8-\(UUID().uuidString.prefix(8))"
        let sandbox = try TestSandbox { $0.password = password }
        var environment = sandbox.environment()
        environment["BLITZ_PASSWORD"] = password
        let blitz = try BlitzProcess(environment: environment)
        let script =
            "trace on; login; search state=FL qty=2; order 1 group=2; return ${results[1].number}; status; curl"

        let run = try blitz.run(["--yes", "-c", script])
        let trace = try blitz.file("trace.txt", run.stderr)

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Authorization: Bearer [redacted]"))
        #expect(run.stderr.contains("\"password\":\"[redacted]\""))
        let journal = try Data(contentsOf: blitz.home.appendingPathComponent("state/blitz/journal.db"))
        let texts = [
            "stdout": run.stdout, "trace": try String(contentsOf: trace, encoding: .utf8),
            "journal": String(decoding: journal, as: UTF8.self),
        ]
        for (name, text) in texts {
            #expect(!text.contains(password), "the password is in \(name)")
            #expect(text.firstMatch(of: /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\./) == nil, "a token is in \(name)")
        }
    }

    @Test func historyKeepsNeitherAPasswordTypedByMistakeNorTheToken() throws {
        let password = "pw-\(UUID().uuidString.prefix(8))"
        let sandbox = try TestSandbox { $0.password = password }
        var environment = sandbox.environment()
        environment["BLITZ_PASSWORD"] = password
        let blitz = try BlitzProcess(environment: environment)
        let terminal = try TmuxSession([BlitzProcess.binary.path], environment: blitz.environment)
        defer { terminal.kill() }
        let host = "127.0.0.1:\(sandbox.url.port ?? 0)"

        try terminal.waitFor("tester@\(host)>")
        #expect(try terminal.screen().contains("on \(host) (\(sandbox.url.absoluteString)), not the embedded sandbox"))
        for line in [password, "ping", "trace on", "groups"] {
            try terminal.type(line)
            try terminal.press("Enter")
        }
        try terminal.waitFor("Primary SIP trunk")
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)

        let history = try String(
            contentsOf: blitz.home.appendingPathComponent("state/blitz/history"), encoding: .utf8)
        #expect(history.contains("ping") && history.contains("groups"))
        #expect(!history.contains(password))
        let screen = try terminal.scrollback()
        #expect(screen.contains("That line holds your password or token, so it was neither run nor kept"))
        #expect(screen.components(separatedBy: password).count == 2, "only the typing itself shows it")
    }

    @Test(.enabled(if: ["/usr/bin/curl", "/usr/bin/jq"].allSatisfy(FileManager.default.isExecutableFile)))
    func curlCommandReproducesTheLastRequestWithoutHoldingSecrets() throws {
        let password = "pw-\(UUID().uuidString.prefix(8))"
        let sandbox = try TestSandbox { $0.password = password }
        var environment = sandbox.environment()
        environment["BLITZ_PASSWORD"] = password
        let blitz = try BlitzProcess(environment: environment)

        let run = try blitz.run(["--yes", "-c", "search state=FL qty=1; order 1 group=2; assigned; curl"])
        let command = try #require(run.stdout.split(separator: "\n").last.map(String.init))
        let hint = try #require(run.stderr.split(separator: "\n").first { $0.hasPrefix("  export BLITZ_TOKEN=") })

        #expect(command.hasPrefix("curl ") && command.contains("$BLITZ_TOKEN"))
        #expect(!command.contains(password) && !hint.contains(password))
        let shell = Process()
        let output = Pipe()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "\(hint)\n\(command)"]
        shell.environment = ["PATH": "/usr/bin:/bin", "BLITZ_PASSWORD": password]
        shell.standardOutput = output
        try shell.run()
        let reply = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        let ordered = try #require(run.stdout.firstMatch(of: /\n1  (\d{10})/)?.output.1)
        #expect(reply.contains("\"\(ordered)\""), "the replayed Assigned lists the order: \(reply)")
    }

    @Test(arguments: [0o644, 0o640, 0o604])
    func credentialsFileOthersCanReadIsRefused(mode: Int) throws {
        let blitz = try BlitzProcess()
        let file = try credentialsFile(in: blitz, "[default]\nusername = dana\npassword = pw-not-shown\n", mode: mode)

        let run = try blitz.run(["-c", "status"])

        #expect(run.status == 2)
        #expect(run.stderr.contains("chmod 600 \(file.path)"))
        #expect(!run.stderr.contains("pw-not-shown"))
    }

    @Test func credentialsFileProfileSuppliesUrlUserAndPassword() throws {
        let password = "pw-\(UUID().uuidString.prefix(8))"
        let sandbox = try TestSandbox { $0.password = password }
        let blitz = try BlitzProcess()
        let text =
            "[default]\nusername = dana\n\n[lab]\nurl = \(sandbox.url.absoluteString)\nusername = erin\n"
            + "password = \(password)\n"
        _ = try credentialsFile(in: blitz, text, mode: 0o600)

        let lab = try blitz.run(["--profile", "lab", "--json", "-c", "status"])
        let fallback = try blitz.run(["--json", "-c", "status"])
        let elsewhere = try blitz.run(["--profile", "lab", "--url", "http://127.0.0.1:9", "--json", "-c", "status"])

        #expect(lab.status == 0, "\(lab.stderr)")
        #expect(lab.stdout.contains("\"user\":\"erin\"") && lab.stdout.contains("\"sandbox\":false"))
        #expect(fallback.stdout.contains("\"user\":\"dana\"") && fallback.stdout.contains("\"sandbox\":true"))
        #expect(elsewhere.stdout.contains("\"signedIn\":false"), "the lab password is not lent to another URL")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func selfSignedServerIsRefusedUnlessItsCertificateIsTrustedWithCACert() throws {
        let server = try SelfSignedServer()
        defer { server.stop() }
        let blitz = try BlitzProcess(environment: ["BLITZ_URL": server.url.absoluteString])

        let refused = try blitz.run(["-c", "ping"])
        let trusted = try blitz.run(["--cacert", server.certificate.path, "-c", "ping"])

        #expect(refused.status == 3)
        #expect(
            refused.stderr.contains("The TLS certificate of \(server.url.absoluteString) could not be verified"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("--cacert FILE"))
        #expect(trusted.status == 0, "\(trusted.stderr)")
    }

    private func credentialsFile(in blitz: BlitzProcess, _ text: String, mode: Int) throws -> URL {
        let directory = blitz.home.appendingPathComponent("config/blitz")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("credentials")
        try Data(text.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        return file
    }
}
