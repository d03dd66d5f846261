/// The state of ``Lexer`` while it walks one line, one Unicode scalar at a time.
struct LineScanner {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var commands: [CommandTokens] = []
    private var tokens: [Token] = []

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func scanCommands() throws(LexError) -> [CommandTokens] {
        if let offset = scalars.firstIndex(where: Self.isRefusedControl) {
            throw .controlCharacter(scalars[offset], column: offset + 1)
        }
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                position += 1
            } else if scalar == ";" {
                endCommand()
                position += 1
            } else if scalar == "#" {
                break
            } else {
                tokens.append(try scanWord())
            }
        }
        endCommand()
        return commands
    }

    /// Control characters (C0, DEL and C1) other than TAB, which separates words like a space.
    static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar.properties.generalCategory == .control
    }

    private mutating func endCommand() {
        if let name = tokens.first {
            commands.append(CommandTokens(name: name, arguments: Array(tokens.dropFirst())))
        }
        tokens = []
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    private var column: Int {
        position + 1
    }

    // MARK: - Words

    private mutating func scanWord() throws(LexError) -> Token {
        let start = column
        var parts = PartsBuilder()
        while let scalar = peek(), !scalar.properties.isWhitespace, scalar != ";" {
            switch scalar {
            case "'":
                try scanSingleQuoted(into: &parts)
            case "\"":
                try scanDoubleQuoted(into: &parts)
            case "\\":
                parts.append(peek(1) ?? "\\")
                position += peek(1) == nil ? 1 : 2
            case "$":
                try scanDollar(into: &parts)
            default:
                parts.append(scalar)
                position += 1
            }
        }
        return Token(column: start, parts: parts.finish())
    }

    private mutating func scanSingleQuoted(into parts: inout PartsBuilder) throws(LexError) {
        let start = column
        position += 1
        while let scalar = peek(), scalar != "'" {
            parts.append(scalar)
            position += 1
        }
        guard peek() == "'" else {
            throw .unterminatedQuote(quote: "'", column: start)
        }
        position += 1
    }

    private mutating func scanDoubleQuoted(into parts: inout PartsBuilder) throws(LexError) {
        let start = column
        position += 1
        while let scalar = peek(), scalar != "\"" {
            if scalar == "\\", let next = peek(1), "\"\\$".unicodeScalars.contains(next) {
                parts.append(next)
                position += 2
            } else if scalar == "$" {
                try scanDollar(into: &parts)
            } else {
                parts.append(scalar)
                position += 1
            }
        }
        guard peek() == "\"" else {
            throw .unterminatedQuote(quote: "\"", column: start)
        }
        position += 1
    }

    // MARK: - Variables

    private mutating func scanDollar(into parts: inout PartsBuilder) throws(LexError) {
        let start = column
        switch peek(1) {
        case "$"?:
            parts.append("$")
            position += 2
        case "{"?:
            parts.append(try scanBracedReference(start: start))
        case let next? where VariableReference.isNameStart(next):
            position += 1
            let name = takeScalars(while: VariableReference.isNameContinuation)
            parts.append(VariableReference(name: name, column: start))
        default:
            parts.append("$")
            position += 1
        }
    }

    /// Reads `${...}`; the inside may only hold name characters, dots and brackets, so a
    /// missing `}` is caught at the first character that cannot belong to a reference.
    private mutating func scanBracedReference(start: Int) throws(LexError) -> VariableReference {
        position += 2
        let inside = takeScalars { scalar in
            VariableReference.isNameContinuation(scalar) || ".[]".unicodeScalars.contains(scalar)
        }
        guard peek() == "}" else {
            throw closedLater(inside, start: start) ?? .unclosedVariable(text: "${" + inside, column: start)
        }
        position += 1
        if let error = Self.indexError(in: inside, column: start) {
            throw error
        }
        guard let reference = VariableReference(raw: inside, column: start, isBraced: true) else {
            throw .badVariable(text: "${\(inside)}", column: start)
        }
        return reference
    }

    /// The error for a reference that stopped inside `[...]` but is closed further on, as in
    /// `${results[-1].number}`: its index is what is wrong, not a missing `}`.
    private func closedLater(_ inside: String, start: Int) -> LexError? {
        guard let open = inside.lastIndex(of: "["), !inside[open...].contains("]") else {
            return nil
        }
        var rest = String.UnicodeScalarView()
        var offset = 0
        while let scalar = peek(offset), scalar != "}" {
            if scalar.properties.isWhitespace || scalar == ";" { return nil }
            rest.append(scalar)
            offset += 1
        }
        guard peek(offset) == "}" else { return nil }
        return Self.indexError(in: inside + String(rest), column: start)
    }

    /// The error for the first `[...]` in a reference's inside whose index is not 1 to 999999999.
    static func indexError(in inside: String, column: Int) -> LexError? {
        var rest = Substring(inside)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { return nil }
            let index = rest[rest.index(after: open)..<close]
            let isWhole = !index.isEmpty && index.count <= 9 && index.allSatisfy(\.isASCIIDigit)
            if !isWhole || Int(index) == 0 {
                return .badIndex(text: "${\(inside)}", index: String(index), column: column)
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    private mutating func takeScalars(while predicate: (Unicode.Scalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek(), predicate(scalar) {
            text.append(scalar)
            position += 1
        }
        return String(text)
    }
}

/// Collects a token's parts, merging adjacent literal text.
private struct PartsBuilder {
    private var parts: [TokenPart] = []
    private var literal = String.UnicodeScalarView()

    mutating func append(_ scalar: Unicode.Scalar) {
        literal.append(scalar)
    }

    mutating func append(_ reference: VariableReference) {
        flushLiteral()
        parts.append(.variable(reference))
    }

    mutating func finish() -> [TokenPart] {
        flushLiteral()
        return parts
    }

    private mutating func flushLiteral() {
        if !literal.isEmpty {
            parts.append(.literal(String(literal)))
            literal = String.UnicodeScalarView()
        }
    }
}
