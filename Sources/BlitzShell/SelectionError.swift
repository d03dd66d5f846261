/// Why a selection of results was refused; nothing is sent when one is thrown.
package enum SelectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The selection is blank.
    case empty

    /// The selection has an empty element, as in `1,,3` or `1,`.
    case emptyElement(selection: String)

    /// An index or a range end is 0 (results are numbered from 1).
    case zeroIndex

    /// A range is written high to low, as in `5-2`.
    case backwardsRange(String)

    /// An element is neither an index, a range, `all` nor a valid phone number.
    case badElement(String, reason: PhoneNumberError)

    /// There are no results to select from.
    case noResults(selection: String)

    /// An index is past the end of the results, as last shown by `search` or narrowed by
    /// `results`.
    case outOfRange(index: Int, resultCount: Int)

    /// A range ends past the end of the results.
    case rangeOutOfRange(range: ClosedRange<Int>, resultCount: Int)

    /// A number is not among the results.
    case unknownNumber(String)

    /// How a selection is written, ending messages about its form.
    static let forms = "select results like 1,3 or 2-5 or 1,4-6, with all, or with numbers from the last results"

    /// One sentence for the user saying what is wrong and what would be right.
    package var message: String {
        switch self {
        case .empty:
            "nothing is selected; \(Self.forms)"
        case .emptyElement(let selection):
            "'\(selection)' has an empty item between commas; \(Self.forms)"
        case .zeroIndex:
            "index 0 is out of range: results are numbered from 1"
        case .backwardsRange(let range):
            "range '\(range)' runs backwards; write the lower index first, like 2-5"
        case .badElement(let element, let reason) where element.count(where: \.isASCIIDigit) >= 7:
            reason.message
        case .badElement(let element, _):
            "'\(element)' is neither a result index, a range, all, nor a 10-digit number; \(Self.forms)"
        case .noResults(let selection):
            "cannot select '\(selection)': there are no results yet; run a search first"
        case .outOfRange(let index, let count):
            "index \(index) is out of range: the results shown hold \(Self.counted(count))"
        case .rangeOutOfRange(let range, let count):
            "range \(range.lowerBound)-\(range.upperBound) is out of range: "
                + "the results shown hold \(Self.counted(count))"
        case .unknownNumber(let number):
            "\(number) is not among the last results; run results to see them"
        }
    }

    package var description: String {
        message
    }

    private static func counted(_ count: Int) -> String {
        count == 1 ? "1 number (1)" : "\(count) numbers (1-\(count))"
    }
}
