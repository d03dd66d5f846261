import Foundation
import Testing

/// An order whose outcome had to be settled through Assigned: the warning says what really
/// happened to the reply, and the table still shows where each number is.
struct OrderReplyTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/env")))
    func anOrderAnswered503SaysSoAndIsSettledThroughAssigned() throws {
        let log = RequestLog()
        let sandbox = try TestSandbox(log: log)
        let proxy = try OrderFaultProxy(upstream: sandbox.url)
        var environment = sandbox.environment()
        environment["BLITZ_URL"] = proxy.url.absoluteString
        let blitz = try BlitzProcess(environment: environment)

        let run = try blitz.run(["--yes", "-c", "search state=FL qty=2; order 1,2 group=2"])

        #expect(run.status == 1, "\(run.stderr)")
        #expect(log.count("/RequestNumbers") == 1, "the order is sent once")
        #expect(run.stderr.contains("The API answered the order with 503"), "\(run.stderr)")
        #expect(run.stderr.contains("does not say whether it was carried out"))
        #expect(!run.stderr.contains("lost"))
        let rows = confirmedRows(run.stdout)
        #expect(rows.count == 2, "\(run.stdout)")
        #expect(rows.allSatisfy { $0.contains(" FL ") && $0.split(separator: " ").count >= 6 }, "\(rows)")
    }

    @Test func aLostReplyKeepsItsWordsAndFillsTheColumns() throws {
        let sandbox = try TestSandbox { $0.dropAfterCommitRate = 1 }
        let blitz = try BlitzProcess(environment: sandbox.environment())

        let run = try blitz.run(["--yes", "--timeout", "10", "-c", "search state=FL qty=2; order 1,2 group=2"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("The reply to the order was lost"), "\(run.stderr)")
        let rows = confirmedRows(run.stdout)
        #expect(rows.count == 2, "\(run.stdout)")
        #expect(rows.allSatisfy { $0.contains(" FL ") && $0.split(separator: " ").count >= 6 }, "\(rows)")
    }

    /// The table rows of numbers Assigned confirmed ordered.
    private func confirmedRows(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter { $0.contains("ordered (confirmed)") }
    }
}
