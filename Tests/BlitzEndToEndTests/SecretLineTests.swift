import Foundation
import Testing

/// `record`, `--echo` and the prompt find the password as a value of its own, and only so.
struct SecretLineTests {
    static let password = "Zq7-pw_UNIQUE!x"

    @Test func recordLeavesOutLinesWithThePasswordAndEchoRedactsThem() throws {
        let target = try PasswordTarget()
        let pw = Self.password
        let script = "record leak.blitz; echo \(pw); set a=\(pw); echo \(pw)s; ping; record stop"

        let run = try target.blitz.run(["--echo", "-c", script])
        let recorded = try String(contentsOf: target.blitz.home.appendingPathComponent("leak.blitz"), encoding: .utf8)

        #expect(run.status == 0, "\(run.stderr)")
        let standing = recorded.split(separator: "\n").filter { $0.hasSuffix(" \(pw)") || $0.hasSuffix("=\(pw)") }
        #expect(standing.isEmpty, "the password is in the recording:\n\(recorded)")
        let leftOut = recorded.components(separatedBy: "a command was left out here: it held your password").count
        #expect(leftOut == 3, "two comments in place of the two lines:\n\(recorded)")
        #expect(recorded.contains("echo \(pw)s") && recorded.contains("\nping\n"), "longer words are kept")
        let echoed = run.stdout.split(separator: "\n")
        #expect(echoed.contains("echo [redacted]") && echoed.contains("set a=[redacted]"), "\(run.stdout)")
        // What `echo` itself prints is the script's own output; only that shows the password.
        #expect(echoed.filter { $0 == pw }.count == 1)
        #expect(!run.stderr.contains(pw))
    }

    @Test func errorsQuotingAScriptLineNeverShowThePassword() throws {
        let target = try PasswordTarget()
        let pw = Self.password
        let script = "on-error continue; login mo \(pw); use \(pw); echo user:\(pw)@host"

        let run = try target.blitz.run(["-c", script])

        #expect(run.status != 0)
        #expect(run.stderr.contains("'login' takes at most a user name"), "\(run.stderr)")
        #expect(run.stderr.contains("[redacted]"), "\(run.stderr)")
        #expect(!run.stderr.contains(pw), "\(run.stderr)")
    }

    @Test func aPasswordBetweenPunctuationAndSecretVariablesStayOutOfRecordings() throws {
        let target = try PasswordTarget()
        let pw = Self.password
        let hidden = "Hx4secretval"
        let script = """
            record leak.blitz; echo user:\(pw)@host; set mysecret=\(hidden); echo s=$mysecret; \
            echo "quoted:\(pw)"; echo \(pw.prefix(6))"\(pw.dropFirst(6))"; record stop
            """

        let run = try target.blitz.run(["--echo", "-c", script])
        let recorded = try String(contentsOf: target.blitz.home.appendingPathComponent("leak.blitz"), encoding: .utf8)

        #expect(run.status == 0, "\(run.stderr)")
        #expect(!recorded.contains(pw) && !recorded.contains(hidden), "\(recorded)")
        #expect(!run.stderr.contains(pw) && !run.stderr.contains(hidden), "\(run.stderr)")
        let echoed = run.stdout.split(separator: "\n")
        #expect(echoed.contains("echo user:[redacted]@host"), "\(run.stdout)")
        #expect(echoed.contains("echo s=[redacted]"), "\(run.stdout)")
    }

    @Test func aPathThatMerelyContainsThePasswordIsNotRefusedAtThePrompt() throws {
        let sandbox = try TestSandbox()
        let shell = try InteractiveShell(environment: sandbox.environment())
        let prompt = "tester@127.0.0.1:\(sandbox.url.port ?? 0)> "
        try shell.waitForPrompt(prompt)
        let file = shell.home.home.appendingPathComponent("sandboxpicks.csv")

        try shell.run("search state=FL qty=1", prompt: prompt)
        let exported = try shell.run("export \(file.path)", prompt: prompt)
        let refused = try shell.run("echo sandbox", prompt: prompt)
        let split = try shell.run("echo sand\"box\"", prompt: prompt)

        #expect(exported.contains("Exported 1 number to"), "\(exported)")
        #expect(!exported.contains("holds your password"))
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(refused.contains("That line holds your password or token"), "\(refused)")
        #expect(split.contains("That line holds your password or token"), "\(split)")
    }
}

/// A standalone sandbox whose password is ``SecretLineTests/password``, and a blitz that
/// signs in to it with `BLITZ_PASSWORD`.
private struct PasswordTarget {
    let sandbox: TestSandbox
    let blitz: BlitzProcess

    init() throws {
        sandbox = try TestSandbox { $0.password = SecretLineTests.password }
        var environment = sandbox.environment()
        environment["BLITZ_PASSWORD"] = SecretLineTests.password
        blitz = try BlitzProcess(environment: environment)
    }
}
