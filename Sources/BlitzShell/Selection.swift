/// Which of the last search results a command acts on: `1,3`, `2-5`, `1,4-6`, `all`, or
/// phone numbers from those results, freely mixed and separated by commas.
///
/// Parsing checks only the form, so a script can be checked before anything runs; indexes are
/// checked against the actual results by ``resolve(resultCount:numbers:)``.
package struct Selection: Hashable, Sendable {
    /// One comma-separated element of a selection.
    package enum Item: Hashable, Sendable {
        /// Every result.
        case all

        /// One 1-based index.
        case index(Int)

        /// A 1-based inclusive range, never backwards.
        case range(ClosedRange<Int>)

        /// A result given by its ten digits.
        case number(PhoneNumber)
    }

    /// The elements in the order written.
    package let items: [Item]

    /// The selection as the user wrote it, for messages.
    package let text: String

    /// Parses a selection.
    ///
    /// - Throws: ``SelectionError`` when the text is empty or an element is neither an index,
    ///   a range, `all` nor a phone number.
    package init(parsing text: String) throws(SelectionError) {
        let elements = text.split(separator: ",", omittingEmptySubsequences: false)
        guard !text.trimmingWhitespace.isEmpty else {
            throw .empty
        }
        var items: [Item] = []
        for element in elements {
            items.append(try Self.item(from: element.trimmingWhitespace, in: text))
        }
        self.items = items
        self.text = text
    }

    /// The 0-based indexes into the last results that this selection names, in the order
    /// written and without duplicates.
    ///
    /// - Parameters:
    ///   - resultCount: How many results are shown: the last search, or what `results` kept.
    ///   - numbers: The ten-digit numbers of those results, in order, possibly followed by
    ///     numbers that only a ten-digit item can choose.
    /// - Returns: Indexes into `numbers`.
    /// - Throws: ``SelectionError`` when there are no results, an index is out of range or a
    ///   number is not among the results.
    package func resolve(resultCount: Int, numbers: [String]) throws(SelectionError) -> [Int] {
        // Numbers beyond the results (looked up elsewhere) may still be chosen by number.
        guard resultCount > 0 || numbers.count > resultCount else {
            throw .noResults(selection: text)
        }
        var chosen: [Int] = []
        var seen = Set<Int>()
        for item in items {
            for index in try Self.indexes(of: item, resultCount: resultCount, numbers: numbers)
            where seen.insert(index).inserted {
                chosen.append(index)
            }
        }
        return chosen
    }

    private static func indexes(
        of item: Item,
        resultCount: Int,
        numbers: [String]
    ) throws(SelectionError) -> [Int] {
        switch item {
        case .all:
            return Array(0..<resultCount)
        case .index(let index):
            guard index <= resultCount else {
                throw .outOfRange(index: index, resultCount: resultCount)
            }
            return [index - 1]
        case .range(let range):
            guard range.upperBound <= resultCount else {
                throw .rangeOutOfRange(range: range, resultCount: resultCount)
            }
            return Array(range.lowerBound - 1..<range.upperBound)
        case .number(let number):
            guard let index = numbers.firstIndex(of: number.digits) else {
                throw .unknownNumber(number.digits)
            }
            return [index]
        }
    }

    private static func item(from element: String, in text: String) throws(SelectionError) -> Item {
        if element.isEmpty {
            throw .emptyElement(selection: text)
        }
        if element.lowercased() == "all" {
            return .all
        }
        if element.allSatisfy(\.isASCIIDigit), element.count <= 6 {
            return .index(try index(from: element))
        }
        if let range = try range(from: element) {
            return .range(range)
        }
        do {
            return .number(try PhoneNumber(parsing: element))
        } catch {
            throw .badElement(element, reason: error)
        }
    }

    private static func index(from element: some StringProtocol) throws(SelectionError) -> Int {
        guard let index = Int(element), index > 0 else {
            throw .zeroIndex
        }
        return index
    }

    /// Reads `LOW-HIGH` where both ends are short digit strings; returns nil for anything else
    /// (a dashed phone number such as `321-203-1886` has more dashes or longer groups).
    private static func range(from element: String) throws(SelectionError) -> ClosedRange<Int>? {
        let ends = element.split(separator: "-", omittingEmptySubsequences: false)
            .map(\.trimmingWhitespace)
        let isRange =
            ends.count == 2
            && ends.allSatisfy { !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCIIDigit) }
        guard isRange else {
            return nil
        }
        let low = try index(from: ends[0])
        let high = try index(from: ends[1])
        guard low <= high else {
            throw .backwardsRange(element)
        }
        return low...high
    }
}

extension Selection {
    /// Parses a selection, or returns nil; use ``init(parsing:)`` to learn why.
    package static func parse(_ text: String) -> Selection? {
        try? Selection(parsing: text)
    }
}

extension Substring {
    var trimmingWhitespace: String {
        String(self).trimmingWhitespace
    }
}
