import BlitzSandbox
import BlitzShell
import Foundation

/// `blitz sandbox ...` runs the standalone simulator; anything else is the shell.
let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "sandbox" {
    exit(SandboxCommand.run(Array(arguments.dropFirst())))
}
exit(ShellCommand.run(arguments))
