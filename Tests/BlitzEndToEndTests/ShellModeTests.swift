import Foundation
import Testing

/// How `blitz` starts, reads scripts and exits, run as the real binary.
struct ShellModeTests {
    @Test func versionAndHelpExitZero() throws {
        let blitz = try BlitzProcess()
        let version = try blitz.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("blitz "))

        let help = try blitz.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit status:"))
        #expect(help.stdout.contains("3  cannot reach or sign in to the API"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try BlitzProcess().run(["--jsno"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown option '--jsno': did you mean '--json'?"))
    }

    @Test func commandsRunFromTheCommandLineAndStandardInput() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())

        let inline = try blitz.run(["-c", "ping; search state=FL contains=2031 qty=2"])
        let piped = try blitz.run([], input: "ping\nsearch state=FL contains=2031 qty=2\n")

        #expect(inline.status == 0)
        #expect(inline.stdout.contains("2.7.1"))
        #expect(inline.stdout == piped.stdout)
        #expect(!piped.stdout.contains("\u{1B}["), "script mode writes no escape codes")
    }

    @Test func scriptErrorsNameFileLineAndColumnAndStopTheScript() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file("typo.blitz", "ping\n\nsearch state=FL stat=FL\nping\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 2)
        #expect(run.stderr.contains("typo.blitz:3:17: Unknown key 'stat' for 'search': did you mean 'state'?"))
        #expect(run.stderr.contains("    search state=FL stat=FL\n                    ^"))
        #expect(run.stdout.isEmpty, "a problem found before the run refuses the whole script, the first ping too")
    }

    @Test func failedCommandExitsOne() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["--yes", "-c", "order 1 group=2"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("run a search first"))

        let refused = try BlitzProcess(environment: sandbox.environment()).run(["-c", "search state=FL qty=0"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Invalid Quantity"))
    }

    @Test func unreachableAPIExitsThree() throws {
        let environment = ["BLITZ_URL": "http://127.0.0.1:9", "BLITZ_USERNAME": "x", "BLITZ_PASSWORD": "y"]
        let run = try BlitzProcess(environment: environment).run(["-c", "ping"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("Cannot reach the API at http://127.0.0.1:9"))
    }

    @Test func wrongPasswordExitsThreeWithoutShowingIt() throws {
        let sandbox = try TestSandbox()
        var environment = sandbox.environment()
        environment["BLITZ_PASSWORD"] = "hunter2-wrong"
        let run = try BlitzProcess(environment: environment).run(["-c", "groups"])
        #expect(run.status == 3)
        #expect(!run.stderr.contains("hunter2-wrong") && !run.stdout.contains("hunter2-wrong"))
    }

    @Test func embeddedSandboxIsTheDefaultTarget() throws {
        let blitz = try BlitzProcess()
        let run = try blitz.run(["-c", "search endswith=1886 startswith=3212031 qty=1; groups"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("3212031886"))
        #expect(run.stdout.contains("WINTERPARK"))
        let dataDirectory = blitz.home.appendingPathComponent("data/blitz/sandbox")
        #expect(FileManager.default.fileExists(atPath: dataDirectory.path))
    }

    @Test func shebangScriptsRun() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let bin = blitz.home.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: bin.appendingPathComponent("blitz"), withDestinationURL: BlitzProcess.binary)
        blitz.environment["PATH"] = bin.path + ":" + (blitz.environment["PATH"] ?? "")
        let script = try blitz.file("hello.blitz", "#!/usr/bin/env blitz\nping\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)

        let process = Process()
        process.executableURL = script
        process.environment = blitz.environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        #expect(output.contains("2.7.1"))
    }
}

/// `on-error continue` goes on past a failure, but the exit status still reports it.
struct ContinuedFailureTests {
    @Test func aScriptThatWentOnPastAFailureStillExitsOne() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = try blitz.file("go-on.blitz", "on-error continue\nsearch state=FL qty=0\nping\n")

        let run = try blitz.run([script.path])

        #expect(run.status == 1)
        #expect(run.stdout.contains("2.7.1"), "the line after the failure ran")
        #expect(run.stderr.contains("go-on.blitz:2:1: The API refused the request (412): Invalid Quantity."))
    }

    @Test func assignedTakesAnUnquotedFormattedNumber() throws {
        let sandbox = try TestSandbox()
        let run = try BlitzProcess(environment: sandbox.environment()).run(["-c", "assigned (321) 203-1886"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("3212031886 is not assigned to you."))
    }

    @Test func anAPIURLWithAQueryIsRefusedWithoutQuotingIt() throws {
        let run = try BlitzProcess().run(["--url", "https://api.example.com/?key=s3cret", "-c", "ping"])
        #expect(run.status == 2)
        #expect(!run.stderr.contains("s3cret"))
    }
}
