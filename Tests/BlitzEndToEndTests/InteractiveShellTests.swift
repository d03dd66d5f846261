import Foundation
import Testing

/// The real `blitz` at a terminal, driven in tmux: start-up, prompt, history, signals, the
/// terminal put back, UTF-8 editing, confirmations and the password prompt.
///
/// Tab completion and vi mode are in ``InteractiveEditingTests``.
struct InteractiveShellTests {
    @Test(arguments: [true, false])
    func startsOnTheEmbeddedSandboxWithABannerAndAPrompt(noColor: Bool) throws {
        let shell = try InteractiveShell(unset: noColor ? [] : ["NO_COLOR"])
        let screen = try shell.waitForPrompt()
        #expect(screen.contains("Signed in as trainee on sandbox"))
        #expect(screen.contains("blitz 0.1.0 on the embedded sandbox at http://127.0.0.1:"))
        #expect(screen.contains("Type 'help' for commands, Ctrl-D to leave."))

        let output = try shell.run("use 2", prompt: "trainee@sandbox (group 2)> ")
        #expect(output.contains("Orders go into group 2 (Primary SIP trunk)."))

        try shell.run("nosuch", prompt: "trainee@sandbox (group 2)> ")
        let colored = try shell.tmux.screenWithEscapes()
        #expect(colored.contains("error: "))
        #expect(colored.contains("\u{1B}[") == !noColor)
    }

    @Test func recallsHistoryAfterARestartAndKeepsSecretsOutOfIt() throws {
        let first = try InteractiveShell()
        try first.waitForPrompt()
        try first.run("ping")
        try first.run("search state=FL qty=2")
        let refused = try first.run("login trainee hunter2")
        #expect(refused.contains("the password is asked for, never typed here"))
        try first.tmux.type("quit")
        try first.tmux.press("Enter")
        #expect(try first.tmux.waitForExit() == 0)

        let history = try String(contentsOf: first.historyFile, encoding: .utf8)
        #expect(history == "ping\nsearch state=FL qty=2\nquit\n")

        let second = try InteractiveShell(home: first.home)
        try second.waitForPrompt()
        try second.tmux.press("Up")
        try second.tmux.waitUntil("the last command recalled") { $0.hasSuffix("trainee@sandbox> quit") }
        try second.tmux.press("Up")
        try second.tmux.waitUntil("the command before it") { $0.hasSuffix("trainee@sandbox> search state=FL qty=2") }
        try second.tmux.press("Up")
        try second.tmux.waitUntil("the first command") { $0.hasSuffix("trainee@sandbox> ping") }
        try second.tmux.press("Enter")
        try second.tmux.waitFor("Blitz customer API 2.7.1 (sandbox)")
    }

    @Test func ctrlCClearsTheLineAndCtrlDExitsWithTheTerminalAsItWas() throws {
        let shell = try InteractiveShell(recordingTerminal: true)
        try shell.waitForPrompt()
        try shell.tmux.type("search state=T")
        // Ctrl-C flushes typed keys the editor has not read yet; let it show them first.
        try shell.tmux.waitUntil("the typed line") { $0.hasSuffix("> search state=T") }
        try shell.tmux.press("C-c")
        try shell.tmux.waitUntil("a fresh prompt after ^C") { $0.hasSuffix("state=T^C\ntrainee@sandbox>") }
        try shell.waitForPrompt()

        let output = try shell.run("ping")
        #expect(output.contains("Blitz customer API 2.7.1 (sandbox)"))
        #expect(!output.contains("state=T"))
        try shell.tmux.press("C-d")
        #expect(try shell.tmux.waitForExit() == 0)
        let settings = try shell.recordedTerminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test func ctrlCCancelsASlowRequestAndTheSessionStaysUsable() throws {
        let sandbox = try SlowSandbox()
        let prompt = sandbox.prompt
        let shell = try InteractiveShell(
            ["--url", sandbox.url], environment: ["BLITZ_USERNAME": "tester", "BLITZ_PASSWORD": "sandbox"],
            recordingTerminal: true)
        try shell.waitForPrompt(prompt)
        try shell.tmux.type("search state=FL")
        try shell.tmux.press("Enter")
        try shell.tmux.waitForTerminal("icanon")
        // A Ctrl-C that lands before the request starts is dropped on purpose (it was meant
        // for the prompt), so press again until the request in flight is cancelled.
        try pressUntil("C-c", in: shell, shows: "The request was cancelled.")
        let screen = try shell.waitForPrompt(prompt)
        #expect(screen.contains("^C\nerror: The request was cancelled.\n"))
        #expect(!screen.contains("NUMBER"))

        let output = try shell.run("ping", prompt: prompt)
        #expect(output.contains("Blitz customer API 2.7.1 (sandbox)"))
        try shell.tmux.press("C-d")
        #expect(try shell.tmux.waitForExit() == 0)
        let settings = try shell.recordedTerminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test func sigtermDuringASlowRequestEndsTheShellWithTheTerminalAsItWas() throws {
        let sandbox = try SlowSandbox()
        let shell = try InteractiveShell(
            ["--url", sandbox.url], environment: ["BLITZ_USERNAME": "tester", "BLITZ_PASSWORD": "sandbox"],
            recordingTerminal: true)
        try shell.waitForPrompt(sandbox.prompt)
        try shell.tmux.type("search state=FL")
        try shell.tmux.press("Enter")
        try shell.tmux.waitForTerminal("icanon")
        #expect(kill(try shell.tmux.processID(named: "blitz"), SIGTERM) == 0)
        #expect(try shell.tmux.waitForExit() == 128 + SIGTERM)
        let settings = try shell.recordedTerminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test func sigtermAtThePromptPutsTheTerminalBack() throws {
        let shell = try InteractiveShell(recordingTerminal: true)
        try shell.waitForPrompt()
        try shell.tmux.type("search")
        #expect(kill(try shell.tmux.processID(named: "blitz"), SIGTERM) == 0)
        #expect(try shell.tmux.waitForExit() == 128 + SIGTERM)
        let settings = try shell.recordedTerminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test func editsUTF8ByCharacterAndReportsAnUnknownCommandCleanly() throws {
        let shell = try InteractiveShell()
        try shell.waitForPrompt()
        try shell.tmux.type("résumé")
        try shell.tmux.press("Left", "Left", "BSpace")
        try shell.tmux.waitUntil("one character deleted") { $0.hasSuffix("trainee@sandbox> résmé") }
        try shell.tmux.press("Enter")
        try shell.tmux.waitFor("error: Unknown command 'résmé'. Type 'help' for the list.\ntrainee@sandbox>")

        let output = try shell.run("search ratecenter=\"SAINT-ÉTIENNE\"")
        #expect(output.contains("search ratecenter=\"SAINT-ÉTIENNE\""))
        #expect(!output.contains("\u{FFFD}"))
        let history = try String(contentsOf: shell.historyFile, encoding: .utf8)
        #expect(history.contains("résmé\nsearch ratecenter=\"SAINT-ÉTIENNE\"\n"))
    }

    @Test func anOrderAsksFirstAndSendsNothingOnNo() throws {
        let shell = try InteractiveShell()
        try shell.waitForPrompt()
        try shell.run("search state=FL qty=2")
        let group = "trainee@sandbox (group 2)> "
        try shell.run("use 2", prompt: group)

        try shell.tmux.type("order 1")
        try shell.tmux.press("Enter")
        try shell.tmux.waitUntil("the question") { $0.hasSuffix("Order 1 number into group 2? [y/N]") }
        let declined = try shell.run("n", prompt: group)
        #expect(declined.contains("nothing was sent"))
        #expect(try shell.run("assigned", prompt: group).contains("You hold no numbers"))

        try shell.tmux.type("order 1")
        try shell.tmux.press("Enter")
        try shell.tmux.waitUntil("the question again") { $0.hasSuffix("[y/N]") }
        let ordered = try shell.run("y", prompt: group)
        #expect(ordered.contains("ordered"))
        let assigned = try shell.run("assigned", prompt: group)
        #expect(!assigned.contains("You hold no numbers"))
    }

    @Test func asksForThePasswordWithoutEcho() throws {
        let sandbox = try TestSandbox { $0.password = "pw-Zq81" }
        let shell = try InteractiveShell(
            ["--url", sandbox.url.absoluteString], environment: ["BLITZ_USERNAME": "tester"])
        try shell.tmux.waitUntil("the password prompt") { $0.hasSuffix("Password for tester:") }
        try shell.tmux.waitForTerminal("-echo")
        try shell.tmux.type("pw-Zq81")
        try shell.tmux.press("Enter")
        let port = sandbox.url.port ?? 0
        let screen = try shell.waitForPrompt("tester@127.0.0.1:\(port)> ")
        #expect(
            screen.contains("Password for tester: \nSigned in as tester")
                || screen.contains("Password for tester:\nSigned in as tester"))
        #expect(!screen.contains("pw-Zq81"))
    }

    private func pressUntil(_ key: String, in shell: InteractiveShell, shows text: String) throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while true {
            try shell.tmux.press(key)
            if (try? shell.tmux.waitFor(text, timeout: .seconds(1))) != nil {
                return
            }
            guard ContinuousClock.now < deadline else {
                throw TmuxSession.Failure(description: "\(key) never showed \(text):\n\(try shell.tmux.screen())")
            }
        }
    }
}
