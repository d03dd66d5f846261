import BlitzAPI
import Foundation

/// `results` (with local filters, sort and selection) and `export`.
extension Session {
    func showResults(_ invocation: Invocation) throws(ShellError) {
        let (options, others) = try invocation.options(allowed: ResultsQuery.keys)
        let query = try ResultsQuery(options: options, others: others)
        guard !script.isChecking else { return }
        if !query.isEmpty {
            do {
                // The view becomes the last results, so order's indexes follow what is shown.
                lastResults = try query.apply(to: lastResults)
            } catch {
                throw .usage(error.message, column: others.first?.column)
            }
        }
        if output.format == .json {
            output.json(lastResults)
        } else if lastResults.isEmpty {
            output.line(query.isEmpty ? "No results yet: run a search first." : "No results match.")
        } else {
            print(resultsTable, csv: resultsCSV)
            if output.format == .table, lastResults.contains(where: { orderedFromResults.contains($0.number) }) {
                output.line("* ordered in this session")
            }
        }
    }

    func export(_ invocation: Invocation) throws(ShellError) {
        guard invocation.arguments.count == 1, let word = invocation.arguments.first else {
            throw .usage("'export' takes one file ending in .csv or .json, e.g. export numbers.csv.")
        }
        let kind = (word.text as NSString).pathExtension.lowercased()
        guard kind == "csv" || kind == "json" else {
            throw .usage(
                "'\(word.text)' does not end in .csv or .json; name the file numbers.csv or numbers.json.",
                column: word.column
            )
        }
        guard !script.isChecking else { return }
        let data = kind == "csv" ? Data(resultsCSV.csvLines().map { $0 + "\n" }.joined().utf8) : try resultsJSON()
        do {
            try data.write(to: script.url(for: word.text), options: .atomic)
        } catch {
            throw .failed("Cannot write '\(word.text)': \(error.localizedDescription); choose a writable place.")
        }
        output.note("Exported \(Self.count(lastResults.count)) to \(word.text).")
    }

    /// The last results in the API's own shape, one JSON array and a newline.
    private func resultsJSON() throws(ShellError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(lastResults) else {
            throw .failed("The results could not be written as JSON.")
        }
        return data + Data("\n".utf8)
    }
}
