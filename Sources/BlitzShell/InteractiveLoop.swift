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
        // SIGTERM or SIGHUP during a command cancels it and ends the shell before the next read.
        while !session.quitRequested, Interrupts.pendingTermination == nil {
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                guard session.mayRemember(trimmed) else {
                    session.output.error(Session.secretLineMessage)
                    continue
                }
                remember(trimmed, in: reader)
                do throws(ShellError) {
                    try interpreter.execute(line: trimmed)
                } catch {
                    session.output.error(error.message)
                }
            case .interrupted:
                continue
            case .endOfInput:
                session.output.line()
                return exitStatus
            }
        }
        return exitStatus
    }

    /// 0, or 128 + N after signal N (SIGTERM or SIGHUP) ended the shell.
    private var exitStatus: Int32 {
        Interrupts.pendingTermination.map { 128 + $0 } ?? 0
    }

    /// Adds `line` to the history unless it may hold a secret; says once why history stopped
    /// being saved.
    private func remember(_ line: String, in reader: EditLineReader) {
        guard HistoryPolicy.keeps(line) else { return }
        let hadError = reader.historyError != nil
        reader.addHistory(line)
        if let problem = reader.historyError, !hadError {
            session.output.warning("History is kept for this session only: \(problem).")
        }
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
