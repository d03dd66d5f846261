import Foundation

/// The shell at a terminal: a prompt, line editing, history and completion.
struct InteractiveLoop {
    let session: Session

    func run() -> Int32 {
        let paths = StatePaths()
        let completer = Completer(session: session)
        let reader = EditLineReader(historyFile: paths.historyFile, completer: completer.complete)
        session.confirm = { question in
            guard case .line(let answer) = reader.readLine(prompt: question) else { return false }
            return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        }
        session.historyLines = { reader.historyEntries }
        printBanner()

        let interpreter = Interpreter(session: session)
        while !session.quitRequested {
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                guard session.mayRemember(trimmed) else {
                    session.output.error(Session.secretLineMessage)
                    continue
                }
                reader.addHistory(trimmed)
                do throws(ShellError) {
                    try interpreter.execute(line: trimmed)
                } catch {
                    session.output.error(error.message)
                }
            case .interrupted:
                continue
            case .endOfInput:
                session.output.line()
                // SIGTERM or SIGHUP also end the input; the status says which.
                return Interrupts.pendingTermination.map { 128 + $0 } ?? 0
            }
        }
        return 0
    }

    /// `alice@sandbox (group 2)> `: who, where, and which group orders go into.
    ///
    /// The host is highlighted when it is not the embedded sandbox (``TargetLabel``).
    var prompt: String {
        TargetLabel(target: session.target, output: session.output)
            .prompt(user: session.username, groupID: session.selectedGroupID)
    }

    private func printBanner() {
        session.output.note(
            TargetLabel(target: session.target, output: session.output).banner(version: ShellCommand.version))
    }
}
