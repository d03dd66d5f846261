import BlitzAPI
import Foundation

/// `blitz check FILE...`: runs each script in the session's checking mode and reports every
/// problem as `FILE:LINE:COLUMN: message`, without sending, writing or starting anything.
///
/// Each command is parsed and its arguments resolved by the command's own code, which stops
/// short of any request (``Session/call(_:)`` refuses to send while checking) and of any file it
/// would write. Variables set earlier in the script or with `-v` count as set; values that only
/// a reply could give, such as `${results[1].number}`, count as known.
///
/// The same check runs before every script (``problems(in:beforeRun:)``), keeping only the
/// problems that do not depend on the run, so a script with one runs not at all.
struct ScriptChecker {
    let options: ShellOptions
    /// The API the script will run against when one is configured; nil is the embedded sandbox.
    ///
    /// An order or a return on any other target needs `--yes`, which the check can tell before
    /// anything runs.
    var apiURL: URL?

    /// Checks every file and returns 0 when none has a problem, 2 otherwise.
    func run(_ paths: [String]) -> Int32 {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let output = Output(format: .table)
        var problems = 0
        for path in paths {
            let source: ScriptSource
            do {
                source = try ScriptSource.file(path, relativeTo: here)
            } catch {
                output.note("\(path):1:1: \(error.message)")
                problems += 1
                continue
            }
            let found = self.problems(in: source, beforeRun: false)
            for problem in found {
                ScriptRunner.report(problem, to: output, asNote: true)
            }
            problems += found.count
        }
        let files = paths.count == 1 ? "1 file" : "\(paths.count) files"
        let found = problems == 0 ? "no problems" : problems == 1 ? "1 problem" : "\(problems) problems"
        output.note("Checked \(files): \(found).")
        return problems == 0 ? 0 : ShellError.Kind.usage.rawValue
    }

    /// The problems in `source` and what it includes, in the order found.
    ///
    /// - Parameters:
    ///   - source: The script to check.
    ///   - beforeRun: Keeps only the problems that cannot depend on the run, for refusing a
    ///     script before any of it runs, and stops looking at a `quit`.
    /// - Returns: Each problem with its location.
    func problems(in source: ScriptSource, beforeRun: Bool) -> [ShellError] {
        let session = checkingSession()
        session.script.isCheckingBeforeRun = beforeRun
        try? ScriptRunner(session: session).runLines(of: source)
        let found = session.script.problems
        return beforeRun ? found.filter { $0.dependsOnRunTime == false } : found
    }

    /// The problems that cannot depend on the run in `source`, a script `session` is about to
    /// include, checked in the state the session is in at that point: the group it selected,
    /// its variables and settings, what it has fetched and the files it has open.
    static func problems(in source: ScriptSource, includedBy session: Session) -> [ShellError] {
        let checking = Session(
            client: session.client,
            target: session.target,
            output: Output(format: session.output.format, isMuted: true),
            isInteractive: false
        )
        checking.copyState(of: session)
        try? ScriptRunner(session: checking).runLines(of: source)
        return checking.script.problems.filter { $0.dependsOnRunTime == false }
    }

    /// A session that prints nothing and sends nothing, with the `-v` parameters set.
    private func checkingSession() -> Session {
        // The client is never asked to send; the address only has to be well formed.
        let url = URL(string: "http://127.0.0.1:9") ?? URL(fileURLWithPath: "/")
        let session = Session(
            client: BlitzClient(configuration: ClientConfiguration(baseURL: url)),
            target: apiURL.map { Target(url: $0, isEmbeddedSandbox: false) }
                ?? Target(url: url, isEmbeddedSandbox: true),
            output: Output(format: options.format, isMuted: true),
            isInteractive: false
        )
        session.variables = Variables(options.parameters)
        session.settings.dryRun = options.dryRun
        session.settings.assumeYes = options.assumeYes
        session.script.isChecking = true
        session.sandboxPassword = ""
        return session
    }
}
