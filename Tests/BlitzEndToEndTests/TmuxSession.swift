import Foundation

/// A program running in its own detached tmux server, driven like a person at a terminal:
/// send keys, read the screen, wait for text to appear.
///
/// Every session gets a private server socket, so sessions never see each other or the user's
/// own tmux. The pane stays open after the program exits, so its last screen can be read, and
/// a small `sh` wrapper writes the exit status to a file (tmux 3.3a sometimes never reports a
/// dead pane's status). Waits poll until a deadline; they never assert on how long something
/// took.
final class TmuxSession {
    /// Why driving tmux failed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let socket: String
    /// Holds the tmux configuration, the exit status and command output; removed by ``kill()``,
    /// so a status the wrapper writes after that goes nowhere.
    private let files: URL
    private let configuration: URL
    private let statusFile: URL
    private let programName: String
    private let target = "blitz-test"

    /// Starts `command` in a `width` by `height` terminal.
    ///
    /// - Parameters:
    ///   - command: The program and its arguments (no shell quoting needed).
    ///   - environment: Variables set for the program on top of tmux's own environment.
    ///   - cleared: Variables removed from tmux's environment, such as `NO_COLOR`.
    ///   - directory: The working directory; the current one when nil.
    ///   - width: The terminal's width in columns.
    ///   - height: The terminal's height in rows.
    /// - Throws: ``Failure`` when tmux cannot start the session.
    init(
        _ command: [String],
        environment: [String: String] = [:],
        clearing cleared: [String] = [],
        directory: URL? = nil,
        width: Int = 120,
        height: Int = 30
    ) throws {
        socket = "blitz-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        files = FileManager.default.temporaryDirectory.appending(path: socket)
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        configuration = files.appending(path: "tmux.conf")
        try "set -g remain-on-exit on\nset -g history-limit 5000\n".write(
            to: configuration, atomically: true, encoding: .utf8)
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        programName = String(URL(filePath: command.first ?? "").lastPathComponent.prefix(15))
        statusFile = files.appending(path: "status")
        // The wrapper's no-op traps keep it alive through Ctrl-C and kill-server's SIGHUP (which
        // reach the whole foreground group) so it can record how the program ended; handled
        // signals are reset to their defaults in the program itself.
        let wrapper = "trap : INT TERM HUP QUIT; \"$@\"; echo $? > \(Self.shellQuoted(statusFile.path))"
        let unsets = cleared.flatMap { ["-u", $0] }
        let words = ["sh", "-c", wrapper, "sh", "env"] + unsets + assignments + command
        let shellCommand = words.map(Self.shellQuoted).joined(separator: " ")
        var arguments = ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        if let directory {
            arguments += ["-c", directory.path]
        }
        try tmux(arguments + [shellCommand])
    }

    deinit {
        kill()
    }

    /// Sends tmux key names such as `Enter`, `Tab`, `C-c`, `C-d`, `Up` or `BSpace`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// The visible screen, one line per row, trailing blank rows dropped.
    func screen() throws -> String {
        let text = try tmux(["capture-pane", "-p", "-t", target])
        return text.replacing(/\n+\z/, with: "")
    }

    /// The visible screen with its colour and style escape sequences.
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target]).replacing(/\n+\z/, with: "")
    }

    /// The screen and everything scrolled off it.
    func scrollback() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-", "-t", target]).replacing(/\n+\z/, with: "")
    }

    /// Polls the screen every 20 ms until `text` is on it.
    ///
    /// - Returns: The screen that contained it.
    /// - Throws: ``Failure`` with the last screen when `timeout` passes first.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) throws -> String {
        try waitUntil("\"\(text)\" to appear", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen every 20 ms until `condition` holds for it.
    ///
    /// - Returns: The screen that satisfied it.
    /// - Throws: ``Failure`` naming `what` and showing the last screen when `timeout` passes.
    @discardableResult
    func waitUntil(
        _ what: String,
        timeout: Duration = .seconds(30),
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = try screen()
            if condition(screen) {
                return screen
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "timed out after \(timeout) waiting for \(what); the screen was:\n\(screen)")
            }
            usleep(20_000)
        }
    }

    /// Polls until `name` is the terminal's foreground command, so keys typed next go to it
    /// rather than to a shell still starting it (typeahead across a mode switch can be lost).
    ///
    /// - Throws: ``Failure`` when `timeout` passes first.
    func waitForForeground(_ name: String, timeout: Duration = .seconds(30)) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            let command = try tmux(["display-message", "-p", "-t", target, "#{pane_current_command}"])
            if command.trimmingCharacters(in: .whitespacesAndNewlines) == name {
                return
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "\(name) was not in the foreground after \(timeout):\n\(try screen())")
            }
            usleep(20_000)
        }
    }

    /// Waits for the program to exit and returns its exit status (128 + N when signal N ended it).
    ///
    /// - Throws: ``Failure`` when it is still running after `timeout`.
    func waitForExit(timeout: Duration = .seconds(30)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = (try? String(contentsOf: statusFile, encoding: .utf8)) ?? ""
            if text.hasSuffix("\n"), let status = Int32(text.dropLast()) {
                return status
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the program was still running after \(timeout):\n\(try screen())")
            }
            usleep(20_000)
        }
    }

    /// The process ID of the program (not of the `sh` wrapper), for sending it signals; waits
    /// up to `timeout` for the wrapper to start it and for it to become the program (a signal
    /// sent earlier would meet the wrapper's forked copy and its no-op traps).
    ///
    /// - Throws: ``Failure`` when the program is not running.
    func programID(timeout: Duration = .seconds(30)) throws -> pid_t {
        let wrapper = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = URL(filePath: "/proc/\(wrapper)/task/\(wrapper)/children")
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = (try? String(contentsOf: children, encoding: .utf8)) ?? ""
            let ids = text.split(separator: " ").compactMap { pid_t($0) }
            if let id = ids.first(where: isProgram) {
                return id
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the program is not running:\n\(try screen())")
            }
            usleep(20_000)
        }
    }

    /// The process ID of the first process called `name` below the pane, however deep (such
    /// as a program a wrapper shell runs); waits up to `timeout` for it to start.
    ///
    /// - Throws: ``Failure`` when no such process is running.
    func processID(named name: String, timeout: Duration = .seconds(30)) throws -> pid_t {
        let pane = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let root = pid_t(pane), let id = Self.descendant(of: root, named: name) {
                return id
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "no process called \(name) is running:\n\(try screen())")
            }
            usleep(20_000)
        }
    }

    private static func descendant(of parent: pid_t, named name: String) -> pid_t? {
        let children = URL(filePath: "/proc/\(parent)/task/\(parent)/children")
        let text = (try? String(contentsOf: children, encoding: .utf8)) ?? ""
        for child in text.split(separator: " ").compactMap({ pid_t($0) }) {
            let comm = try? String(contentsOf: URL(filePath: "/proc/\(child)/comm"), encoding: .utf8)
            if comm?.trimmingCharacters(in: .whitespacesAndNewlines) == name {
                return child
            }
            if let found = descendant(of: child, named: name) {
                return found
            }
        }
        return nil
    }

    /// The pane terminal's settings as `stty -a` prints them, such as `-icanon` while a line
    /// editor reads keys one by one, or `-echo` while a password is asked for.
    func terminalSettings() throws -> String {
        let device = try tmux(["display-message", "-p", "-t", target, "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let outputFile = files.appending(path: "\(UUID().uuidString).stty")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let status = try Self.run(["stty", "-a", "-F", device], output: outputFile)
        let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "stty cannot read \(device): \(text)")
        }
        return text
    }

    /// Polls until the terminal shows `setting` (an `stty -a` word such as `-icanon`), so keys
    /// typed next reach a reader that has finished setting the terminal up.
    ///
    /// A program run by a wrapper shell without job control never becomes the terminal's
    /// foreground command by name, so ``waitForForeground(_:timeout:)`` cannot see it; its
    /// terminal mode can be seen.
    /// - Throws: ``Failure`` when `timeout` passes first.
    func waitForTerminal(_ setting: String, timeout: Duration = .seconds(30)) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            let words = try terminalSettings().split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" })
            if words.contains(Substring(setting)) {
                return
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the terminal never showed \(setting):\n\(try screen())")
            }
            usleep(20_000)
        }
    }

    private func isProgram(_ id: pid_t) -> Bool {
        let name = try? String(contentsOf: URL(filePath: "/proc/\(id)/comm"), encoding: .utf8)
        return name?.trimmingCharacters(in: .whitespacesAndNewlines) == programName
    }

    /// Ends the program and the tmux server; safe to call more than once.
    func kill() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: files)
    }

    /// Runs one tmux command against this session's server and returns its output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = files.appending(path: "\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let command = ["tmux", "-L", socket, "-f", configuration.path] + arguments
        let status = try Self.run(command, output: outputFile)
        let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "tmux \(arguments.first ?? "") failed (is tmux installed?): \(reason)")
        }
        return text
    }

    /// Runs `command` (found on PATH) with its output in `output` and returns its exit status.
    ///
    /// Foundation's `Process` is not used: it learns of the exit through a descriptor the
    /// child inherits, and the server `new-session` forks keeps that open for as long as it
    /// runs. The child also starts with no signals blocked (test threads block almost all), or
    /// the tmux server and the program in its pane would never see Ctrl-C or SIGCHLD.
    private static func run(_ command: [String], output: URL) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let arguments = command.map { strdup($0) } + [nil]
        defer {
            for argument in arguments {
                free(argument)
            }
        }
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, command[0], &actions, &attributes, arguments, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(command[0]): \(String(cString: strerror(spawned)))")
        }
        return waitForExit(of: child)
    }

    private static func waitForExit(of child: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Quotes `word` for the shell tmux runs the command with.
    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacing("'", with: #"'\''"#) + "'"
    }
}
