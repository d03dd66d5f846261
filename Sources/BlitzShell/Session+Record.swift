import Foundation

/// `record FILE` and `record stop`: the commands that succeed, written down as a script.
extension Session {
    /// Commands about the recording or the terminal, which a replay must not repeat.
    private static let unrecorded: Set<String> = ["record", "source", "help", "history", "quit"]

    func record(_ invocation: Invocation) throws(ShellError) {
        recording = .skipped(comment: nil)
        guard invocation.arguments.count == 1, let word = invocation.arguments.first, !word.text.isEmpty else {
            throw .usage("'record' takes a file or 'stop', e.g. record session.blitz or record stop.")
        }
        if word.text == "stop" {
            try stopRecording(invocation)
            return
        }
        let url = script.url(for: word.text)
        guard !script.isChecking else { return }
        if let recorder {
            throw .usage(
                "Already recording into '\(recorder.path)'; run record stop first.", column: word.column)
        }
        let opened = try Recorder(url: url, path: word.text)
        let stamp = ISO8601DateFormatter().string(from: Date())
        _ = opened.append("# recorded by blitz \(ShellCommand.version) on \(target.displayName) at \(stamp)")
        recorder = opened
        output.note("Recording the commands that succeed into \(word.text); record stop ends it.")
    }

    private func stopRecording(_ invocation: Invocation) throws(ShellError) {
        guard !script.isChecking else { return }
        guard let recorder else {
            throw .usage("Nothing is being recorded; start with record FILE.", column: invocation.name.column)
        }
        self.recorder = nil
        output.note("Stopped recording into \(recorder.path).")
    }

    /// Writes the command that just succeeded as the recording asks.
    func recordSuccess(of invocation: Invocation) {
        guard let recorder else { return }
        let name = CommandTable.command(named: invocation.name.text)?.name ?? invocation.name.text
        var line: String?
        switch recording {
        case .asTyped where Self.unrecorded.contains(name): line = nil
        case .asTyped: line = Self.scriptLine(invocation, redacted: true)
        case .replaced(let replacement): line = replacement
        case .skipped(let comment): line = comment.map { "# " + $0 }
        }
        guard let line else { return }
        // The password or token must not reach the file, not even inside an `echo`.
        let written = mayRemember(line) ? line : Self.secretLeftOutComment
        if let failure = recorder.append(written) {
            output.warning(failure)
        }
    }

    /// The command as a line that lexes back to the same words, with secret variables and
    /// the password and token themselves shown as `[redacted]`, for `--echo`.
    func displayLine(_ invocation: Invocation) -> String {
        redactingSecrets(in: Self.scriptLine(invocation, redacted: true))
    }

    private static func scriptLine(_ invocation: Invocation, redacted: Bool) -> String {
        let isSet = invocation.name.text.lowercased() == "set"
        let words = invocation.arguments.map { word in
            isSet && redacted ? redactedAssignment(word.text) : word.text
        }
        return ([invocation.name.text] + words).map(Lexer.quoted).joined(separator: " ")
    }

    /// `NAME=VALUE` with the value replaced when the name says it holds a secret.
    private static func redactedAssignment(_ text: String) -> String {
        guard let equals = text.firstIndex(of: "="), Variables.isSecret(String(text[..<equals])) else {
            return text
        }
        return text[..<equals] + "=" + Redaction.marker
    }
}
