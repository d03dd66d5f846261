import Foundation

/// Where the shell writes: results to standard output, diagnostics to standard error.
///
/// Colour is used only when the stream is a terminal and `NO_COLOR` is not set to a non-empty value.
package final class Output {
    package var format: OutputFormat
    private let colorsErrors: Bool
    private let colorsResults: Bool
    /// Everything written to standard output, when a test or `record` needs it.
    private var captured: [String]?
    /// Writes nothing at all: `blitz check` runs commands without their output.
    private let isMuted: Bool
    /// Hides passwords and tokens in notes, warnings and errors, which may quote what was
    /// typed or read from a script; results on standard output are left as they are.
    package var redaction: (String) -> String = { $0 }

    package init(
        format: OutputFormat,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        isMuted: Bool = false
    ) {
        self.format = format
        self.isMuted = isMuted
        let colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        colorsErrors = colorAllowed && isatty(STDERR_FILENO) == 1
        colorsResults = colorAllowed && isatty(STDOUT_FILENO) == 1
    }

    /// Prints a line of results.
    package func line(_ text: String = "") {
        write(text + "\n", to: .standardOutput)
    }

    /// Prints a note for the person at the keyboard, on standard error.
    package func note(_ text: String) {
        write(redaction(text) + "\n", to: .standardError)
    }

    /// Prints a warning on standard error, control characters escaped (``SourceExcerpt/escaped(_:)``).
    package func warning(_ text: String) {
        let shown = SourceExcerpt.escaped(redaction(text))
        write(paint("warning: ", code: "33", when: colorsErrors) + shown + "\n", to: .standardError)
    }

    /// Prints an error on standard error, control characters escaped, since its text may quote
    /// what was typed or read from a file.
    package func error(_ text: String) {
        let shown = SourceExcerpt.escaped(redaction(text))
        write(paint("error: ", code: "31", when: colorsErrors) + shown + "\n", to: .standardError)
    }

    /// Text highlighted on a terminal, plain elsewhere: for production targets in the prompt and banner.
    ///
    /// `codes` wraps each escape sequence, so a line editor can be told they take no room
    /// (``EditLineReader/invisible(_:)``).
    package func highlight(
        _ text: String, onErrorStream: Bool = false, codes: (String) -> String = { $0 }
    ) -> String {
        guard onErrorStream ? colorsErrors : colorsResults else { return text }
        return codes("\u{1B}[1;37;41m") + text + codes("\u{1B}[0m")
    }

    /// Prints a JSON document as one line.
    package func json<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return }
        line(String(decoding: data, as: UTF8.self))
    }

    private func paint(_ text: String, code: String, when enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ text: String, to stream: FileHandle) {
        guard !isMuted else { return }
        stream.write(Data(text.utf8))
    }
}
