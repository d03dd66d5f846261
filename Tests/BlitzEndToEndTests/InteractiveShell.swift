import Foundation

/// The real `blitz` at a terminal in tmux, in a private home, as a person would use it.
///
/// It can run inside a wrapper `sh` that records `stty -g` before `blitz` starts and after it
/// ends, to prove the terminal is put back. Waits poll against a deadline; none asserts on
/// how long something took.
final class InteractiveShell {
    /// Variables `blitz` reads that the test runner's own environment must not leak into it.
    static let leakyVariables = [
        "NO_COLOR", "BLITZ_URL", "BLITZ_USERNAME", "BLITZ_PASSWORD", "BLITZ_PROFILE", "EDITRC", "LC_ALL", "LC_CTYPE",
    ]

    /// The private home and environment, reusable for a second run (history across restarts).
    let home: BlitzProcess
    let tmux: TmuxSession
    /// Where the wrapper writes `stty -g` before and after, when it runs one.
    let sttyBefore: URL
    let sttyAfter: URL

    /// Starts `blitz arguments` in tmux.
    ///
    /// - Parameters:
    ///   - arguments: Passed to `blitz`.
    ///   - environment: Set on top of the private home's (which sets `NO_COLOR=1`).
    ///   - unset: Removed from the private home's environment, such as `NO_COLOR`.
    ///   - home: A home from an earlier run, to start again with its history; a fresh one when nil.
    ///   - recordingTerminal: Whether to run inside the `stty -g` wrapper.
    /// - Throws: When the home cannot be made or tmux cannot start.
    init(
        _ arguments: [String] = [],
        environment: [String: String] = [:],
        unset: [String] = [],
        home: BlitzProcess? = nil,
        recordingTerminal: Bool = false
    ) throws {
        let process = try home ?? BlitzProcess()
        process.environment.merge(["LANG": "C.UTF-8"]) { $1 }
        process.environment.merge(environment) { $1 }
        for name in unset {
            process.environment[name] = nil
        }
        self.home = process
        sttyBefore = process.home.appending(path: "stty-before")
        sttyAfter = process.home.appending(path: "stty-after")
        var command = [BlitzProcess.binary.path] + arguments
        if recordingTerminal {
            let script =
                "trap : INT TERM HUP; stty -g > \"$1\"; shift; bin=\"$1\"; shift; after=\"$1\"; shift; "
                + "\"$bin\" \"$@\"; status=$?; stty -g > \"$after\"; exit $status"
            command = ["sh", "-c", script, "sh", sttyBefore.path, BlitzProcess.binary.path, sttyAfter.path] + arguments
        }
        tmux = try TmuxSession(
            command, environment: process.environment, clearing: Self.leakyVariables, directory: process.home,
            height: 40)
    }

    /// Waits until `prompt` ends the screen and the line editor has the terminal.
    ///
    /// Start-up seeds the embedded sandbox first, so the first wait allows longer.
    @discardableResult
    func waitForPrompt(_ prompt: String = "trainee@sandbox> ", timeout: Duration = .seconds(30)) throws -> String {
        let shown = prompt.trimmingCharacters(in: .whitespaces)
        let screen = try tmux.waitUntil("the prompt \"\(prompt)\"", timeout: timeout) { $0.hasSuffix(shown) }
        try tmux.waitForTerminal("-icanon", timeout: timeout)
        return screen
    }

    /// Types `line`, presses Enter, and waits for a fresh `prompt` after the output.
    ///
    /// - Returns: Everything printed since the line was typed, the line included.
    @discardableResult
    func run(_ line: String, prompt: String = "trainee@sandbox> ") throws -> String {
        let before = try tmux.scrollback()
        try tmux.type(line)
        try tmux.press("Enter")
        let shown = prompt.trimmingCharacters(in: .whitespaces)
        let after = try waitForScrollback("\"\(line)\" to finish") { text in
            text.count > before.count && text.hasSuffix(shown) && text.dropFirst(before.count).contains("\n")
        }
        try tmux.waitForTerminal("-icanon")
        return String(after.dropFirst(before.count))
    }

    /// Polls the screen and scrollback until `condition` holds.
    @discardableResult
    func waitForScrollback(
        _ what: String, timeout: Duration = .seconds(30), _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = try tmux.scrollback()
            if condition(text) {
                return text
            }
            guard ContinuousClock.now < deadline else {
                throw TmuxSession.Failure(description: "timed out waiting for \(what); the screen was:\n\(text)")
            }
            usleep(20_000)
        }
    }

    /// The `stty -g` the wrapper recorded before and after `blitz`, once both are written.
    func recordedTerminalSettings() throws -> (before: String, after: String) {
        let before = try String(contentsOf: sttyBefore, encoding: .utf8)
        let after = try String(contentsOf: sttyAfter, encoding: .utf8)
        return (before, after)
    }

    /// The history file the shell keeps in this home.
    var historyFile: URL {
        home.home.appending(path: "state/blitz/history")
    }
}
