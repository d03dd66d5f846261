import Foundation

/// Runs a script without a terminal: no prompt, no line editor, stopping at the first failure
/// unless `on-error continue` is in force.
///
/// `source FILE` runs the included file through ``runLines(of:)`` of a runner on the same
/// session, so failures inside it carry the included file's name and line. Under `blitz check`
/// every line is run in the session's checking mode and every problem is reported.
struct ScriptRunner {
    let session: Session

    /// A runner on `session`; `echo` (`--echo`) turns on printing each command before it runs,
    /// for this script and everything it includes.
    init(session: Session, echo: Bool = false) {
        self.session = session
        if echo { session.script.echo = true }
    }

    /// Runs every line of `source` and returns the exit status.
    func run(_ source: ScriptSource) -> Int32 {
        Interrupts.unblockOnThisThread()
        do throws(ShellError) {
            try runLines(of: source)
            try stopIfInterrupted(after: nil, in: source)
            return session.script.statusOfPassedFailures
        } catch {
            report(error)
            return error.exitStatus
        }
    }

    /// Runs the lines of `source`, throwing the failure that stops it, with its location.
    func runLines(of source: ScriptSource) throws(ShellError) {
        let outer = session.script
        session.script.directory = source.directory
        if let url = source.url { session.script.openFiles.append(url) }
        defer {
            session.script.directory = outer.directory
            session.script.openFiles = outer.openFiles
        }

        let interpreter = Interpreter(session: session)
        var lineNumber = 0
        while let line = source.nextLine() {
            try stopIfInterrupted(after: lineNumber, in: source)
            lineNumber += 1
            let location = ScriptLocation(file: source.name, line: lineNumber, text: line)
            do throws(ShellError) {
                try interpreter.execute(line: line)
            } catch {
                try handle(error.located(at: location))
            }
            if session.quitRequested, !session.script.isChecking { break }
            session.quitRequested = false
        }
    }

    /// Reports a failure and lets the script go on, or throws it to stop the script.
    private func handle(_ error: ShellError) throws(ShellError) {
        if session.script.isChecking {
            if error.stop != .checkedOnly {
                report(error)
                session.script.problems += 1
            }
            return
        }
        let mustStop = error.stop != nil || session.script.stopsOnError || Interrupts.isInterruptPending
        if mustStop || Interrupts.pendingTermination != nil {
            throw error
        }
        report(error)
        session.script.statusOfPassedFailures = max(session.script.statusOfPassedFailures, error.exitStatus)
    }

    /// Throws once SIGINT, SIGTERM or SIGHUP has arrived, naming the last line that ran.
    private func stopIfInterrupted(after lineNumber: Int?, in source: ScriptSource) throws(ShellError) {
        let signal: Int32
        if let termination = Interrupts.pendingTermination {
            signal = termination
        } else if Interrupts.takeInterrupt() {
            signal = SIGINT
        } else {
            return
        }
        let place =
            switch lineNumber {
            case nil: "at the end of the script"
            case 0: "before \(source.name):1"
            case let line?: "after \(source.name):\(line)"
            }
        let name = signal == SIGINT ? "Interrupted" : "Terminated (signal \(signal))"
        var error = ShellError.failed("\(name): stopped \(place); nothing after it ran.")
        error.stop = .signal(signal)
        throw error
    }

    /// `FILE:LINE:COLUMN: message`, then the line and a caret under the column.
    ///
    /// An expectation names only the file and line; an interruption says where it stopped in
    /// its message.
    func report(_ error: ShellError) {
        let output = session.script.isChecking ? Output(format: .table) : session.output
        guard let location = error.location else {
            output.error(error.message)
            return
        }
        let place = "\(location.file):\(location.line)"
        if error.stop == .expectation {
            output.error("\(place): \(error.message)")
            return
        }
        let column = error.column ?? 1
        let message = "\(place):\(column): \(error.message)"
        if session.script.isChecking { output.note(message) } else { output.error(message) }
        output.note("    \(location.text)")
        output.note("    " + String(repeating: " ", count: max(column - 1, 0)) + "^")
    }
}

extension ShellError {
    /// The same error, placed at `location` unless it already has a place or is an interruption.
    func located(at location: ScriptLocation) -> ShellError {
        guard self.location == nil else { return self }
        if case .signal = stop { return self }
        var error = self
        error.location = location
        return error
    }
}
