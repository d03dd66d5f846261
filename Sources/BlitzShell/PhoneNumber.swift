/// A ten-digit North American number, parsed from the ways people write one.
///
/// Accepted: `3212031886`, `(321) 203-1886`, `321-203-1886`, `321.203.1886`, `+1 321 203 1886`,
/// `13212031886`, `1-321-203-1886`. Spaces, dashes and dots may separate the country code,
/// area code, exchange and line; the area code may be in parentheses. Area code and exchange
/// must start with 2-9.
package struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    /// The ten digits, area code first, such as `3212031886`.
    package let digits: String

    /// Parses `text`, or returns nil when it is not a phone number; use ``init(parsing:)`` to
    /// learn why.
    package static func parse(_ text: String) -> PhoneNumber? {
        try? PhoneNumber(parsing: text)
    }

    /// Parses `text` as one phone number.
    ///
    /// - Throws: ``PhoneNumberError`` saying what is wrong and what a valid number looks like.
    package init(parsing text: String) throws(PhoneNumberError) {
        let trimmed = text.trimmingWhitespace
        let digits = try Self.digits(in: trimmed, original: text)
        try Self.checkCodes(of: digits, original: text)
        self.digits = digits
    }

    /// The area code (NPA): the first three digits.
    package var areaCode: Substring {
        digits.prefix(3)
    }

    /// The number written as `(321) 203-1886`.
    package var formatted: String {
        "(\(digits.prefix(3))) \(digits.dropFirst(3).prefix(3))-\(digits.suffix(4))"
    }

    package var description: String {
        digits
    }

    private static func digits(in text: String, original: String) throws(PhoneNumberError) -> String {
        if let bad = text.first(where: { !$0.isASCIIDigit && !" -.()+".contains($0) }) {
            throw .unexpectedCharacter(text: original, character: bad)
        }
        let digits = text.filter(\.isASCIIDigit)
        if digits.count == 11, digits.first == "1" {
            try checkLayout(of: text, original: original, hasCountryCode: true)
            return String(digits.dropFirst())
        }
        guard digits.count == 10 else {
            throw .wrongDigitCount(text: original, count: digits.count)
        }
        try checkLayout(of: text, original: original, hasCountryCode: false)
        return digits
    }

    /// Checks that separators only fall between the groups (`1`, `321`, `203`, `1886`), so that
    /// strings like `32-12-03-18-86` or `321)203(1886` are refused.
    private static func checkLayout(
        of text: String,
        original: String,
        hasCountryCode: Bool
    ) throws(PhoneNumberError) {
        var rest = Substring(text)
        let hasPlus = rest.first == "+"
        if hasPlus {
            rest.removeFirst()
        }
        if hasCountryCode, rest.first == "1" {
            rest = rest.dropFirst().drop(while: isSeparator)
        }
        let isWellFormed =
            (hasCountryCode || !hasPlus)
            && takeAreaCode(from: &rest)
            && takeGroup(3, from: &rest) && takeGroup(4, from: &rest, isLast: true)
        guard isWellFormed else {
            throw .badLayout(text: original)
        }
    }

    private static func takeAreaCode(from rest: inout Substring) -> Bool {
        guard rest.first == "(" else {
            return takeGroup(3, from: &rest)
        }
        rest.removeFirst()
        guard rest.prefix(3).allSatisfy(\.isASCIIDigit), rest.dropFirst(3).first == ")" else {
            return false
        }
        rest = rest.dropFirst(4)
        if rest.first == " " || rest.first == "-" {
            rest.removeFirst()
        }
        return true
    }

    private static func takeGroup(_ length: Int, from rest: inout Substring, isLast: Bool = false) -> Bool {
        let group = rest.prefix(length)
        guard group.count == length, group.allSatisfy(\.isASCIIDigit) else {
            return false
        }
        rest = rest.dropFirst(length)
        if !isLast, let first = rest.first, isSeparator(first) {
            rest.removeFirst()
        }
        return !isLast || rest.isEmpty
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == " " || character == "-" || character == "."
    }

    private static func checkCodes(of digits: String, original: String) throws(PhoneNumberError) {
        if let first = digits.first, first == "0" || first == "1" {
            throw .badAreaCode(text: original, areaCode: String(digits.prefix(3)))
        }
        let exchange = digits.dropFirst(3).prefix(3)
        if let first = exchange.first, first == "0" || first == "1" {
            throw .badExchange(text: original, exchange: String(exchange))
        }
    }
}

extension String {
    /// The string without leading or trailing whitespace (spaces, tabs, newlines).
    var trimmingWhitespace: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<max(start, end)])
    }
}
