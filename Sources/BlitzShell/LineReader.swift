/// A source of command lines: the line editor on a terminal, or a plain reader for files and
/// pipes, so that script mode is the interactive loop with a different reader.
package protocol LineReader: AnyObject {
    /// Shows `prompt` (where the reader has one) and waits for the next line.
    func readLine(prompt: String) -> LineInput
}
