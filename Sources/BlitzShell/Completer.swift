/// Tab completion from the command table and the live session: command names, keys,
/// state codes, group ids and result indexes.
///
/// Candidates match what is typed in any letter case (`state=n` offers `state=NC`), since the
/// commands themselves take keys, states and rate centers in any case.
struct Completer {
    let session: Session

    /// The full words that could stand where the last word of `line` is being typed.
    func complete(_ line: String) -> [String] {
        let command = Self.lastCommand(in: line)
        let words = command.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let typing = command.last == " " || command.isEmpty ? "" : (words.last ?? "")
        let earlier = typing.isEmpty ? words : Array(words.dropLast())

        guard let commandName = earlier.first else {
            return CommandTable.names.filter { $0.hasPrefix(typing.lowercased()) }.sorted()
        }
        guard let spec = CommandTable.command(named: commandName) else { return [] }
        let typed = typing.lowercased()
        return candidates(for: spec, typing: typing).filter { $0.lowercased().hasPrefix(typed) }
    }

    /// The text after the last `;` outside quotes: the command the cursor is in.
    static func lastCommand(in line: String) -> Substring {
        line.textAfterLastUnquoted { $0 == ";" }.drop { $0 == " " }
    }

    private func candidates(for command: CommandSpec, typing: String) -> [String] {
        if let equals = typing.firstIndex(of: "=") {
            let key = typing[..<equals].lowercased()
            return values(forKey: key).map { "\(key)=\($0)" }
        }
        let keys = command.keys.map { "\($0)=" }
        switch command.name {
        case "help": return CommandTable.names.sorted()
        case "use": return groupIDs
        case "order": return keys + ["all"] + resultIndexes(after: typing)
        case "return", "assigned": return session.lastAssigned.map(\.number)
        default: return keys + command.words
        }
    }

    /// Result indexes, each after the part of a selection already typed (`1,` gives `1,2`).
    private func resultIndexes(after typing: String) -> [String] {
        let head = typing.lastIndex { $0 == "," || $0 == "-" }.map { typing[...$0] } ?? ""
        return session.lastResults.indices.map { "\(head)\($0 + 1)" }
    }

    private func values(forKey key: String) -> [String] {
        switch key {
        case "state": return StateCode.all
        case "group": return groupIDs
        case "ratecenter": return Array(Set(session.lastResults.map(\.rateCenter))).sorted()
        case "lata": return Array(Set(session.lastResults.map(\.lata))).sorted()
        case "sort": return ResultsQuery.sortFields
        default: return []
        }
    }

    /// The group ids, listed from the API on the first Tab that needs them (a cheap read),
    /// so `use ` completes before `groups` was ever typed and again after a new `login`.
    private var groupIDs: [String] {
        if session.groups.isEmpty, session.username != nil {
            _ = try? session.knownGroups()
        }
        return session.groups.map { String($0.id) }
    }
}
