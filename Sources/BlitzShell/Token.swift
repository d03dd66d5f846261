/// One word of a command after quote removal, remembering where it started and which parts
/// are variables.
///
/// `ratecenter="ST PETERSBURG"` is one token whose text is `ratecenter=ST PETERSBURG`.
package struct Token: Hashable, Sendable {
    /// The 1-based column where the token starts in its source line (after any byte-order mark).
    package let column: Int

    /// The token's pieces in order; adjacent literals are merged, and an empty token (`""`)
    /// has no parts.
    package let parts: [TokenPart]

    package init(column: Int, parts: [TokenPart]) {
        self.column = column
        self.parts = parts
    }

    /// Whether the token holds no variable references, so its text is known before running.
    package var isPlain: Bool {
        variables.isEmpty
    }

    /// The variable references in the token, in order.
    package var variables: [VariableReference] {
        parts.compactMap { part in
            if case .variable(let reference) = part {
                return reference
            }
            return nil
        }
    }

    /// The token's text without interpolation; variables appear as written (`${results.count}`).
    package var literalText: String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .variable(let reference): reference.written
            }
        }.joined()
    }

    /// The token's text with every variable replaced by what `lookup` returns for it.
    ///
    /// - Parameter lookup: Gives a variable's value, or throws when it has none (an unset
    ///   variable is an error, never an empty string).
    /// - Returns: The text with every reference substituted.
    package func resolved(_ lookup: (VariableReference) throws -> String) rethrows -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal):
                text += literal
            case .variable(let reference):
                text += try lookup(reference)
            }
        }
        return text
    }
}
