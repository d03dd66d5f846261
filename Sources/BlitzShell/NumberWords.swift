/// Splits the words after `order` or `return` into items, where one phone number may be typed
/// over several words: `(321) 203-1886`, `+1 321 203 1886` or `321 203 1886`.
///
/// A comma always ends an item. Between commas the words must fall into exactly one sequence
/// of items: numbers (one to four words that read as one phone number) and, for `order`,
/// selection items (an index, a range or `all`, one word each). Words that read more than one
/// way, such as `1 321 203 1886` (result 1 and a number, or one number with its country code),
/// are refused with both readings, never guessed.
package struct NumberWords {
    /// One item: its words joined by single spaces, and the column of its first word.
    package struct Item: Equatable, Sendable {
        package let text: String
        package let column: Int
    }

    /// Whether one word may be a result index, a range or `all`, as it may for `order`.
    let allowsIndexes: Bool

    /// The highest index that can be meant: the count of the results shown.
    ///
    /// A reading with a larger index is kept only when no other reading exists, so that its
    /// out-of-range error is the one reported.
    let indexLimit: Int

    /// The most words one number can take, as in `+1 321 203 1886`.
    private static let longestNumber = 4

    package init(allowsIndexes: Bool, indexLimit: Int = .max) {
        self.allowsIndexes = allowsIndexes
        self.indexLimit = indexLimit
    }

    /// The items the words spell, in order.
    ///
    /// - Throws: ``ShellError`` (usage) for an empty item between commas (for `order`), for
    ///   words that read more than one way, and for words that form no item.
    package func items(_ words: [Word]) throws(ShellError) -> [Item] {
        var items: [Item] = []
        for segment in try segments(of: words) {
            items += try read(segment)
        }
        return items
    }

    /// The pieces between commas; `1, 3` is two segments, and `1,,3` has an empty one.
    private func segments(of words: [Word]) throws(ShellError) -> [[Item]] {
        var segments: [[Item]] = [[]]
        for word in words {
            var offset = 0
            let pieces = word.text.split(separator: ",", omittingEmptySubsequences: false)
            for (position, piece) in pieces.enumerated() {
                if position > 0 { segments.append([]) }
                let text = piece.trimmingWhitespace
                if !text.isEmpty {
                    segments[segments.count - 1].append(Item(text: text, column: word.column + offset))
                }
                offset += piece.count + 1
            }
        }
        if allowsIndexes, segments.contains(where: \.isEmpty) {
            let text = words.map(\.text).joined(separator: " ")
            throw .usage(SelectionError.emptyElement(selection: text).message, column: words.first?.column)
        }
        return segments.filter { !$0.isEmpty }
    }

    /// The only reading of one segment, trying indexes past ``indexLimit`` only when the
    /// segment cannot be read without them.
    private func read(_ pieces: [Item]) throws(ShellError) -> [Item] {
        let strict = Reader(words: self, pieces: pieces, indexLimit: indexLimit)
        let items: [Item]
        if strict.readings(from: 0) > 0 || indexLimit == .max {
            items = try strict.onlyReading()
        } else {
            items = try Reader(words: self, pieces: pieces, indexLimit: .max).onlyReading()
        }
        try refuseIndexesSpellingANumber(items)
        return items
    }

    /// Refuses indexes side by side whose digits together make a phone number, such as
    /// `321 203 188 6` or `32 12 03 18 86`: with enough results each word is an index, but the
    /// person may well have meant 3212031886, spaced unusually.
    private func refuseIndexesSpellingANumber(_ items: [Item]) throws(ShellError) {
        let isIndex = { (item: Item) in (1...3).contains(item.text.count) && item.text.allSatisfy(\.isASCIIDigit) }
        for start in items.indices {
            var digits = ""
            for end in start..<items.count {
                guard isIndex(items[end]), digits.count < 11 else { break }
                digits += items[end].text
                guard end > start, let number = PhoneNumber.parse(digits) else { continue }
                let words = items[start...end].map(\.text)
                throw .usage(
                    "'\(words.joined(separator: " "))' could be the number \(number.digits) or the results "
                        + "\(words.joined(separator: ", ")); type the number as \(number.digits), or put commas "
                        + "between results.",
                    column: items[start].column)
            }
        }
    }
}

extension NumberWords {
    /// The readings of one segment, counted from each position to the end.
    private struct Reader {
        let words: NumberWords
        let pieces: [Item]
        let indexLimit: Int

        /// `counts[i]`: how many ways `pieces[i...]` can be read, stopping at 2.
        private var counts: [Int] = []

        init(words: NumberWords, pieces: [Item], indexLimit: Int) {
            self.words = words
            self.pieces = pieces
            self.indexLimit = indexLimit
            var counts = Array(repeating: 0, count: pieces.count + 1)
            counts[pieces.count] = 1
            for start in pieces.indices.reversed() {
                for end in ends(from: start) where reads(start..<end) {
                    counts[start] = min(2, counts[start] + counts[end])
                }
            }
            self.counts = counts
        }

        func readings(from start: Int) -> Int {
            counts[start]
        }

        func onlyReading() throws(ShellError) -> [Item] {
            switch counts[0] {
            case 0: throw failure()
            case 1: return reading(longestFirst: false)
            default: throw ambiguity()
            }
        }

        private func ends(from start: Int) -> ClosedRange<Int> {
            (start + 1)...min(start + NumberWords.longestNumber, pieces.count)
        }

        private func joined(_ range: Range<Int>) -> Item {
            let text = pieces[range].map(\.text).joined(separator: " ")
            return Item(text: text, column: pieces[range.lowerBound].column)
        }

        /// Whether the pieces in `range` make one item.
        private func reads(_ range: Range<Int>) -> Bool {
            let item = joined(range)
            if range.count == 1, words.allowsIndexes, isSelectionItem(item.text) { return true }
            return PhoneNumber.parse(item.text) != nil
        }

        private func isSelectionItem(_ text: String) -> Bool {
            guard let selection = Selection.parse(text), selection.items.count == 1 else { return false }
            switch selection.items[0] {
            case .all: return true
            case .index(let index): return index <= indexLimit
            case .range(let range): return range.upperBound <= indexLimit
            case .number: return false
            }
        }

        /// One full reading: at each step the shortest (or longest) item that leaves a
        /// readable rest.
        private func reading(longestFirst: Bool) -> [Item] {
            var items: [Item] = []
            var start = 0
            while start < pieces.count {
                let candidates = ends(from: start).filter { reads(start..<$0) && counts[$0] > 0 }
                let end = (longestFirst ? candidates.last : candidates.first) ?? pieces.count
                items.append(joined(start..<end))
                start = end
            }
            return items
        }

        private func ambiguity() -> ShellError {
            let text = pieces.map(\.text).joined(separator: " ")
            let first = Self.spelled(reading(longestFirst: false))
            let second = Self.spelled(reading(longestFirst: true))
            return .usage(
                "'\(text)' reads two ways, as \(first) or as \(second); type the one you mean.",
                column: pieces.first?.column
            )
        }

        // MARK: - Words that make no item

        /// The error for a segment with no reading, about the first place no item starts.
        private func failure() -> ShellError {
            var reachable = Array(repeating: false, count: pieces.count + 1)
            reachable[0] = true
            for start in pieces.indices where reachable[start] {
                for end in ends(from: start) where reads(start..<end) { reachable[end] = true }
            }
            let start = reachable.indices.last { reachable[$0] && $0 < pieces.count } ?? 0
            let bad = joined(start..<chunkEnd(from: start))
            return .usage(message(for: bad.text), column: bad.column)
        }

        /// How far the words that seem meant as one number run: until they hold ten digits.
        private func chunkEnd(from start: Int) -> Int {
            if words.allowsIndexes, Selection.parse(pieces[start].text) == nil, !looksLikePartOfNumber(start) {
                return start + 1
            }
            var end = start + 1
            var digits = Self.digitCount(pieces[start].text)
            while end < pieces.count, digits < 10, digits + Self.digitCount(pieces[end].text) <= 11 {
                digits += Self.digitCount(pieces[end].text)
                end += 1
            }
            return end
        }

        /// A piece that holds a separator or a parenthesis, such as `(321)` or `203-18`.
        private func looksLikePartOfNumber(_ index: Int) -> Bool {
            let text = pieces[index].text
            return text.contains { "()+.".contains($0) } || Self.digitCount(text) > 6
        }

        private func message(for text: String) -> String {
            if words.allowsIndexes {
                do {
                    _ = try Selection(parsing: text)
                } catch {
                    return error.message
                }
            }
            do {
                _ = try PhoneNumber(parsing: text)
            } catch {
                return error.message
            }
            return "'\(text)' is not a phone number; \(PhoneNumberError.example)"
        }

        private static func digitCount(_ text: String) -> Int {
            text.count(where: \.isASCIIDigit)
        }

        /// Items as they can be typed without ambiguity: numbers as ten digits, commas between.
        private static func spelled(_ items: [Item]) -> String {
            items.map { PhoneNumber.parse($0.text)?.digits ?? $0.text }.joined(separator: ",")
        }
    }
}
