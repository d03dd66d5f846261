/// A `$NAME` or `${...}` reference inside a token, to be replaced by a value when the command runs.
///
/// The text inside is kept as written (`results[2].number`) together with its parsed path, so the
/// session can look up plain variables (`tn`) and structured values (`results.count`) alike.
package struct VariableReference: Hashable, Sendable {
    /// One step of a reference's path: a name (`results`, `number`) or a 1-based index (`[2]`).
    package enum Component: Hashable, Sendable {
        case name(String)
        case index(Int)
    }

    /// The text between `${` and `}` (or after `$` in the unbraced form), such as `results[2].number`.
    package let raw: String

    /// The 1-based column of the `$` in the source line.
    package let column: Int

    /// Whether the reference was written as `${...}` rather than `$NAME`.
    package let isBraced: Bool

    /// The path parsed from ``raw``; never empty, and always starting with a name.
    package let components: [Component]

    /// Parses the inside of a reference, or returns nil when it is not `name`, `name[N]`,
    /// `name.field` or a chain of those.
    package init?(raw: String, column: Int, isBraced: Bool) {
        guard let components = Self.parse(raw) else {
            return nil
        }
        self.raw = raw
        self.column = column
        self.isBraced = isBraced
        self.components = components
    }

    /// Makes the unbraced `$NAME` form, whose name the lexer has already checked.
    init(name: String, column: Int) {
        self.raw = name
        self.column = column
        self.isBraced = false
        self.components = [.name(name)]
    }

    /// The leading name: `results` in `results[2].number`.
    package var name: String {
        if case .name(let name)? = components.first {
            return name
        }
        return raw
    }

    /// The reference as it was written in the source, such as `${results.count}` or `$tn`.
    package var written: String {
        isBraced ? "${\(raw)}" : "$\(raw)"
    }

    /// Whether a character may start a variable name.
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    /// Whether a character may continue a variable name.
    static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar)
    }

    private static func parse(_ raw: String) -> [Component]? {
        var rest = Substring(raw)
        guard let first = takeName(from: &rest) else {
            return nil
        }
        var components = [Component.name(first)]
        while let step = rest.first {
            rest.removeFirst()
            if step == ".", let name = takeName(from: &rest) {
                components.append(.name(name))
            } else if step == "[", let index = takeIndex(from: &rest) {
                components.append(.index(index))
            } else {
                return nil
            }
        }
        return components
    }

    private static func takeName(from text: inout Substring) -> String? {
        guard let first = text.unicodeScalars.first, isNameStart(first) else {
            return nil
        }
        let name = text.unicodeScalars.prefix(while: isNameContinuation)
        text = Substring(text.unicodeScalars.dropFirst(name.count))
        return String(String.UnicodeScalarView(name))
    }

    /// Reads `N]` (the `[` already taken); indexes are at most 9 digits so they never overflow.
    private static func takeIndex(from text: inout Substring) -> Int? {
        let digits = text.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 9, text.dropFirst(digits.count).first == "]" else {
            return nil
        }
        text = text.dropFirst(digits.count + 1)
        return Int(digits)
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0-9 (and not some other script's digit).
    var isASCIIDigit: Bool {
        isASCII && isWholeNumber
    }
}
