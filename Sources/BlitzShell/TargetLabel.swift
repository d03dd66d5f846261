/// How the interactive shell names its target, so production is unmistakable.
///
/// The embedded sandbox is named plainly. Any other target (a real API, or a sandbox run
/// on its own) is named by host and port, highlighted white on red on a terminal unless
/// `NO_COLOR` is set, in the start-up line and in every prompt.
struct TargetLabel {
    let target: Target
    let output: Output

    /// `alice@sandbox (group 2)> `, with the host highlighted when it is not the embedded sandbox.
    func prompt(user: String?, groupID: Int?) -> String {
        let user = user ?? "(not signed in)"
        let group = groupID.map { " (group \($0))" } ?? ""
        let place =
            target.isEmbeddedSandbox
            ? target.displayName
            : output.highlight(target.displayName, codes: EditLineReader.invisible)
        return "\(user)@\(place)\(group)> "
    }

    /// The start-up line, for standard error.
    func banner(version: String) -> String {
        let help = "Type 'help' for commands, Ctrl-D to leave."
        if target.isEmbeddedSandbox {
            return "blitz \(version) on the embedded sandbox at \(target.url.absoluteString). \(help)"
        }
        let host = output.highlight(target.displayName, onErrorStream: true)
        return "blitz \(version) on \(host) (\(target.url.absoluteString)), not the embedded sandbox: "
            + "orders and returns are real. \(help)"
    }
}
