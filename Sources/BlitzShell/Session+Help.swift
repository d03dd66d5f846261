import Foundation

/// `help` and `help COMMAND`, both drawn from the ``CommandTable``.
extension Session {
    func help(_ invocation: Invocation) throws(ShellError) {
        guard let word = invocation.arguments.first else {
            let width = CommandTable.all.map(\.usage.count).max() ?? 0
            output.line("Commands:")
            for command in CommandTable.all {
                output.line(
                    "  \(command.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)")
            }
            output.line("")
            output.line("Separate commands with ';'. A '#' starts a comment. 'help COMMAND' explains one.")
            return
        }
        guard let command = CommandTable.command(named: word.text) else {
            throw .usage(Session.unknownCommandMessage(word.text), column: word.column)
        }
        output.line("usage: \(command.usage)")
        output.line(command.summary)
        for line in command.details { output.line(line) }
        if !command.aliases.isEmpty {
            output.line("Also: \(command.aliases.joined(separator: ", ")).")
        }
    }

    static func unknownCommandMessage(_ name: String) -> String {
        var message = "Unknown command '\(name)'"
        if let suggestion = Suggestion.closest(to: name.lowercased(), in: CommandTable.names) {
            message += ": did you mean '\(suggestion)'?"
        } else {
            message += "."
        }
        return message + " Type 'help' for the list."
    }
}
