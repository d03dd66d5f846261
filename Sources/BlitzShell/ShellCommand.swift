import BlitzAPI
import BlitzSandbox
import Foundation

/// `blitz`: the interactive shell, the script runner and `blitz check`.
package enum ShellCommand {
    package static let version = "0.1.0"

    /// Runs the shell with its arguments (without the program name) and returns the exit status.
    package static func run(_ arguments: [String]) -> Int32 {
        let options: ShellOptions
        do {
            options = try ShellOptions.parse(arguments)
        } catch {
            Output(format: .table).error(error.message)
            return ShellError.Kind.usage.rawValue
        }
        if options.showHelp {
            print(ShellHelp.text, terminator: "")
            return 0
        }
        if options.showVersion {
            print("blitz \(version) (Blitz customer API 2.7.1)")
            return 0
        }
        if let files = options.checkFiles {
            let environment = ProcessInfo.processInfo.environment
            let url = (try? ConnectionSettings.resolve(options: options, environment: environment))?.url
            return ScriptChecker(options: options, apiURL: url).run(files)
        }
        return Launch(options: options).run()
    }
}
