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

    /// Whether `name` can be a variable that `$NAME` reaches: a letter, then letters, digits
    /// or `_`.
    package static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Whether the name says the value is a secret (it mentions a password, secret or token),
    /// so `set` and `--echo` never show it and `record` never writes it down.
    package static func isSecret(_ name: String) -> Bool {
        let name = name.lowercased()
        return ["password", "secret", "token"].contains { name.contains($0) }
    }
}
