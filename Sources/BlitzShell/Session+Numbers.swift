import BlitzAPI
import Foundation

/// Numbers named outside the last results: `--from FILE`, and exact look-ups in the inventory.
extension Session {
    /// The numbers of `--from FILE` when the words are exactly that, or nil for other words.
    ///
    /// Under `blitz check` a file that is not there yet is let through (the script may write
    /// it first); one that is there is read and checked. Before a run it is not read at all:
    /// what it holds when the command runs is up to the run, which may write it first.
    func numbersFromFile(_ words: [Word], command: String) throws(ShellError) -> [String]? {
        guard let flag = words.first, flag.text == "--from" else { return nil }
        guard words.count == 2 else {
            let column = words.count > 2 ? words[2].column : flag.column
            let message = "'\(command) --from' takes one file of numbers, e.g. \(command) --from numbers.txt."
            throw ShellError.usage(message, column: column).about(words)
        }
        let path = words[1]
        let url = script.url(for: path.text)
        if script.isChecking, script.isCheckingBeforeRun || !FileManager.default.fileExists(atPath: url.path) {
            return []
        }
        do {
            return try NumberFile.read(url, path: path.text)
        } catch {
            throw error.at(column: path.column)
        }
    }

    /// The inventory's entry for each number, found by an exact search for its ten digits.
    ///
    /// Fails, before anything is ordered, naming the numbers the search did not find.
    func availableNumbers(_ numbers: [String], at word: Word) throws(ShellError) -> [AvailableNumber] {
        var found: [AvailableNumber] = []
        var missing: [String] = []
        for number in numbers {
            let request = SearchRequest(startsWith: number, quantity: 1)
            let outcome = try call { try await $0.search(request) }
            if let match = outcome.numbers.first(where: { $0.number == number }) {
                found.append(match)
            } else {
                missing.append(number)
            }
        }
        guard missing.isEmpty else {
            var error = ShellError.failed(unavailableMessage(missing))
            error.column = word.column
            throw error
        }
        return found
    }

    /// Why numbers the inventory lacks cannot be ordered: held already by this account (one
    /// Assigned request tells), or taken by someone else, or never offered.
    private func unavailableMessage(_ missing: [String]) -> String {
        let lookup = try? call { try await $0.assigned() }
        let assigned = lookup ?? []
        var groups: [String: Int] = [:]
        for number in assigned where groups[number.number] == nil {
            groups[number.number] = number.trunkGroupID
        }
        let held = missing.filter { groups[$0] != nil }
        let others = missing.filter { groups[$0] == nil }
        var clauses = held.map { "you already hold \($0) (assigned to group \(groups[$0] ?? 0))" }
        if !others.isEmpty {
            let verb = others.count == 1 ? "is" : "are"
            // Without the Assigned reply, the number may still be this account's own.
            let why =
                lookup == nil ? "taken, or already yours; see assigned" : "taken by someone else, or never offered"
            clauses.append("\(others.joined(separator: ", ")) \(verb) not in the inventory (\(why))")
        }
        let advice = others.isEmpty ? "'assigned' lists your numbers" : "search for other numbers"
        let sentence = clauses.joined(separator: "; ") + ", so nothing was ordered; " + advice + "."
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}
