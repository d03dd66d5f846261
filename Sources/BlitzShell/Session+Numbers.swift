import BlitzAPI
import Foundation

/// Numbers named outside the last results: `--from FILE`, and exact look-ups in the inventory.
extension Session {
    /// The numbers of `--from FILE` when the words are exactly that, or nil for other words.
    ///
    /// Under `blitz check` a file that is not there yet is let through (the script may write
    /// it first); one that is there is read and checked.
    func numbersFromFile(_ words: [Word], command: String) throws(ShellError) -> [String]? {
        guard let flag = words.first, flag.text == "--from" else { return nil }
        guard words.count == 2 else {
            let column = words.count > 2 ? words[2].column : flag.column
            throw .usage(
                "'\(command) --from' takes one file of numbers, e.g. \(command) --from numbers.txt.", column: column)
        }
        let path = words[1]
        let url = script.url(for: path.text)
        if script.isChecking, !FileManager.default.fileExists(atPath: url.path) { return [] }
        do {
            return try NumberFile.read(url, path: path.text)
        } catch {
            throw error.at(column: path.column)
        }
    }

    /// The inventory's entry for each number, found by an exact search for its ten digits.
    ///
    /// Fails, before anything is ordered, naming the numbers that are no longer available.
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
            let verb = missing.count == 1 ? "is" : "are"
            var error = ShellError.failed(
                "\(missing.joined(separator: ", ")) \(verb) no longer available "
                    + "(a search for \(missing.count == 1 ? "it" : "them")"
                    + " found nothing), so nothing was ordered; search for other numbers."
            )
            error.column = word.column
            throw error
        }
        return found
    }
}
