import BlitzAPI
import Foundation

/// Keeping the password and the token out of what the shell writes down.
///
/// One detection (``SecretMatch``) serves every place: the prompt's refusal, the history,
/// `record` and `--echo`. It looks for the secrets as values of their own, so a word that
/// merely contains the password (`sandbox-picks.csv`) is not mistaken for it.
extension Session {
    /// Whether `line` may be run and go into the persistent history: not when it holds the
    /// password signed in with (typed at the prompt by mistake) or the token.
    ///
    /// The embedded sandbox's password is public, so it alone does not keep a line out.
    func mayRemember(_ line: String) -> Bool {
        let secrets = knownSecrets()
        guard !SecretMatch.holds(secrets, in: line) else { return false }
        // Quotes can split a secret that the words then hold whole, as in echo sand"box".
        let words = (try? Lexer.commands(in: line))?.flatMap(\.tokens).map(\.literalText) ?? []
        return !words.contains { SecretMatch.holds(secrets, in: $0) }
    }

    /// `text` with the secrets of ``knownSecrets()`` replaced by `[redacted]`, for `--echo`
    /// and every diagnostic.
    func redactingSecrets(in text: String) -> String {
        SecretMatch.redacting(knownSecrets(), in: text, marker: Redaction.marker)
    }

    /// The passwords and tokens the client has held, `BLITZ_PASSWORD`, the credentials file's
    /// password and the values of variables whose names say they are secret, leaving out the
    /// embedded sandbox's public password.
    ///
    /// A secret variable's value shorter than four characters is left out: hiding every `1`
    /// because of `set token=1` would make the output unreadable and protect nothing.
    func knownSecrets() -> [String] {
        let given = [ProcessInfo.processInfo.environment["BLITZ_PASSWORD"], profilePassword?.password]
        let named = variables.values.filter { Variables.isSecret($0.key) && $0.value.count >= 4 }.map(\.value)
        let all = client.secrets() + given.compactMap { $0 } + named
        return all.filter { !$0.isEmpty && $0 != sandboxPassword }
    }

    /// What the shell says instead of running a line that holds a secret; it never quotes the line.
    static let secretLineMessage =
        "That line holds your password or token, so it was neither run nor kept in the history."

    /// What `record` writes in place of a command that held a secret.
    static let secretLeftOutComment =
        "# a command was left out here: it held your password or token"
}
