import BlitzShell
import Foundation
import Testing

/// What a dry run, a declined order and `journal` say, each said once and in plain words.
struct DryRunAndJournalTests {
    @Test func aDryRunReturnNamesNumbersAndSaysItOnce() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let ordered = try blitz.run(["--yes", "-c", "search state=FL qty=3; order all group=2; assigned"])
        let numbers = ordered.stdout.matches(of: /\n\d+  (\d{10})/).map { String($0.output.1) }
        _ = try blitz.file("held.txt", Set(numbers).joined(separator: "\n") + "\n")

        let run = try blitz.run(["--yes", "--dry-run", "-c", "return --from held.txt"])

        #expect(run.status == 0, "\(run.stderr)")
        let all = run.stdout + run.stderr
        #expect(all.contains("Dry run: would return 3 numbers; nothing was sent."), "\(all)")
        #expect(all.components(separatedBy: "would return").count == 2, "said once: \(all)")
    }

    @Test func aDryRunOrderIsSummedUpOnceAndSeveralGetATotal() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())

        let one = try blitz.run(["--dry-run", "-c", "search state=FL qty=2; order 1,2 group=2"])
        let two = try blitz.run(["--dry-run", "-c", "search state=FL qty=3; order 1,2 group=2; order 3 group=2"])

        let oneText = one.stdout + one.stderr
        #expect(oneText.contains("Dry run: would order 2 numbers into group 2; nothing was sent."), "\(oneText)")
        #expect(oneText.components(separatedBy: "would order").count == 2, "said once: \(oneText)")
        #expect(two.stderr.contains("Dry run in all: would order 3 numbers into group 2; nothing was sent."))
    }

    @Test func aDeclinedOrderIsRecordedAsDeclined() throws {
        let sandbox = try TestSandbox()
        let shell = try InteractiveShell(environment: sandbox.environment())
        let prompt = "tester@127.0.0.1:\(sandbox.url.port ?? 0)> "
        try shell.waitForPrompt(prompt)

        try shell.run("record kept.blitz", prompt: prompt)
        try shell.run("search state=FL qty=1", prompt: prompt)
        try shell.tmux.type("order 1 group=2")
        try shell.tmux.press("Enter")
        try shell.tmux.waitFor("[y/N]")
        try shell.run("n", prompt: prompt)
        try shell.run("record stop", prompt: prompt)

        let recorded = try String(contentsOf: shell.home.home.appendingPathComponent("kept.blitz"), encoding: .utf8)
        #expect(recorded.contains("# declined, not sent: order "), "\(recorded)")
        #expect(!recorded.contains("dry run"))
    }

    @Test func journalLimitCountsTheRowsItShows() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let script = "search state=FL qty=3; order all group=2; journal --limit 2; journal --limit 2 --json"

        let run = try blitz.run(["--yes", "-c", script])

        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").filter { $0.contains(" order ") }
        #expect(rows.count == 2, "\(run.stdout)")
        let json = try #require(run.stdout.split(separator: "\n").last)
        let entries = try JSONDecoder().decode([JournalEntry].self, from: Data(json.utf8))
        #expect(entries.flatMap(\.lines).count == 2)
    }

    @Test func theOrderedLegendShowsOnlyWhenARowIsMarked() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())

        let marked = try blitz.run(["--yes", "-c", "search state=FL qty=2; order 1 group=2; results"])
        let unmarked = try blitz.run(["--yes", "-c", "search state=FL qty=2; order 1 group=2; results 2"])

        #expect(marked.stdout.contains("* ordered in this session"), "\(marked.stdout)")
        #expect(!unmarked.stdout.contains("* ordered in this session"), "\(unmarked.stdout)")
    }
}
