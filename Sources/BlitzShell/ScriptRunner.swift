import Foundation

/// Runs a script without a terminal: no prompt, no line editor, stopping at the first failure.
struct ScriptRunner {
    let session: Session
    let echo: Bool

    /// Runs every line of `source` and returns the exit status.
    func run(_ source: ScriptSource) -> Int32 {
        let interpreter = Interpreter(session: session)
        var lineNumber = 0
        while let line = source.nextLine() {
            lineNumber += 1
            if Interrupts.takeInterrupt() || Interrupts.pendingTermination != nil {
                session.output.error("Interrupted: stopped before \(source.name):\(lineNumber); nothing after it ran.")
                return 130
            }
            if echo, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                session.output.line(line)
            }
            do throws(ShellError) {
                try interpreter.execute(line: line)
            } catch {
                report(error, source: source, lineNumber: lineNumber, line: line)
                return error.kind.rawValue
            }
            if session.quitRequested { break }
        }
        return 0
    }

    /// `FILE:LINE:COLUMN: message`, then the line and a caret under the column.
    private func report(_ error: ShellError, source: ScriptSource, lineNumber: Int, line: String) {
        let column = error.column ?? 1
        session.output.error("\(source.name):\(lineNumber):\(column): \(error.message)")
        session.output.note("    \(line)")
        session.output.note("    " + String(repeating: " ", count: max(column - 1, 0)) + "^")
    }
}
