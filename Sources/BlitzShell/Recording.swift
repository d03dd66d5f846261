/// How the command that just succeeded is written to the file `record` appends to.
package enum Recording: Equatable, Sendable {
    /// The command's words after interpolation, quoted so they lex back the same.
    case asTyped
    /// A line the command wrote instead, such as an order with the numbers it actually chose.
    case replaced(String)
    /// Not recorded; the comment, when there is one, is written in its place to say why.
    case skipped(comment: String?)
}
