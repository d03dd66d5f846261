/// `blitz sandbox`: runs the simulator standalone.
package enum SandboxCommand {
    /// Runs the command with its arguments and returns the exit status.
    package static func run(_ arguments: [String]) -> Int32 {
        print("blitz sandbox: not built yet")
        return 1
    }
}
