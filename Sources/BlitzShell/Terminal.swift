import CEditLine
import Foundation

/// Small helpers for the controlling terminal: whether there is one, reading a password
/// without echo, and putting the terminal back as it was.
package enum Terminal {
    /// A terminal's settings, saved so they can be put back.
    package struct SavedState {
        fileprivate let descriptor: Int32
        fileprivate let attributes: termios
    }

    /// Whether `descriptor` is a terminal (a person is typing, or reading the output).
    package static func isInteractive(_ descriptor: Int32 = STDIN_FILENO) -> Bool {
        isatty(descriptor) == 1
    }

    /// The current settings of the terminal on `descriptor`, or nil when it is not a terminal.
    package static func saveState(of descriptor: Int32 = STDIN_FILENO) -> SavedState? {
        var attributes = termios()
        guard tcgetattr(descriptor, &attributes) == 0 else {
            return nil
        }
        return SavedState(descriptor: descriptor, attributes: attributes)
    }

    /// Puts saved settings back, such as on the way out after SIGTERM or SIGHUP.
    ///
    /// - Returns: Whether the terminal accepted them.
    @discardableResult
    package static func restore(_ state: SavedState) -> Bool {
        var attributes = state.attributes
        return tcsetattr(state.descriptor, TCSANOW, &attributes) == 0
    }

    /// Asks for a secret on the terminal with echo off and returns what was typed, without the
    /// line feed.
    ///
    /// The prompt goes to standard error. Echo is restored on every way out, Ctrl-C included.
    /// - Parameters:
    ///   - prompt: Shown before reading, such as `Password for alice: `.
    ///   - descriptor: Where to read; it must be a terminal.
    /// - Returns: The secret, or nil when `descriptor` is not a terminal, on Ctrl-C (the
    ///   interrupt is taken, so it cancels nothing else), on SIGTERM or SIGHUP, or on Ctrl-D
    ///   with nothing typed.
    package static func readSecret(prompt: String, from descriptor: Int32 = STDIN_FILENO) -> String? {
        guard let saved = saveState(of: descriptor) else {
            return nil
        }
        var silent = saved.attributes
        silent.c_lflag &= ~tcflag_t(ECHO)
        // Echo goes off (dropping typeahead) before the prompt shows: what is typed once it
        // is visible is neither echoed nor thrown away.
        guard tcsetattr(descriptor, TCSAFLUSH, &silent) == 0 else {
            return nil
        }
        writeToStandardError(prompt)
        let secret = Interrupts.catchingSignals {
            Interrupts.whileReading {
                readUntilLineFeed(from: descriptor)
            }
        }
        restore(saved)
        writeToStandardError("\n")
        if secret == nil {
            _ = Interrupts.takeInterrupt()
        }
        return secret
    }

    /// Reads bytes up to a line feed; nil when a signal breaks the read or input ends empty.
    private static func readUntilLineFeed(from descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        defer {
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.initialize(repeating: 0)
            }
        }
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0, errno == EINTR, !Interrupts.isInterruptPending, Interrupts.pendingTermination == nil {
                continue
            }
            if count <= 0 {
                return count == 0 && !bytes.isEmpty ? String(decoding: bytes, as: UTF8.self) : nil
            }
            if byte == UInt8(ascii: "\n") {
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes.append(byte)
        }
    }

    /// Writes `text` to standard error unbuffered, so it shows before a blocking read.
    static func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 && errno != EINTR {
                return
            }
            offset += max(written, 0)
        }
        bytes.removeAll()
    }
}
