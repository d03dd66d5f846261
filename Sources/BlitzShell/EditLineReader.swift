@preconcurrency import CEditLine
import Foundation

/// Shown if the prompt callback ever runs without its reader; libedit cannot take a null prompt.
nonisolated(unsafe) private let emptyPrompt = strdup("")

/// libedit calls this for the prompt; it reads the current prompt from the reader stored as
/// the editor's client data.
private func currentPrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    guard let editLine, let reader = EditLineReader.reader(of: editLine) else {
        return emptyPrompt
    }
    return reader.promptText ?? emptyPrompt
}

/// libedit calls this when Tab is pressed.
private func completeWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let reader = EditLineReader.reader(of: editLine) else {
        return UInt8(CC_ERROR)
    }
    return reader.complete(in: editLine)
}

/// The interactive line reader: libedit's editor with persistent history, Tab completion,
/// `~/.editrc` support and Ctrl-C handling.
///
/// Emacs key bindings are the default; a `bind -v` line in `~/.editrc` (or the file named by
/// `EDITRC`) switches to vi mode. Ctrl-C at the prompt clears the line and returns
/// ``LineInput/interrupted``; Ctrl-D on an empty line returns ``LineInput/endOfInput``. The
/// terminal is in editing mode only inside ``readLine(prompt:)`` and is put back when it
/// returns, whichever way. Call ``Interrupts/install()`` first, or Ctrl-C ends the process.
///
/// Only use it when standard input is a terminal: on a pipe, libedit reads one byte per system
/// call; ``PlainLineReader`` is the reader there.
package final class EditLineReader: LineReader {
    /// The most entries kept in memory and in the history file.
    package static let historySize = 1000

    /// Characters between two of these in a prompt take no room on screen; see ``invisible(_:)``.
    package static let invisibleDelimiter: Character = "\u{1}"

    private let editLine: OpaquePointer?
    private let history: OpaquePointer?
    private let historyFile: URL?
    let completer: ((_ lineBeforeCursor: String) -> [String])?

    /// The prompt libedit shows, owned by this reader.
    private(set) var promptText: UnsafeMutablePointer<CChar>?

    /// Set when libedit could not start; the reader then reads plain lines.
    private var fallback: PlainLineReader?

    /// Why the last history save failed, if it did; the shell may mention it once.
    package private(set) var historyError: String?

    /// Starts the editor on standard input and output.
    ///
    /// - Parameters:
    ///   - historyFile: Where history is loaded from and saved to (its folder is created);
    ///     nil keeps history for this session only.
    ///   - completer: Given the text before the cursor, returns the full words that could
    ///     stand for the word under the cursor; nil turns Tab completion off.
    package init(historyFile: URL?, completer: ((_ lineBeforeCursor: String) -> [String])?) {
        Self.useCharacterLocale()
        self.historyFile = historyFile
        self.completer = completer
        editLine = el_init(CommandLine.arguments.first ?? "blitz", stdin, stdout, stderr)
        history = history_init()
        guard let editLine else {
            fallback = PlainLineReader()
            return
        }
        configure(editLine)
        loadHistory()
    }

    deinit {
        if let editLine {
            el_end(editLine)
        }
        if let history {
            history_end(history)
        }
        free(promptText)
    }

    package func readLine(prompt: String) -> LineInput {
        if let fallback {
            print(prompt, terminator: "")
            fflush(stdout)
            return fallback.readLine(prompt: prompt)
        }
        guard let editLine else {
            return .endOfInput
        }
        setPrompt(prompt)
        return read(from: editLine)
    }

    /// Adds a line to the history and saves the history file; blank lines are skipped.
    ///
    /// The line is trimmed first (libedit's file format would lose a trailing space anyway).
    /// Never pass a line holding a password or token.
    /// - Returns: Whether the line was kept and, when there is a history file, saved.
    @discardableResult
    package func addHistory(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace
        guard !trimmed.isEmpty, let history, blitz_history_enter(history, trimmed) >= 0 else {
            return false
        }
        return saveHistory()
    }

    /// The history, oldest entry first, for the `history` command.
    package var historyEntries: [String] {
        guard let history else {
            return []
        }
        var entries: [String] = []
        var entry = blitz_history_step(history, H_LAST)
        while let text = entry {
            entries.append(String(cString: text))
            entry = blitz_history_step(history, H_PREV)
        }
        return entries
    }

    /// Wraps `text`, such as a colour escape sequence, so the editor knows it takes no room.
    package static func invisible(_ text: String) -> String {
        "\(invisibleDelimiter)\(text)\(invisibleDelimiter)"
    }

    /// The reader whose client data `editLine` carries.
    static func reader(of editLine: OpaquePointer) -> EditLineReader? {
        guard let data = blitz_el_get_client_data(editLine) else {
            return nil
        }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: - Set-up

    /// UTF-8 input is edited by character only under a UTF-8 character locale; when the
    /// environment names none (LANG unset in a container), C.UTF-8 is used.
    private static func useCharacterLocale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private func configure(_ editLine: OpaquePointer) {
        blitz_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        blitz_el_set_prompt(editLine, currentPrompt, CChar(ascii: Self.invisibleDelimiter))
        blitz_el_set_string(editLine, EL_EDITOR, "emacs")
        blitz_el_set_int(editLine, EL_SIGNAL, 1)
        if let history {
            blitz_history_set_size(history, Int32(Self.historySize))
            blitz_history_set_unique(history, 1)
            blitz_el_set_history(editLine, history)
        }
        el_source(editLine, nil)
        if completer != nil {
            // After the user's editrc: `bind -v` there resets every key map, Tab included.
            blitz_el_add_function(editLine, "blitz-complete", "Complete the word before the cursor", completeWord)
            blitz_el_bind(editLine, "^I", "blitz-complete")
        }
    }

    private func setPrompt(_ prompt: String) {
        free(promptText)
        promptText = strdup(prompt)
    }

    // MARK: - Reading

    private func read(from editLine: OpaquePointer) -> LineInput {
        var count: Int32 = 0
        errno = 0
        let line = Interrupts.whileReading {
            el_gets(editLine, &count)
        }
        guard let line, count > 0 else {
            let wasInterrupted = count < 0 && errno == EINTR
            return wasInterrupted ? interrupted(editLine) : endOfInput()
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") {
            text.removeLast()
        }
        return .line(text)
    }

    /// Handles a signal that broke off the read, after libedit has put the terminal back.
    ///
    /// Ctrl-C moves to a fresh line for the next prompt; SIGTERM and SIGHUP end the input.
    private func interrupted(_ editLine: OpaquePointer) -> LineInput {
        el_reset(editLine)
        _ = Interrupts.takeInterrupt()
        let isTermination = Interrupts.pendingTermination != nil
        fputs(isTermination ? "\n" : "^C\n", stdout)
        fflush(stdout)
        return isTermination ? .endOfInput : .interrupted
    }

    /// Ctrl-D leaves the cursor after the prompt; whatever is printed next starts a new line.
    private func endOfInput() -> LineInput {
        fputs("\n", stdout)
        fflush(stdout)
        return .endOfInput
    }

    // MARK: - History

    /// Loads the history file: plain lines, oldest first; a file libedit wrote in its own
    /// escaped format (from an earlier blitz) is read by libedit and rewritten plain on the
    /// next save.
    private func loadHistory() {
        guard let history, let historyFile else {
            return
        }
        let folder = historyFile.deletingLastPathComponent()
        try? StatePaths.createPrivateDirectory(folder)
        guard let text = try? String(contentsOf: historyFile, encoding: .utf8) else {
            return
        }
        if text.hasPrefix(Self.libeditHistoryHeader) {
            blitz_history_load(history, historyFile.path)
            return
        }
        for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
            blitz_history_enter(history, String(line))
        }
    }

    /// The first line of a history file in libedit's format, which escapes spaces as `\040`.
    private static let libeditHistoryHeader = "_HiStOrY_V2_"

    /// Writes the history as plain lines, readable with any pager, through a private file
    /// renamed into place so a crash never leaves half a history.
    private func saveHistory() -> Bool {
        guard history != nil, let historyFile else {
            return true
        }
        let text = historyEntries.map { $0 + "\n" }.joined()
        guard let problem = Self.writePrivately(text, to: historyFile) else {
            historyError = nil
            return true
        }
        historyError = "cannot save history to '\(historyFile.path)': \(problem)"
        return false
    }

    /// Writes `text` to `file` with mode 0600 (history holds hostnames and numbers the user
    /// worked on); returns why it failed, or nil.
    private static func writePrivately(_ text: String, to file: URL) -> String? {
        let temporary = file.path + ".new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            return String(cString: strerror(errno))
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let failure = written == bytes.count ? nil : String(cString: strerror(errno))
        close(descriptor)
        guard failure == nil, rename(temporary, file.path) == 0 else {
            let reason = failure ?? String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }
}

extension CChar {
    /// The byte of an ASCII character.
    init(ascii character: Character) {
        self = CChar(truncatingIfNeeded: character.asciiValue ?? 0)
    }
}
