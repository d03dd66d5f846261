import BlitzAPI
import Foundation

/// `results` (with local filters, sort and selection) and `export`.
extension Session {
    func showResults(_ invocation: Invocation) throws(ShellError) {
        let (options, others) = try invocation.options(allowed: ResultsQuery.keys)
        let query = try ResultsQuery(options: options, others: others)
        guard !script.isChecking else { return }
        if !query.isEmpty { try narrowResults(with: query, at: others.first) }
        if output.format == .json {
            output.json(lastResults)
        } else if lastResults.isEmpty {
            output.line(query.isEmpty ? emptyResultsLine : "No results match.")
        } else {
            print(resultsTable, csv: resultsCSV)
            if output.format == .table, lastResults.contains(where: { orderedFromResults.contains($0.number) }) {
                output.line("* ordered in this session")
            }
        }
    }

    /// Applies the query; the view becomes the last results, so order's indexes follow what is
    /// shown.
    private func narrowResults(with query: ResultsQuery, at word: Word?) throws(ShellError) {
        let shown = lastResults.count
        do {
            lastResults = try query.apply(to: lastResults)
        } catch {
            guard case .noResults(let selection) = error, listedCollections.contains("results") else {
                throw .usage(error.message, column: word?.column)
            }
            // The search ran: say what left nothing to select, not that nothing was searched.
            let why = shown > 0 ? "the filter matched none of the \(Self.results(shown))" : emptyResultsReason
            throw .usage("cannot select '\(selection)': \(why)", column: word?.column)
        }
        if lastResults.isEmpty, shown > 0 { resultsFilteredFrom = shown }
    }

    /// Why the results shown are empty after a search: the search found none, or a `results`
    /// filter left none (which only a new search undoes, since the view replaced them).
    var emptyResultsReason: String {
        guard let count = resultsFilteredFrom else {
            return "the last search found no numbers; search again with other rules"
        }
        return "the last filter matched none of the \(Self.results(count)), so none are shown; search again for more"
    }

    /// What `results` alone prints when there are none to show.
    private var emptyResultsLine: String {
        guard listedCollections.contains("results") else { return "No results yet: run a search first." }
        return "No results: \(emptyResultsReason)."
    }

    private static func results(_ count: Int) -> String {
        count == 1 ? "1 result" : "\(count) results"
    }

    func export(_ invocation: Invocation) throws(ShellError) {
        guard invocation.arguments.count == 1, let word = invocation.arguments.first else {
            throw .usage("'export' takes one file ending in .csv or .json, e.g. export numbers.csv.")
        }
        let kind = try Self.exportKind(word)
        guard !script.isChecking else { return }
        guard !lastResults.isEmpty else {
            throw .failed("There are no results to export; run search first.")
        }

        let url = script.url(for: word.text)
        try Self.checkWritable(url, word: word)
        let data = kind == "csv" ? Data(resultsCSV.csvLines().map { $0 + "\n" }.joined().utf8) : try resultsJSON()
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw .failed("Cannot write '\(word.text)': \(error.localizedDescription); choose a writable place.")
        }
        output.note("Exported \(Self.count(lastResults.count)) to \(word.text).")
    }

    /// `csv` or `json`, from a file name that has a name before its extension.
    private static func exportKind(_ word: Word) throws(ShellError) -> String {
        let name = (word.text as NSString).lastPathComponent.lowercased()
        if name == ".csv" || name == ".json" {
            throw .usage(
                "'\(word.text)' needs a file name before \(name), e.g. numbers\(name).", column: word.column)
        }
        let kind = (word.text as NSString).pathExtension.lowercased()
        guard kind == "csv" || kind == "json" else {
            throw .usage(
                "'\(word.text)' does not end in .csv or .json; name the file numbers.csv or numbers.json.",
                column: word.column
            )
        }
        return kind
    }

    /// Refuses, in one plain sentence, a path that is a folder or lies in a missing or
    /// read-only folder, before anything is written.
    private static func checkWritable(_ url: URL, word: Word) throws(ShellError) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .failed("'\(word.text)' is a directory; give a file name such as numbers.csv.")
        }
        let folder = url.deletingLastPathComponent()
        let shown = (word.text as NSString).deletingLastPathComponent
        let name = shown.isEmpty ? "." : shown
        guard files.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .failed("The folder '\(name)' does not exist; create it first or export elsewhere.")
        }
        guard files.isWritableFile(atPath: folder.path) else {
            throw .failed("The folder '\(name)' is not writable; export elsewhere.")
        }
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
