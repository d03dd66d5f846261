import Foundation
import Testing

/// Proves the tmux harness on programs whose behaviour is known, before it is trusted with
/// the shell's interactive tests.
struct TmuxSessionTests {
    private func bash() throws -> TmuxSession {
        let session = try TmuxSession(["bash", "--norc", "--noprofile"], environment: ["PS1": "ready$ "])
        try session.waitFor("ready$")
        return session
    }

    @Test func typesCommandsAndReadsTheirOutput() throws {
        let session = try bash()
        try session.type("echo $((6 * 7)) \"$GREETING\"")
        try session.press("Enter")
        try session.waitFor("42")
        #expect(try session.screen().contains("ready$ echo $((6 * 7))"))
    }

    @Test func passesTheEnvironmentAndSize() throws {
        let session = try TmuxSession(
            ["bash", "--norc", "--noprofile"], environment: ["PS1": "ready$ ", "GREETING": "it's here"],
            width: 100, height: 20)
        try session.waitFor("ready$")
        try session.type("echo \"$GREETING\" $(tput cols)x$(tput lines)")
        try session.press("Enter")
        try session.waitFor("it's here 100x20")
    }

    @Test func sendsControlKeys() throws {
        let session = try bash()
        try session.type("cat")
        try session.press("Enter")
        try session.waitForForeground("cat")
        try session.type("typed into cat")
        try session.press("Enter")
        try session.waitUntil("cat to echo the line") { screen in
            screen.components(separatedBy: "typed into cat").count == 3
        }
        try session.press("C-c")
        try session.waitUntil("a fresh prompt after Ctrl-C") { $0.hasSuffix("ready$") }
        try session.press("C-d")
        // bash exits with the status of the last command: cat, ended by SIGINT (128 + 2).
        #expect(try session.waitForExit() == 130)
    }

    @Test func reportsTheExitStatus() throws {
        let session = try bash()
        try session.type("exit 3")
        try session.press("Enter")
        #expect(try session.waitForExit() == 3)
    }

    @Test func signalsTheProgramItself() throws {
        let session = try TmuxSession(["sleep", "30"])
        let program = try session.programID()
        #expect(kill(program, SIGTERM) == 0)
        #expect(try session.waitForExit() == 128 + SIGTERM)
    }

    @Test func failsAWaitWithTheScreenWhenTextNeverAppears() throws {
        let session = try bash()
        let failure = #expect(throws: TmuxSession.Failure.self) {
            try session.waitFor("never printed", timeout: .milliseconds(200))
        }
        #expect(failure?.description.contains("ready$") == true)
    }

    @Test func keepsSessionsApart() throws {
        let first = try bash()
        let second = try bash()
        try first.type("echo first-only")
        try first.press("Enter")
        try first.waitFor("first-only\nready$")
        #expect(try !second.screen().contains("first-only"))
        first.kill()
        try second.type("echo still-alive")
        try second.press("Enter")
        try second.waitFor("still-alive\nready$")
    }
}
