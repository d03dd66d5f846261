import Foundation

/// `help` and `help COMMAND`, both drawn from the ``CommandTable``.
extension Session {
    func help(_ invocation: Invocation) throws(ShellError) {
        guard let word = invocation.arguments.first else {
            output.line("Commands:")
            for command in CommandTable.all {
                for line in Self.listing(usage: command.usage, summary: command.summary) { output.line(line) }
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

    /// One command in the list, within 80 columns: the usage, then the summary from column 27,
    /// wrapped at word boundaries; a usage too long for its column puts the summary on the next line.
    static func listing(usage: String, summary: String) -> [String] {
        let column = 26
        let width = 79 - column
        var lines: [String] = []
        var current = ""
        for word in summary.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        let indent = String(repeating: " ", count: column)
        let head = "  " + usage
        var listing: [String] = []
        if head.count + 2 <= column, let first = lines.first {
            listing.append(head.padding(toLength: column, withPad: " ", startingAt: 0) + first)
            lines.removeFirst()
        } else {
            listing.append(head)
        }
        return listing + lines.map { indent + $0 }
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
