import Foundation
import Testing

/// Each reason a command finds nobody signed in is told as itself, never as an expired session.
struct SignInMessageTests {
    @Test func anUnreachableAPISaysSoEvenWithoutAUserName() throws {
        let blitz = try BlitzProcess(environment: ["BLITZ_PASSWORD": "x"])

        let run = try blitz.run(["--url", "http://127.0.0.1:1", "-c", "groups"])

        #expect(run.status == 3)
        #expect(run.stderr.contains("Cannot reach the API at http://127.0.0.1:1: connection refused."), "\(run.stderr)")
        #expect(!run.stderr.contains("expired"))
    }

    @Test func aSignInAnsweredWithAServerErrorExitsThreeAndSaysItWasTheSignIn() throws {
        // Every request is answered 503, so the sign-in runs out of tries (about ten seconds).
        let sandbox = try TestSandbox { $0.failRate = 1 }

        let run = try BlitzProcess(environment: sandbox.environment()).run(["-c", "groups"])

        #expect(run.status == 3, "\(run.stderr)")
        let said = "The sign-in as 'tester' failed: The API refused the request (503)"
        #expect(run.stderr.contains(said), "\(run.stderr)")
    }

    @Test func withoutAPasswordOrATerminalItSaysHowToGiveOne() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess()

        let run = try blitz.run(["--url", sandbox.url.absoluteString, "--user", "x", "-c", "groups"])

        #expect(run.status == 3)
        #expect(run.stderr.contains("No password was given for 'x'"), "\(run.stderr)")
        #expect(run.stderr.contains("BLITZ_PASSWORD") && run.stderr.contains("credentials profile"))
        #expect(run.stderr.contains("at a terminal"))
        #expect(!run.stderr.contains("expired") && !run.stderr.contains("keeps its password"))
    }

    @Test func aProfileBoundToAnotherURLIsNamedAsTheReason() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess()
        try credentials(in: blitz, "[default]\nurl = http://127.0.0.1:9\nusername = x\npassword = pw-kept\n")

        let run = try blitz.run(["--url", sandbox.url.absoluteString, "--user", "x", "-c", "groups"])

        #expect(run.status == 3)
        #expect(run.stderr.contains("No password was given for 'x'"), "\(run.stderr)")
        #expect(
            run.stderr.contains("The credentials profile 'default' keeps its password for http://127.0.0.1:9 only."))
        #expect(!run.stderr.contains("pw-kept"))
    }

    @Test func aRefusedSignInAtStartIsTheOnlyMessage() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: ["BLITZ_PASSWORD": "wrong"])

        let named = try blitz.run(["--url", sandbox.url.absoluteString, "--user", "x", "-c", "groups"])
        // Without --user the sign-in is still made, as $USER, and its refusal told.
        let unnamed = try blitz.run(["--url", sandbox.url.absoluteString, "-c", "groups"])

        #expect(named.status == 3 && unnamed.status == 3)
        #expect(named.stderr.contains("Sign-in as 'x' was refused (401)"), "\(named.stderr)")
        #expect(unnamed.stderr.contains("Sign-in as 'trainee' was refused (401)"), "\(unnamed.stderr)")
        #expect(!named.stderr.contains("expired") && !unnamed.stderr.contains("expired"))
    }

    @Test func aCommandAfterARefusedLoginSaysTheSignInFailed() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess()
        // The profile's password belongs to erin, so the start-up sign-in as x is not tried.
        try credentials(in: blitz, "[default]\nusername = erin\npassword = wrong\n")

        let script = try blitz.file("login.blitz", "on-error continue\nlogin erin\ngroups\n")
        let run = try blitz.run(["--url", sandbox.url.absoluteString, "--user", "x", script.path])

        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("Sign-in as 'erin' was refused (401)"))
        #expect(run.stderr.contains("You are not signed in: the sign-in as 'erin' failed; try 'login' again."))
        #expect(!run.stderr.contains("expired"))
    }

    @Test func logoutThenGroupsAtThePromptSaysYouAreNotSignedIn() throws {
        let sandbox = try TestSandbox()
        let shell = try InteractiveShell(environment: sandbox.environment())
        let prompt = "tester@127.0.0.1:\(sandbox.url.port ?? 0)> "
        try shell.waitForPrompt(prompt)

        try shell.run("logout", prompt: "127.0.0.1:\(sandbox.url.port ?? 0)> ")
        let output = try shell.run("groups", prompt: "127.0.0.1:\(sandbox.url.port ?? 0)> ")

        #expect(output.contains("You are not signed in: you signed out; sign in with 'login'."), "\(output)")
        #expect(!output.contains("expired"))
    }

    @Test func aTrailingSlashStillNamesTheProfilesURL() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess()
        try credentials(in: blitz, "[lab]\nurl = \(sandbox.url.absoluteString)\nusername = erin\npassword = sandbox\n")

        let given = sandbox.url.absoluteString + "/"
        let run = try blitz.run(["--profile", "lab", "--url", given, "--json", "-c", "status"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"signedIn\":true") && run.stdout.contains("\"user\":\"erin\""))
    }

    private func credentials(in blitz: BlitzProcess, _ text: String) throws {
        let directory = blitz.home.appendingPathComponent("config/blitz")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("credentials")
        try Data(text.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }
}
