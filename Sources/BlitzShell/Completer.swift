/// Tab completion from the command table and the live session: command names, keys,
/// state codes, group ids and result indexes.
struct Completer {
    let session: Session

    /// The full words that could stand where the last word of `line` is being typed.
    func complete(_ line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let typing = line.last == " " || line.isEmpty ? "" : (words.last ?? "")
        let earlier = typing.isEmpty ? words : Array(words.dropLast())

        guard let commandName = earlier.first else {
            return CommandTable.names.filter { $0.hasPrefix(typing.lowercased()) }.sorted()
        }
        guard let command = CommandTable.command(named: commandName) else { return [] }
        return candidates(for: command, typing: typing).filter { $0.hasPrefix(typing) }
    }

    private func candidates(for command: CommandSpec, typing: String) -> [String] {
        if let equals = typing.firstIndex(of: "=") {
            let key = typing[..<equals].lowercased()
            return values(forKey: key).map { "\(key)=\($0)" }
        }
        let keys = command.keys.map { "\($0)=" }
        switch command.name {
        case "help": return CommandTable.names.sorted()
        case "use": return session.groups.map { String($0.id) }
        case "format": return OutputFormat.allCases.map(\.rawValue)
        case "order": return keys + ["all"] + session.lastResults.indices.map { String($0 + 1) }
        case "return", "assigned": return session.lastAssigned.map(\.number)
        default: return keys
        }
    }

    private func values(forKey key: String) -> [String] {
        switch key {
        case "state": return StateCode.all
        case "group": return session.groups.map { String($0.id) }
        case "ratecenter": return Array(Set(session.lastResults.map(\.rateCenter))).sorted()
        case "lata": return Array(Set(session.lastResults.map(\.lata))).sorted()
        default: return []
        }
    }
}
