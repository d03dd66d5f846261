import BlitzAPI
import Foundation

/// `search`, and the tables of the last results it shares with `results`.
extension Session {
    func search(_ invocation: Invocation) throws(ShellError) {
        let (options, others) = try invocation.options(allowed: CommandTable.searchKeys)
        if let stray = others.first {
            throw .usage(
                "'\(stray.text)' is not a search rule: write KEY=VALUE, e.g. search state=FL contains=2031.",
                column: stray.column
            )
        }
        let request = try searchRequest(from: options)
        guard request.hasRule else {
            throw invocation.missing(
                "A search needs at least one rule besides qty, e.g. search state=FL or search contains=2031.")
        }

        let outcome = try call { try await $0.search(request) }
        lastResults = outcome.numbers
        resultsFilteredFrom = nil
        listedCollections.insert("results")
        orderedFromResults = []
        printSearch(outcome)
    }

    private func searchRequest(from options: [String: Word]) throws(ShellError) -> SearchRequest {
        var request = SearchRequest()
        if let word = options["ratecenter"] { request.rateCenter = try rateCenterShowingMapping(word) }
        if let word = options["state"] { request.state = try Self.state(word) }
        if let word = options["lata"] { request.lata = try Self.lata(word) }
        request.startsWith = try options["startswith"].map { word throws(ShellError) in try pattern("startswith", word)
        }
        request.endsWith = try options["endswith"].map { word throws(ShellError) in try pattern("endswith", word) }
        request.contains = try options["contains"].map { word throws(ShellError) in try pattern("contains", word) }
        if let word = options["qty"] { request.quantity = try Self.quantity(word) }
        return request
    }

    /// The quantity as typed; 0 and negative numbers go to the API, which answers
    /// `Invalid Quantity` (scripts test for that reply), but a count past any integer does not.
    static func quantity(_ word: Word) throws(ShellError) -> Int {
        if let quantity = Int(word.text) { return quantity }
        let unsigned = word.text.drop { $0 == "+" || $0 == "-" }
        let isInteger =
            !unsigned.isEmpty && word.text.count - unsigned.count <= 1 && unsigned.allSatisfy(\.isASCIIDigit)
        let problem = isInteger ? "is out of range" : "is not a whole number"
        throw .usage("qty must be from 1 to 500, e.g. qty=5; '\(word.text)' \(problem).", column: word.column)
    }

    /// A rate center as the API spells it: upper case, letters and digits only, at most 10
    /// characters, so `"ST PETERSBURG"` is sent as `STPETERSBU`.
    static func rateCenter(_ word: Word) throws(ShellError) -> String {
        // Accented letters become their base letter (CAFÉ → CAFE): rate centers are ASCII.
        let folded = word.text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let kept = folded.uppercased().unicodeScalars.filter {
            $0.isASCII && CharacterSet.alphanumerics.contains($0)
        }
        let value = String(String.UnicodeScalarView(kept).prefix(10))
        guard !value.isEmpty else {
            throw .usage(
                "'\(word.text)' is not a rate center: give its name, e.g. ratecenter=WINTERPARK "
                    + "or ratecenter=\"ST PETERSBURG\".",
                column: word.column
            )
        }
        return value
    }

    /// The rate center to send, with a note when it is not what was typed, upper-cased.
    private func rateCenterShowingMapping(_ word: Word) throws(ShellError) -> String {
        let value = try Self.rateCenter(word)
        if value != word.text.uppercased() {
            output.note("ratecenter: \(word.text) → \(value)")
        }
        return value
    }

    static func state(_ word: Word) throws(ShellError) -> String {
        let value = word.text.uppercased()
        guard StateCode.isValid(value) else {
            var message = "'\(word.text)' is not a state or province code"
            message += StateCode.suggestion(for: value).map { ": did you mean '\($0)'?" } ?? "."
            throw .usage(message + " Use its two letters, e.g. state=FL.", column: word.column)
        }
        return value
    }

    static func lata(_ word: Word) throws(ShellError) -> String {
        guard word.text.count == 3, word.text.allSatisfy(\.isASCIIDigit) else {
            throw .usage("'\(word.text)' is not a LATA: use its three digits, e.g. lata=458.", column: word.column)
        }
        return word.text
    }

    /// A digit pattern, with letters read as keypad digits; the mapping is shown.
    private func pattern(_ key: String, _ word: Word) throws(ShellError) -> String {
        let mapped: Keypad.Mapping
        do {
            mapped = try Keypad.map(word.text)
        } catch {
            throw .usage("\(key)=\(word.text): \(error.message)", column: word.column)
        }
        guard !mapped.digits.isEmpty, mapped.digits.count <= 10 else {
            throw .usage(
                "\(key) takes 1 to 10 digits or letters, e.g. \(key)=2031; '\(word.text)' is not.", column: word.column)
        }
        if mapped.mappedLetters {
            output.note("\(key): \(word.text.uppercased()) → \(mapped.digits)")
        }
        return mapped.digits
    }

    private func printSearch(_ outcome: SearchOutcome) {
        if output.format == .json {
            if outcome.isPartial {
                output.json(PartialFulfillmentReply(result: outcome.numbers))
            } else {
                output.json(outcome.numbers)
            }
            return
        }
        if outcome.numbers.isEmpty {
            output.line("No numbers match.")
            return
        }
        print(resultsTable, csv: resultsCSV)
        if outcome.isPartial, output.format == .table {
            output.line("\(outcome.numbers.count) of \(outcome.requested) requested: no more numbers match.")
        }
    }

    /// The last results with the API's field names, for CSV.
    var resultsCSV: TextTable {
        TextTable(
            headers: ["id", "number", "ratecenter", "state", "lata"],
            rows: lastResults.map { [String($0.id), $0.number, $0.rateCenter, $0.state, $0.lata] }
        )
    }

    var resultsTable: TextTable {
        TextTable(
            headers: ["#", "NUMBER", "RATECENTER", "STATE", "LATA", "ID"],
            rows: lastResults.enumerated().map { offset, number in
                let index = String(offset + 1) + (orderedFromResults.contains(number.number) ? "*" : "")
                return [index, number.number, number.rateCenter, number.state, number.lata, String(number.id)]
            },
            rightAligned: [0]
        )
    }
}
