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
        guard let secrets = knownSecrets() else { return false }
        return !SecretMatch.holds(secrets, in: line)
    }

    /// `text` with the password and the token replaced by `[redacted]`, for `--echo`.
    ///
    /// When the secrets cannot be asked for, the whole text is withheld rather than risked.
    func redactingSecrets(in text: String) -> String {
        guard let secrets = knownSecrets() else { return Redaction.marker }
        return SecretMatch.redacting(secrets, in: text, marker: Redaction.marker)
    }

    /// The token, the password signed in with, `BLITZ_PASSWORD` and the credentials file's
    /// password, leaving out the embedded sandbox's public one; nil when the client could
    /// not be asked.
    func knownSecrets() -> [String]? {
        let client = client
        guard let fromClient = try? Blocking.run(cancelsOnInterrupt: false, { await client.secrets() }) else {
            return nil
        }
        let given = [ProcessInfo.processInfo.environment["BLITZ_PASSWORD"], profilePassword?.password]
        let all = fromClient + given.compactMap { $0 }.filter { !$0.isEmpty }
        return all.filter { $0 != sandboxPassword }
    }

    /// What the shell says instead of running a line that holds a secret; it never quotes the line.
    static let secretLineMessage =
        "That line holds your password or token, so it was neither run nor kept in the history."

    /// What `record` writes in place of a command that held a secret.
    static let secretLeftOutComment =
        "# a command was left out here: it held your password or token"
}
