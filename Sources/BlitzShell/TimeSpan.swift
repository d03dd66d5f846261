import Foundation

/// A `--since` value: a span back from now, or a local date and time to start at.
///
/// Spans are a whole number and a unit: `30s`, `15m`, `1h`, `2d`, `1w` (seconds, minutes,
/// hours, days, weeks; lower case, since `M` could be read as months). Dates are ISO 8601
/// in the local time zone: `2026-12-03`, `2026-12-03T10:00` or `2026-12-03T10:00:30`.
package enum TimeSpan: Sendable, Equatable {
    /// The last so many seconds before now.
    case last(seconds: Int)
    /// From this moment on.
    case from(Date)

    /// Parses a `--since` value, resolving dates in `timeZone`.
    ///
    /// - Throws: ``TimeSpanError`` quoting `text` and naming the valid forms.
    package init(parsing text: String, timeZone: TimeZone = .current) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = try Self.seconds(in: trimmed, original: text) {
            self = .last(seconds: seconds)
        } else if let date = Self.date(in: trimmed, timeZone: timeZone) {
            self = .from(date)
        } else {
            throw TimeSpanError(text: text, reason: nil)
        }
    }

    /// The earliest moment the span covers, counting back from `now`.
    package func start(relativeTo now: Date = Date()) -> Date {
        switch self {
        case .last(let seconds): now.addingTimeInterval(-TimeInterval(seconds))
        case .from(let date): date
        }
    }

    private static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800]

    /// The span in seconds; nil when `text` is not shaped like one, so dates get their turn.
    private static func seconds(in text: String, original: String) throws -> Int? {
        guard let unit = text.last, let scale = units[unit] else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }

        let tooFar = TimeSpanError(text: original, reason: "that reaches back more than 100 years")
        guard let count = Int(digits) else { throw tooFar }
        guard count > 0 else {
            throw TimeSpanError(text: original, reason: "a span must be at least 1")
        }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: scale)
        guard !overflow, seconds <= 100 * 366 * 86_400 else { throw tooFar }
        return seconds
    }

    private static func date(in text: String, timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let day = numbers(in: parts[0], separator: "-", widths: [4, 2, 2]) else { return nil }
        var time = [0, 0, 0]
        if parts.count == 2 {
            guard
                let found = numbers(in: parts[1], separator: ":", widths: [2, 2, 2])
                    ?? numbers(in: parts[1], separator: ":", widths: [2, 2]).map({ $0 + [0] })
            else { return nil }
            time = found
        }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1], second: time[2])
        guard let date = calendar.date(from: components) else { return nil }

        // Calendar rolls 2026-02-30 over to March; a date that does not read back was invalid.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let same =
            [back.year, back.month, back.day, back.hour, back.minute, back.second] == (day + time).map(Optional.some)
        return same ? date : nil
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// Fixed-width decimal fields joined by `separator`, like `2026-12-03`.
    private static func numbers(in text: Substring, separator: Character, widths: [Int]) -> [Int]? {
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == widths.count else { return nil }
        var values: [Int] = []
        for (field, width) in zip(fields, widths) {
            guard field.count == width, field.allSatisfy(isDigit), let value = Int(field) else { return nil }
            values.append(value)
        }
        return values
    }
}

/// A `--since` value that is neither a span nor a date.
package struct TimeSpanError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What the user typed.
    package let text: String
    /// What was wrong beyond the shape, such as a zero span.
    package let reason: String?

    package var description: String {
        let forms =
            "use a number and a unit s, m, h, d or w (30s, 15m, 1h, 2d, 1w) "
            + "or a date like 2026-12-03 or 2026-12-03T10:00"
        if let reason {
            return "'\(text)' is not a usable time span: \(reason); \(forms)"
        }
        return "'\(text)' is not a time span or a date; \(forms)"
    }
}
