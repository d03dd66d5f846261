import Foundation

/// How the session is running its commands: which script files are open, where relative
/// paths start, and what happens when a command fails.
package struct ScriptState {
    /// The script files being run, outermost first, so `source` can refuse an include cycle.
    package var openFiles: [URL] = []
    /// Where relative paths in commands start: the running script's directory, or the current
    /// directory at the prompt and for `-c` and standard input.
    package var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    /// The folder of the running include as messages name it (``ScriptSource/displayDirectory``).
    package var displayDirectory = ""
    /// Print each command after interpolation, before it runs (`--echo`).
    package var echo = false
    /// Stop the script at the first failure (`on-error stop`, the default); with `continue` the
    /// failure is reported, `${error}` is set and the script goes on.
    package var stopsOnError = true
    /// `blitz check`: commands are parsed and resolved, nothing is sent or written.
    package var isChecking = false
    /// Checking a script before running it: only problems that cannot depend on the run count,
    /// and nothing after a `quit` is looked at.
    package var isCheckingBeforeRun = false
    /// Problems the check has found so far, in the order found, includes' among them.
    package var problems: [ShellError] = []
    /// Variables a check has set from values only the run knows (`set tn=${results[1].number}`),
    /// which hold stand-ins until then.
    package var setAtRunTime: Set<String> = []
    /// Whether a `use` line came before, while checking, so an `order` without `group=` has a
    /// group to go into.
    package var mayHaveChosenGroup = false
    /// While checking, the collections (`results`, `groups`, `assigned`) that a command before
    /// this one may have fetched, so `${assigned[1].number}` with no `assigned` before it is a
    /// problem found before anything runs.
    package var mayHaveListed: Set<String> = []
    /// The exit status of the worst failure the script went past under `on-error continue`:
    /// the script goes on, but its status still says that not every command succeeded.
    package var statusOfPassedFailures: Int32 = 0

    package init() {}

    /// `path` resolved against ``directory`` unless it is absolute; `~` is `$HOME`, as in a
    /// shell, and `~user` that user's home.
    package func url(for path: String) -> URL {
        let expanded: String
        if let home = ProcessInfo.processInfo.environment["HOME"], path == "~" || path.hasPrefix("~/") {
            expanded = home + path.dropFirst()
        } else {
            // Foundation reads the password database here, which ignores $HOME.
            expanded = NSString(string: path).expandingTildeInPath
        }
        return URL(fileURLWithPath: expanded, relativeTo: directory).standardizedFileURL
    }
}
