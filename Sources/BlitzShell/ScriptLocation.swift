/// A line of a script: the file it is in, its 1-based number and its text, for error reports.
package struct ScriptLocation: Equatable, Sendable {
    /// The script's name as the user gave it (`order.blitz`, `-c`, `<stdin>`).
    package var file: String
    package var line: Int
    package var text: String

    package init(file: String, line: Int, text: String) {
        self.file = file
        self.line = line
        self.text = text
    }
}
