import Foundation

/// Runs a script without a terminal: no prompt, no line editor, stopping at the first failure
/// unless `on-error continue` is in force.
///
/// Each `;`-separated command counts as a command of its own, for `on-error`, for stopping and
/// for `${error}`. `source FILE` runs the included file through ``runLines(of:)`` of a runner on
/// the same session, so failures inside it carry the included file's name and line. Under
/// `blitz check` every line is run in the session's checking mode and every problem is kept.
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
        session.script.displayDirectory = source.displayDirectory
        if let url = source.url { session.script.openFiles.append(url) }
        defer {
            session.script.directory = outer.directory
            session.script.displayDirectory = outer.displayDirectory
            session.script.openFiles = outer.openFiles
        }

        let interpreter = Interpreter(session: session)
        for (offset, line) in source.lines.enumerated() {
            try stopIfInterrupted(after: offset, in: source)
            let location = ScriptLocation(file: source.name, line: offset + 1, text: line)
            try runCommands(on: line, at: location, with: interpreter)
            if session.quitRequested, stopsAtQuit { break }
            session.quitRequested = false
        }
    }

    /// Runs the commands of one line, each `;`-separated command on its own: a failure is
    /// handled (stopping the script, or reported under `on-error continue`) before the next.
    private func runCommands(
        on line: String, at location: ScriptLocation, with interpreter: Interpreter
    ) throws(ShellError) {
        let commands: [CommandTokens]
        do throws(ShellError) {
            commands = try Interpreter.commands(in: line)
        } catch {
            session.lastError = error.message
            try handle(error.located(at: location))
            return
        }
        for (index, tokens) in commands.enumerated() {
            if index > 0 {
                try stopIfInterrupted(place: "in \(location.file):\(location.line) before column \(tokens.column)")
            }
            do throws(ShellError) {
                try interpreter.execute(tokens)
            } catch {
                try handle(error.located(at: location))
            }
            if session.quitRequested, stopsAtQuit { return }
        }
    }

    /// Whether `quit` ends the script here: always in a run, and when checking a script before
    /// running it, since nothing after a `quit` would run; `blitz check` looks at every line.
    private var stopsAtQuit: Bool {
        !session.script.isChecking || session.script.isCheckingBeforeRun
    }

    /// Reports a failure and lets the script go on, or throws it to stop the script.
    ///
    /// While checking, every problem is kept for the checker to report.
    private func handle(_ error: ShellError) throws(ShellError) {
        if session.script.isChecking {
            if error.stop != .checkedOnly { session.script.problems.append(error) }
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
        let place =
            switch lineNumber {
            case nil: "at the end of the script"
            case 0: "before \(source.name):1"
            case let line?: "after \(source.name):\(line)"
            }
        try stopIfInterrupted(place: place)
    }

    /// Throws once SIGINT, SIGTERM or SIGHUP has arrived, saying where the script stopped.
    private func stopIfInterrupted(place: @autoclosure () -> String) throws(ShellError) {
        // A check leaves a signal pending for the run, which stops before its first line.
        guard !session.script.isChecking else { return }
        let signal: Int32
        if let termination = Interrupts.pendingTermination {
            signal = termination
        } else if Interrupts.takeInterrupt() {
            signal = SIGINT
        } else {
            return
        }
        let name = signal == SIGINT ? "Interrupted" : "Terminated (signal \(signal))"
        var error = ShellError.failed("\(name): stopped \(place()); nothing after it ran.")
        error.stop = .signal(signal)
        throw error
    }

    func report(_ error: ShellError) {
        Self.report(error, to: session.output)
    }

    /// Writes `FILE:LINE:COLUMN: message`, then the line and a caret under the column.
    ///
    /// An interruption says where it stopped in its message. Control characters are escaped.
    ///
    /// - Parameters:
    ///   - error: The failure or problem.
    ///   - output: Where it goes.
    ///   - asNote: Writes without the `error:` mark, as `blitz check` lists problems.
    static func report(_ error: ShellError, to output: Output, asNote: Bool = false) {
        let message = SourceExcerpt.escaped(error.message)
        guard let location = error.location else {
            output.error(message)
            return
        }
        let column = error.column ?? 1
        let placed = "\(location.file):\(location.line):\(column): \(message)"
        if asNote { output.note(placed) } else { output.error(placed) }
        let excerpt = SourceExcerpt(text: location.text, column: column)
        output.note("    " + excerpt.line)
        output.note("    " + excerpt.caret)
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
