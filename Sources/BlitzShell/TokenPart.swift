/// A piece of a ``Token``: literal text, or a variable to be substituted when the command runs.
package enum TokenPart: Hashable, Sendable {
    /// Text taken as written, with quotes removed and escapes applied.
    case literal(String)

    /// A `$NAME` or `${...}` reference.
    case variable(VariableReference)
}
