/// Keeping the password and the token out of what the shell writes down.
extension Session {
    /// Whether `line` may be run and go into the persistent history: not when it holds the
    /// password signed in with (typed at the prompt by mistake) or the token.
    ///
    /// The embedded sandbox's password is public, so it alone does not keep a line out.
    func mayRemember(_ line: String) -> Bool {
        let client = client
        let includingPassword = !target.isEmbeddedSandbox
        let holds = try? Blocking.run { await client.holdsSecret(line, includingPassword: includingPassword) }
        return holds == false
    }

    /// What the shell says instead of running a line that holds a secret; it never quotes the line.
    static let secretLineMessage =
        "That line holds your password or token, so it was neither run nor kept in the history."
}
