import BlitzAPI

/// Local work on the last results: `results ratecenter=WINTERPARK sort=number 5-10`.
///
/// Filters apply first, then the sort, then the selection of what is left, so `results
/// state=FL sort=number 1-5` keeps the five lowest Florida numbers. Values are checked by the
/// same rules as `search`.
package struct ResultsQuery: Equatable {
    /// Keys that keep only the matching results.
    package static let filterKeys = ["ratecenter", "state", "lata", "contains"]
    /// The fields `sort=` takes; `sort=-number` sorts from the highest.
    package static let sortFields = ["number", "ratecenter", "state", "lata", "id"]
    /// Every key `results` takes.
    package static let keys = filterKeys + ["sort"]

    /// Field name to the value a result must have (contains: the digits it must contain).
    package var filters: [String: String] = [:]
    package var sortField: String?
    package var descending = false
    package var selection: Selection?

    /// Whether the query changes nothing, so `results` just shows the last results.
    package var isEmpty: Bool {
        filters.isEmpty && sortField == nil && selection == nil
    }

    /// Reads the query from `results`'s options and other words.
    package init(options: [String: Word], others: [Word]) throws(ShellError) {
        if let word = options["ratecenter"] { filters["ratecenter"] = try Session.rateCenter(word) }
        if let word = options["state"] { filters["state"] = try Session.state(word) }
        if let word = options["lata"] { filters["lata"] = try Session.lata(word) }
        if let word = options["contains"] { filters["contains"] = try Self.digits(word) }
        if let word = options["sort"] { try readSort(word) }
        guard !others.isEmpty else { return }
        do {
            selection = try Selection(parsing: others.map(\.text).joined(separator: ","))
        } catch {
            throw ShellError.usage(error.message, column: others[0].column).about(others)
        }
    }

    /// The results the query keeps, in its order.
    package func apply(to results: [AvailableNumber]) throws(SelectionError) -> [AvailableNumber] {
        var kept = results.filter(matches)
        if let sortField {
            kept.sort { left, right in
                let (a, b) = (Self.key(left, sortField), Self.key(right, sortField))
                return descending ? b < a : a < b
            }
        }
        guard let selection else { return kept }
        let indexes = try selection.resolve(resultCount: kept.count, numbers: kept.map(\.number))
        return indexes.map { kept[$0] }
    }

    private func matches(_ number: AvailableNumber) -> Bool {
        filters.allSatisfy { field, value in
            field == "contains" ? number.number.contains(value) : Self.text(number, field) == value
        }
    }

    private mutating func readSort(_ word: Word) throws(ShellError) {
        var field = word.text.lowercased()
        if field.hasPrefix("-") {
            descending = true
            field.removeFirst()
        }
        guard Self.sortFields.contains(field) else {
            let hint = Suggestion.closest(to: field, in: Self.sortFields).map { "did you mean '\($0)'? " } ?? ""
            throw .usage(
                "'\(word.text)' is not a field to sort by: \(hint)"
                    + "use one of \(Self.sortFields.joined(separator: ", ")),"
                    + " with - before it for highest first.",
                column: word.column
            )
        }
        sortField = field
    }

    private static func digits(_ word: Word) throws(ShellError) -> String {
        do {
            return try Keypad.map(word.text).digits
        } catch {
            throw .usage("contains=\(word.text): \(error.message)", column: word.column)
        }
    }

    private static func text(_ number: AvailableNumber, _ field: String) -> String {
        switch field {
        case "ratecenter": number.rateCenter
        case "state": number.state
        case "lata": number.lata
        case "id": String(number.id)
        default: number.number
        }
    }

    /// Sort keys: ids by value, text fields by text, ties broken by number.
    private static func key(_ number: AvailableNumber, _ field: String) -> SortKey {
        SortKey(id: field == "id" ? number.id : 0, text: text(number, field), number: number.number)
    }
}

/// What results are sorted by: an id, or a field's text, then the number.
private struct SortKey: Comparable {
    var id: Int
    var text: String
    var number: String

    static func < (left: SortKey, right: SortKey) -> Bool {
        (left.id, left.text, left.number) < (right.id, right.text, right.number)
    }
}
