/// `blitz`: the interactive shell and script runner.
package enum ShellCommand {
    /// Runs the shell with its arguments and returns the exit status.
    package static func run(_ arguments: [String]) -> Int32 {
        print("blitz: not built yet")
        return 1
    }
}
