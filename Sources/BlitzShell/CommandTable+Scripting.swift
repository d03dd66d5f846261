/// Commands for scripts: variables, checks, includes, recording and local work on results.
extension CommandTable {
    static let scripting: [CommandSpec] = [
        CommandSpec(
            name: "set",
            usage: "set [NAME=VALUE...]",
            summary: "Set variables for $NAME and ${NAME}, or list them and the settings.",
            details: [
                "Quote values with spaces: set greeting=\"hello there\". Capture a value from a reply:",
                "  set tn=${results[1].number}",
                "${results[N].F}, ${groups[N].F} and ${assigned[N].F} read what search, groups and",
                "assigned last fetched; they never send a request themselves.",
                "Settings: set dry-run on|off, set max-order=N, set on-error=stop|continue.",
                "Values of names holding password, secret or token are never shown or recorded.",
            ],
            run: { session, invocation throws(ShellError) in try session.setVariables(invocation) }
        ),
        CommandSpec(
            name: "unset",
            usage: "unset NAME...",
            summary: "Forget variables; using one afterwards is an error.",
            run: { session, invocation throws(ShellError) in try session.unsetVariables(invocation) }
        ),
        CommandSpec(
            name: "echo",
            usage: "echo TEXT...",
            summary: "Print text after replacing its variables.",
            run: { session, invocation throws(ShellError) in try session.echo(invocation) }
        ),
        CommandSpec(
            name: "expect",
            usage: "expect LEFT OP RIGHT",
            summary: "Stop the script unless the two values compare as OP says.",
            details: [
                "OP: == != < <= > >= ~ (contains). Numbers compare as numbers, other values as text.",
                "  expect ${results.count} >= 3",
                "  expect ${error} == \"Invalid Quantity\"",
                "A failed expectation is an assertion: it stops the script (exit 1) even under",
                "on-error continue, naming FILE:LINE:COLUMN like any other error.",
            ],
            run: { session, invocation throws(ShellError) in try session.expect(invocation) }
        ),
        CommandSpec(
            name: "on-error",
            usage: "on-error stop|continue",
            summary: "Stop the script at a failed command (the default), or report it and go on.",
            details: [
                "Each ;-separated command counts on its own: under continue the next command of the",
                "same line still runs, under stop nothing after the failure does.",
                "With continue, ${error} holds the failed command's message for expect to check;",
                "a failed expect still stops the script.",
            ],
            words: ["stop", "continue"],
            run: { session, invocation throws(ShellError) in try session.setOnError(invocation) }
        ),
        CommandSpec(
            name: "source",
            usage: "source FILE",
            summary: "Run another script here; its path is relative to the including script.",
            details: [
                "It is checked when it is read, with the group, variables and results there are",
                "then; messages name it by its path from the first script's folder.",
            ],
            run: { session, invocation throws(ShellError) in try session.source(invocation) }
        ),
        CommandSpec(
            name: "record",
            usage: "record FILE | record stop",
            summary: "Append each command that succeeds to FILE as a script that replays the session.",
            details: [
                "Orders are written with the numbers actually ordered and the group, so a replay",
                "orders the same numbers, or fails saying they are no longer available. A command",
                "holding your password or token is left out, with a comment in its place.",
            ],
            words: ["stop"],
            run: { session, invocation throws(ShellError) in try session.record(invocation) }
        ),
        CommandSpec(
            name: "export",
            usage: "export FILE.csv|FILE.json",
            summary: "Write the last results to a file, with the API's field names.",
            details: ["There must be results and the folder must exist; order --from reads both kinds."],
            run: { session, invocation throws(ShellError) in try session.export(invocation) }
        ),
    ]
}
