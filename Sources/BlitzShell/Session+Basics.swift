import BlitzAPI
import Foundation

/// The commands about the session itself: ping, login, logout, status, format, history, help, quit.
extension Session {
    func ping(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        let body = try call { try await $0.ping() }
        let message = (try? JSONDecoder().decode(APIMessage.self, from: Data(body.utf8)))?.message ?? body
        if output.format == .json {
            output.json(APIMessage(message: message))
        } else {
            output.line(message)
        }
    }

    func login(_ invocation: Invocation) throws(ShellError) {
        try login(invocation, quietly: false)
    }

    /// Signs in; `quietly` leaves out the note, for the sign-in a script does at start.
    func login(_ invocation: Invocation, quietly: Bool) throws(ShellError) {
        guard invocation.arguments.count <= 1 else {
            throw .usage("'login' takes at most a user name; the password is asked for, never typed here.")
        }
        let user = invocation.arguments.first?.text ?? username ?? Session.defaultUsername
        let token = try signIn(as: user)
        username = user
        notSignedInReason = nil
        groups = []
        listedCollections.remove("groups")
        if !quietly {
            output.note("Signed in as \(user) on \(target.displayName)\(expiryText(token)).")
        }
    }

    /// Signs in as `user`; when that fails and nobody is signed in, keeps why, so that the
    /// next command needing a token says so instead of speaking of an expired session.
    private func signIn(as user: String) throws(ShellError) -> AccessToken {
        let password: String
        do {
            password = try self.password(for: user)
        } catch {
            noteNotSignedIn(error.message)
            throw error
        }
        do {
            return try call { try await $0.signIn(username: user, password: password) }
        } catch {
            noteNotSignedIn("You are not signed in: the sign-in as '\(user)' failed; try 'login' again.")
            throw Self.signInFailure(error, user: user)
        }
    }

    /// Any failed sign-in means the API cannot be used (exit 3), and says it was the sign-in
    /// when the reply itself does not, as a 503 or an HTML page from a proxy would not.
    private static func signInFailure(_ error: ShellError, user: String) -> ShellError {
        guard error.stop == nil else { return error }
        var failure = error
        failure.kind = .connection
        if !error.message.localizedCaseInsensitiveContains("sign-in") && error.kind != .connection {
            failure.message = "The sign-in as '\(user)' failed: \(error.message)"
        }
        return failure
    }

    private func noteNotSignedIn(_ reason: String) {
        if !isSignedIn { notSignedInReason = reason }
    }

    /// The password for `user`: the sandbox's own, BLITZ_PASSWORD, the credentials file's, or a
    /// prompt without echo.
    private func password(for user: String) throws(ShellError) -> String {
        if let sandboxPassword { return sandboxPassword }
        if let password = ProcessInfo.processInfo.environment["BLITZ_PASSWORD"] { return password }
        if let password = profilePassword?.password(for: user) { return password }
        guard isInteractive else {
            throw ShellError(.connection, Self.noPasswordMessage(for: user, keptFor: profileKeptFor))
        }
        guard let typed = Terminal.readSecret(prompt: "Password for \(user): ") else {
            throw ShellError(.connection, "Sign-in as '\(user)' was cancelled.")
        }
        return typed
    }

    /// Says why no password for `user` was at hand and the three ways to give one; names the
    /// profile whose password is kept for another URL, when that is why.
    static func noPasswordMessage(for user: String, keptFor profile: Profile?) -> String {
        var message =
            "No password was given for '\(user)': set BLITZ_PASSWORD, save it in a credentials "
            + "profile, or run blitz at a terminal to type it."
        if let profile, let url = profile.url {
            message += " The credentials profile '\(profile.name)' keeps its password for \(url.absoluteString) only."
        }
        return message
    }

    /// Whether the client holds a token now.
    var isSignedIn: Bool {
        let token = try? Blocking.run(cancelsOnInterrupt: false) { [client] in await client.token }
        return token != nil
    }

    func logout(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        _ = try? Blocking.run(cancelsOnInterrupt: false) { [client] in await client.signOut() }
        let who = username ?? "nobody"
        username = nil
        notSignedInReason = "You are not signed in: you signed out; sign in with 'login'."
        groups = []
        listedCollections.remove("groups")
        output.note("Signed out \(who).")
    }

    func showStatus(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        let token = try? Blocking.run(cancelsOnInterrupt: false) { [client] in await client.token }
        let expiry = token?.claims?.expiry
        let status = SessionStatus(
            target: target.url.absoluteString,
            sandbox: target.isEmbeddedSandbox,
            user: username,
            signedIn: token != nil,
            token: token?.redacted,
            tokenExpires: expiry.map { ISO8601DateFormatter().string(from: $0) },
            group: selectedGroupID,
            lastResults: lastResults.count,
            format: output.format.rawValue
        )
        if output.format == .json {
            output.json(status)
            return
        }
        output.line("target:         \(target.displayName) (\(target.url.absoluteString))")
        output.line("user:           \(username ?? "not signed in")")
        output.line("token:          \(token?.redacted ?? "none")")
        output.line("token expires:  \(expiry.map(Self.describe) ?? "no token")")
        output.line("group:          \(selectedGroupID.map(String.init) ?? "none selected")")
        output.line("last results:   \(lastResults.count)")
    }

    func setFormat(_ invocation: Invocation) throws(ShellError) {
        guard invocation.arguments.count == 1, let word = invocation.arguments.first,
            let format = OutputFormat(rawValue: word.text.lowercased())
        else {
            let given = invocation.arguments.first.map { "'\($0.text)' is not a format" } ?? "a format is needed"
            throw .usage("\(given): use format table, format json or format csv.")
        }
        output.format = format
    }

    func showHistory(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        for (offset, line) in historyLines().enumerated() {
            output.line("\(String(offset + 1).leftPadded(to: 5))  \(line)")
        }
    }

    func quit(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        quitRequested = true
    }

    /// The local user's name, used to sign in to the embedded sandbox.
    static var defaultUsername: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["BLITZ_USERNAME"] ?? environment["USER"] ?? "trainee"
    }

    private func expiryText(_ token: AccessToken) -> String {
        token.claims.map { "; the token expires at \(Self.describe($0.expiry))" } ?? ""
    }

    static func describe(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let seconds = Int(date.timeIntervalSinceNow.rounded())
        let relative = seconds >= 0 ? "in \(seconds)s" : "\(-seconds)s ago"
        return "\(formatter.string(from: date)) (\(relative))"
    }
}

/// What `status --json` prints.
struct SessionStatus: Encodable {
    var target: String
    var sandbox: Bool
    var user: String?
    var signedIn: Bool
    /// Only ever ``AccessToken/redacted``.
    var token: String?
    var tokenExpires: String?
    var group: Int?
    var lastResults: Int
    var format: String
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(width - count, 0)) + self
    }
}
