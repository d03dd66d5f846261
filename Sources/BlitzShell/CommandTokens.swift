/// The tokens of one command: the text of a source line up to a `;`, a `#` comment or the end.
package struct CommandTokens: Hashable, Sendable {
    /// The first token, naming the command (`search`, `order`, ...).
    package let name: Token

    /// The tokens after the name.
    package let arguments: [Token]

    package init(name: Token, arguments: [Token]) {
        self.name = name
        self.arguments = arguments
    }

    /// The name followed by the arguments.
    package var tokens: [Token] {
        [name] + arguments
    }

    /// The 1-based column where the command starts.
    package var column: Int {
        name.column
    }
}
