import Foundation

/// The command line of `blitz`, parsed.
package struct ShellOptions: Equatable {
    package var url: String?
    package var user: String?
    package var profile: String?
    package var format: OutputFormat = .table
    /// Commands given with `-c`.
    package var commands: String?
    /// A script file to run.
    package var scriptFile: String?
    /// `-v NAME=VALUE` parameters for scripts.
    package var parameters: [String: String] = [:]
    package var echo = false
    package var dryRun = false
    package var assumeYes = false
    package var timeout: TimeInterval = 30
    package var caCertificate: String?
    package var showHelp = false
    package var showVersion = false
    /// `blitz check FILE...`: the files to check without sending anything.
    package var checkFiles: [String]?

    package init() {}

    static let flags = [
        "--url", "--user", "--profile", "--json", "--format", "-c", "-v", "--echo", "--dry-run", "--yes",
        "--timeout", "--cacert", "--help", "-h", "--version",
    ]

    /// Parses `arguments` (without the program name).
    package static func parse(_ arguments: [String]) throws(ShellError) -> ShellOptions {
        var options = ShellOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument.hasPrefix("-"), argument != "-" {
                try options.apply(flag: argument, from: &remaining)
            } else if argument == "check", options.checkFiles == nil, options.scriptFile == nil {
                // The first word that is neither an option nor an option's value picks check
                // mode, wherever the options stand: blitz --url X check f.blitz.
                options.checkFiles = []
            } else if options.checkFiles != nil {
                options.checkFiles?.append(argument)
            } else if options.scriptFile == nil {
                options.scriptFile = argument
            } else {
                throw .usage("Only one script file can be run at a time; '\(argument)' is one too many.")
            }
        }
        if options.checkFiles?.isEmpty == true {
            throw .usage("'blitz check' needs the script files to check, e.g. blitz check order.blitz.")
        }
        if options.commands != nil, options.checkFiles != nil {
            throw .usage("'blitz check' checks script files, not -c COMMANDS; save them in a file to check them.")
        }
        if options.commands != nil, options.scriptFile != nil {
            throw .usage("Give either -c COMMANDS or a script file, not both.")
        }
        return options
    }

    private mutating func apply(flag: String, from remaining: inout ArraySlice<String>) throws(ShellError) {
        var name = flag
        var inlineValue: String?
        if flag.hasPrefix("--"), let equals = flag.firstIndex(of: "=") {
            name = String(flag[..<equals])
            inlineValue = String(flag[flag.index(after: equals)...])
        }
        func value() throws(ShellError) -> String {
            if let inlineValue { return inlineValue }
            guard let next = remaining.popFirst() else { throw .usage("\(name) needs a value; see blitz --help.") }
            return next
        }

        switch name {
        case "--url": url = try value()
        case "--user": user = try value()
        case "--profile": profile = try value()
        case "--json": format = .json
        case "--format": format = try Self.format(try value())
        case "-c": commands = try value()
        case "-v": try addParameter(try value())
        case "--echo": echo = true
        case "--dry-run": dryRun = true
        case "--yes", "-y": assumeYes = true
        case "--timeout": timeout = try Self.seconds(try value())
        case "--cacert": caCertificate = try value()
        case "--help", "-h": showHelp = true
        case "--version": showVersion = true
        default:
            var message = "Unknown option '\(flag)'"
            message += Suggestion.closest(to: name, in: Self.flags).map { ": did you mean '\($0)'?" } ?? "."
            throw .usage(message + " See blitz --help.")
        }
    }

    private mutating func addParameter(_ text: String) throws(ShellError) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw .usage("-v takes NAME=VALUE, e.g. -v state=FL; '\(text)' has no '='.")
        }
        let name = String(text[..<equals])
        guard Variables.isValidName(name) else {
            throw .usage("'\(name)' is not a variable name: use letters, digits and '_', starting with a letter.")
        }
        parameters[name] = String(text[text.index(after: equals)...])
    }

    private static func format(_ text: String) throws(ShellError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw .usage("'\(text)' is not an output format: use table, json or csv.")
        }
        return format
    }

    private static func seconds(_ text: String) throws(ShellError) -> TimeInterval {
        guard let seconds = TimeInterval(text), seconds > 0, seconds <= 3600 else {
            throw .usage("--timeout takes seconds from 1 to 3600, e.g. --timeout 30; '\(text)' is not.")
        }
        return seconds
    }
}
