/// Commands that keep changes safe and visible: the journal, undo, traces.
extension CommandTable {
    static let safety: [CommandSpec] = [
        CommandSpec(
            name: "journal",
            usage: "journal [--since SPAN|DATE] [--limit N] [--json]",
            summary: "List recent orders and returns from the journal, one row per number.",
            details: [
                "Every order and return is written to $XDG_STATE_HOME/blitz/journal.db before it",
                "is sent and again when its outcome is known, by every blitz on this account.",
                "--since takes a span (30s, 15m, 1h, 2d, 1w) or a local date (2026-12-03T10:00);",
                "--limit N shows the newest N numbers (rows; default 50), so an order cut by the",
                "limit shows only its last numbers; --json prints the same rows as entries in JSON.",
            ],
            run: { session, invocation throws(ShellError) in try session.showJournal(invocation) }
        ),
        CommandSpec(
            name: "undo",
            usage: "undo",
            summary: "Return the numbers this session ordered and still holds, after confirmation.",
            details: [
                "The numbers come from the journal; numbers whose order outcome is unknown are",
                "left out (see 'journal'). The return is guarded like any other: dry runs, --yes",
                "in scripts on a real target, [y/N] at a terminal.",
            ],
            changesInventory: true,
            run: { session, invocation throws(ShellError) in try session.undo(invocation) }
        ),
        CommandSpec(
            name: "trace",
            usage: "trace on|off",
            summary: "Show each request and reply on standard error, secrets redacted.",
            details: [
                "Each request shows method, URL, headers and body; each reply its status, time",
                "and body. The Authorization header, passwords and tokens read [redacted].",
            ],
            words: ["on", "off"],
            run: { session, invocation throws(ShellError) in try session.trace(invocation) }
        ),
        CommandSpec(
            name: "curl",
            usage: "curl",
            summary: "Print the last request as a curl command, to reproduce it outside blitz.",
            details: [
                "The token is written as $BLITZ_TOKEN and a sign-in password as $BLITZ_PASSWORD,",
                "so the command holds no secret; set them in your shell before running it.",
            ],
            run: { session, invocation throws(ShellError) in try session.printCurl(invocation) }
        ),
    ]
}
