/// The user's variables, set with `set NAME=VALUE` or `blitz -v NAME=VALUE`.
package struct Variables: Equatable {
    package private(set) var values: [String: String] = [:]

    package init(_ values: [String: String] = [:]) {
        self.values = values
    }

    package subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Whether `name` can be a variable: a letter, then letters, digits, `_` or `-`.
    package static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }
}
