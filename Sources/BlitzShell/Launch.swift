import BlitzAPI
import BlitzSandbox
import Foundation

/// One run of `blitz`: picks the target, signs in, then runs the interactive loop or a script.
struct Launch {
    let options: ShellOptions
    let environment = ProcessInfo.processInfo.environment
    let output: Output

    init(options: ShellOptions) {
        self.options = options
        self.output = Output(format: options.format)
        // Until a session knows more, the password from the environment is the one to hide.
        if let password = environment["BLITZ_PASSWORD"], !password.isEmpty {
            output.redaction = { SecretMatch.redacting([password], in: $0, marker: Redaction.marker) }
        }
    }

    /// Whether a person is typing: stdin is a terminal and no script or `-c` was given.
    var isInteractive: Bool {
        options.scriptFile == nil && options.commands == nil && Terminal.isInteractive(STDIN_FILENO)
    }

    func run() -> Int32 {
        Interrupts.install()
        var script: ScriptSource?
        if !isInteractive {
            do {
                script = try checkedScript()
            } catch {
                output.error(error.message)
                return error.exitStatus
            }
        }
        let session: Session
        let sandbox: SandboxServer?
        do {
            (session, sandbox) = try openSession()
        } catch {
            output.error(error.message)
            return error.kind.rawValue
        }
        defer { sandbox?.stop() }

        let status: Int32
        if let script {
            status = ScriptRunner(session: session, echo: options.echo).run(script)
        } else {
            status = InteractiveLoop(session: session).run()
        }
        if let summary = session.dryRun.summary {
            output.note(summary)
        }
        return status
    }

    /// The script to run, read whole and checked as `blitz check` would, before anything is
    /// started or sent; a problem that does not depend on the run refuses all of it.
    private func checkedScript() throws(ShellError) -> ScriptSource {
        let source = try ScriptSource.open(options: options)
        // A configuration that cannot be read is reported when the session opens.
        let url = (try? ConnectionSettings.resolve(options: options, environment: environment))?.url
        let problems = ScriptChecker(options: options, apiURL: url).problems(in: source, beforeRun: true)
        guard !problems.isEmpty else { return source }
        for problem in problems {
            ScriptRunner.report(problem, to: output)
        }
        let count = problems.count == 1 ? "the problem" : "the \(problems.count) problems"
        throw .usage(
            "Nothing was run: fix \(count) above first ('blitz check' finds problems without running anything).")
    }

    /// Starts the embedded sandbox unless a URL is configured, then signs in if it can.
    private func openSession() throws(ShellError) -> (Session, SandboxServer?) {
        let caCertificate = try caCertificateFile()  // --cacert (Launch+CACertificate.swift)
        var sandbox: SandboxServer?
        let target: Target
        let connection = try ConnectionSettings.resolve(options: options, environment: environment)
        if let url = connection.url {
            target = Target(url: url, isEmbeddedSandbox: false)
        } else {
            let started = try startSandbox()
            sandbox = started.server
            target = Target(url: started.url, isEmbeddedSandbox: true)
        }

        var configuration = ClientConfiguration(baseURL: target.url)
        configuration.timeout = options.timeout
        configuration.caCertificate = caCertificate
        let session = Session(
            client: BlitzClient(configuration: configuration),
            target: target,
            output: output,
            isInteractive: isInteractive
        )
        session.variables = Variables(options.parameters)
        session.settings.dryRun = options.dryRun
        session.settings.assumeYes = options.assumeYes
        session.journal = openJournal()
        if target.isEmbeddedSandbox { session.sandboxPassword = SandboxConfiguration().password }
        session.profilePassword = connection.profilePassword
        session.profileKeptFor = connection.profileKeptFor
        output.redaction = { [weak session] text in session?.redactingSecrets(in: text) ?? text }
        try signIn(session, as: connection.username)
        return (session, sandbox)
    }

    /// The journal under the state directory; without it orders and returns are refused.
    private func openJournal() -> Journal? {
        let file = StatePaths(environment: environment).journalFile
        do {
            return try Journal(file: file)
        } catch {
            output.warning("The journal at \(file.path) cannot be opened (\(error)); orders and returns are refused.")
            return nil
        }
    }

    private func startSandbox() throws(ShellError) -> (server: SandboxServer, url: URL) {
        var configuration = SandboxConfiguration()
        configuration.progress = { message in FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if let size = environment["BLITZ_SANDBOX_NUMBERS"].flatMap(Int.init), size > 0 {
            configuration.inventorySize = size
        }
        do {
            let server = try SandboxServer(configuration: configuration)
            return (server, try server.start())
        } catch {
            throw ShellError(.connection, "The embedded sandbox could not start: \(error)")
        }
    }

    /// Signs in at start when a password is at hand or can be asked for; otherwise notes why
    /// not, for the first command that needs a token to say.
    private func signIn(_ session: Session, as user: String?) throws(ShellError) {
        let name = user ?? Session.defaultUsername
        let hasPassword = environment["BLITZ_PASSWORD"] != nil || session.profilePassword?.password(for: name) != nil
        guard session.target.isEmbeddedSandbox || hasPassword || isInteractive else {
            session.notSignedInReason = Session.noPasswordMessage(for: name, keptFor: session.profileKeptFor)
            return
        }

        let login = Invocation(name: Word("login", column: 1), arguments: [Word(name, column: 7)])
        try session.login(login, quietly: !isInteractive)
    }
}
