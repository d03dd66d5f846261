/// One command of the shell: its name, help text, the keys it takes, and what it does.
///
/// The ``CommandTable`` of these drives dispatch, `help` and Tab completion alike.
package struct CommandSpec: Sendable {
    package var name: String
    package var aliases: [String] = []
    /// The command line as `help` shows it: `search KEY=VALUE...`.
    package var usage: String
    /// One line for the list of commands.
    package var summary: String
    /// Further lines for `help COMMAND`.
    package var details: [String] = []
    /// The `KEY=` options it accepts, for validation and completion.
    package var keys: [String] = []
    /// The fixed words it takes, such as `on` and `off`, for completion.
    package var words: [String] = []
    /// Whether it orders or returns numbers, so dry runs and confirmations apply.
    package var changesInventory = false
    package var run: @Sendable (Session, Invocation) throws(ShellError) -> Void
}
