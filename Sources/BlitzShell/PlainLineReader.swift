import CEditLine
import Foundation

/// Reads lines from a file or a pipe with no prompt, no editing and no terminal set-up: the
/// reader for scripts and for standard input that is not a terminal.
///
/// Reading is buffered through C stdio. A UTF-8 byte-order mark on the first line and a `\r`
/// before each line feed are dropped, and a last line without a line feed is still returned,
/// so a script saved on Windows reads like a clean one. Invalid UTF-8 becomes U+FFFD.
package final class PlainLineReader: LineReader {
    /// The stream read; nil only if standard input could not be opened, which reads as empty.
    private let file: UnsafeMutablePointer<FILE>?
    private let closesFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    /// The 1-based number of the line last returned, for `FILE:LINE` messages.
    package private(set) var lineNumber = 0

    /// Reads standard input.
    package init() {
        file = fdopen(STDIN_FILENO, "r")
        closesFile = false
    }

    /// Reads the file at `url`.
    ///
    /// - Throws: ``LineReaderError`` when the file cannot be opened.
    package init(contentsOf url: URL) throws(LineReaderError) {
        guard let file = fopen(url.path, "r") else {
            throw .cannotOpen(path: url.path, reason: String(cString: strerror(errno)))
        }
        self.file = file
        closesFile = true
    }

    deinit {
        free(buffer)
        if closesFile, let file {
            fclose(file)
        }
    }

    /// Returns the next line; `prompt` is ignored, since scripts show none.
    package func readLine(prompt: String) -> LineInput {
        guard let file else {
            return .endOfInput
        }
        errno = 0
        let count = Interrupts.whileReading {
            getline(&buffer, &capacity, file)
        }
        guard count >= 0, let buffer else {
            return endOfRead(file)
        }
        lineNumber += 1
        let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
        return .line(Self.text(of: bytes, isFirstLine: lineNumber == 1))
    }

    private func endOfRead(_ file: UnsafeMutablePointer<FILE>) -> LineInput {
        let wasInterrupted = ferror(file) != 0 && errno == EINTR
        clearerr(file)
        if wasInterrupted {
            _ = Interrupts.takeInterrupt()
        }
        return wasInterrupted && Interrupts.pendingTermination == nil ? .interrupted : .endOfInput
    }

    /// The text of one line read with `getline`, without BOM and line ending.
    static func text(of bytes: UnsafeRawBufferPointer, isFirstLine: Bool) -> String {
        var line = bytes[...]
        if isFirstLine, line.starts(with: [0xEF, 0xBB, 0xBF]) {
            line = line.dropFirst(3)
        }
        if line.last == UInt8(ascii: "\n") {
            line = line.dropLast()
        }
        if line.last == UInt8(ascii: "\r") {
            line = line.dropLast()
        }
        return String(decoding: line, as: UTF8.self)
    }
}
