import CEditLine
import Foundation

/// A pseudo-terminal pair for tests: the follower end acts as the user's terminal and the
/// leader end types into it and reads what it shows.
final class PseudoTerminal {
    /// Why a pseudo-terminal could not be opened.
    struct OpenError: Error {
        let step: String
    }

    let leader: Int32
    let follower: Int32

    init() throws {
        var leader: Int32 = -1
        var follower: Int32 = -1
        guard openpty(&leader, &follower, nil, nil, nil) == 0 else {
            throw OpenError(step: "openpty")
        }
        self.leader = leader
        self.follower = follower
        _ = fcntl(leader, F_SETFL, fcntl(leader, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(follower)
        close(leader)
    }

    /// Sends keystrokes to the terminal.
    func type(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { write(leader, $0.baseAddress, $0.count) }
    }

    /// Everything the terminal has shown since the last call.
    func output() -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(leader, &chunk, chunk.count)
            guard count > 0 else {
                break
            }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the terminal echoes typed characters.
    var echoes: Bool {
        var attributes = termios()
        tcgetattr(follower, &attributes)
        return attributes.c_lflag & tcflag_t(ECHO) != 0
    }
}
