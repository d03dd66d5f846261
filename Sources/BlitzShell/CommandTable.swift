/// Every command of the shell, in the order `help` lists them.
///
/// The table is assembled from groups kept in their own files: the main job here, scripting
/// (`CommandTable+Scripting.swift`) and safety (`CommandTable+Safety.swift`).
package enum CommandTable {
    package static let searchKeys = ["ratecenter", "state", "lata", "startswith", "endswith", "contains", "qty"]

    package static let all: [CommandSpec] = provisioning + scripting + safety

    /// The API's routes and the session around them.
    static let provisioning: [CommandSpec] = [
        CommandSpec(
            name: "ping",
            usage: "ping",
            summary: "Call the API's test route.",
            run: { session, invocation throws(ShellError) in try session.ping(invocation) }
        ),
        CommandSpec(
            name: "login",
            usage: "login [USER]",
            summary: "Sign in; the password is asked for, never typed on the command line.",
            details: [
                "On the embedded sandbox no password is needed. Elsewhere it comes from",
                "BLITZ_PASSWORD, the credentials profile, or a prompt that does not echo.",
            ],
            run: { session, invocation throws(ShellError) in try session.login(invocation) }
        ),
        CommandSpec(
            name: "logout",
            usage: "logout",
            summary: "Forget the token and the credentials; 'login' signs in again.",
            run: { session, invocation throws(ShellError) in try session.logout(invocation) }
        ),
        CommandSpec(
            name: "groups",
            usage: "groups",
            summary: "List the resource groups (SIP trunk groups) numbers can be ordered into.",
            run: { session, invocation throws(ShellError) in try session.listGroups(invocation) }
        ),
        CommandSpec(
            name: "use",
            usage: "use GROUP",
            summary: "Select the group that orders go into by default.",
            run: { session, invocation throws(ShellError) in try session.useGroup(invocation) }
        ),
        CommandSpec(
            name: "search",
            usage: "search KEY=VALUE...",
            summary: "Search the inventory for available numbers.",
            details: [
                "Keys: ratecenter, state, lata, startswith, endswith, contains, qty (default 1).",
                "Rules combine with AND; at least one rule is needed besides qty.",
                "Letters in startswith, endswith and contains are read as keypad digits",
                "(contains=FLOWERS searches 3569377). A rate center loses its accents (CAFÉ is",
                "sent as CAFE). Quote values with spaces:",
                "  search ratecenter=\"ST PETERSBURG\" qty=5",
            ],
            keys: searchKeys,
            run: { session, invocation throws(ShellError) in try session.search(invocation) }
        ),
        CommandSpec(
            name: "results",
            usage: "results [KEY=VALUE...] [sort=FIELD] [SELECTION]",
            summary: "Show the last search results again, or filter, sort and pick from them.",
            details: [
                "Filters: ratecenter, state, lata, contains. sort=number|ratecenter|state|lata|id",
                "(sort=-number for highest first). SELECTION picks from what is left: 5-10, 1,3.",
                "What is shown becomes the last results, so order's indexes follow it; nothing is sent.",
            ],
            keys: ResultsQuery.keys,
            run: { session, invocation throws(ShellError) in try session.showResults(invocation) }
        ),
        CommandSpec(
            name: "order",
            usage: "order SELECTION|--from FILE [group=ID] [prefix=DIGITS]",
            summary: "Order numbers from the last results into a group.",
            details: [
                "SELECTION: 1,3  2-5  1,4-6  all, or numbers written as usual: 3212031886,",
                "(321) 203-1886, +1 321 203 1886. Words that read two ways (1 321 203 1886) are",
                "refused. A number that is not among the last results is looked up in the",
                "inventory first, and must still be available.",
                "--from FILE orders the numbers in a file: one a line, CSV with a number column,",
                "or the JSON that export writes.",
                "The group is the one chosen with 'use' unless group=ID is given.",
                "prefix=DIGITS puts those digits before the number in the outpulsed R-URI.",
            ],
            keys: ["group", "prefix"],
            changesInventory: true,
            run: { session, invocation throws(ShellError) in try session.order(invocation) }
        ),
        CommandSpec(
            name: "return",
            usage: "return NUMBER...|--from FILE",
            summary: "Return numbers you hold to the carrier's inventory.",
            details: [
                "Numbers may be written as usual, several at once:",
                "  return (321) 203-1886 3212031887",
                "--from FILE returns the numbers in a file: one a line, CSV with a number column,",
                "or the JSON that export writes.",
            ],
            changesInventory: true,
            run: { session, invocation throws(ShellError) in try session.returnNumbers(invocation) }
        ),
        CommandSpec(
            name: "assigned",
            usage: "assigned [NUMBER]",
            summary: "List the numbers you hold, or look up one of them.",
            run: { session, invocation throws(ShellError) in try session.listAssigned(invocation) }
        ),
        CommandSpec(
            name: "status",
            usage: "status",
            summary: "Show the target, the user, the token's expiry, the group and the last results.",
            run: { session, invocation throws(ShellError) in try session.showStatus(invocation) }
        ),
        CommandSpec(
            name: "format",
            usage: "format table|json|csv",
            summary: "Choose how results are printed.",
            words: OutputFormat.allCases.map(\.rawValue),
            run: { session, invocation throws(ShellError) in try session.setFormat(invocation) }
        ),
        CommandSpec(
            name: "history",
            usage: "history",
            summary: "Show the commands typed before.",
            run: { session, invocation throws(ShellError) in try session.showHistory(invocation) }
        ),
        CommandSpec(
            name: "help",
            usage: "help [COMMAND]",
            summary: "List the commands, or explain one.",
            run: { session, invocation throws(ShellError) in try session.help(invocation) }
        ),
        CommandSpec(
            name: "quit",
            aliases: ["exit"],
            usage: "quit",
            summary: "Leave the shell.",
            run: { session, invocation throws(ShellError) in try session.quit(invocation) }
        ),
    ]

    /// The command called `name` or one of its aliases.
    package static func command(named name: String) -> CommandSpec? {
        let name = name.lowercased()
        return all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Every name a command can be called by, for completion and suggestions.
    package static var names: [String] {
        all.flatMap { [$0.name] + $0.aliases }
    }
}
