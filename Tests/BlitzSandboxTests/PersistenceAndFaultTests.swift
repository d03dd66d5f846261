import BlitzAPI
import BlitzSandbox
import Foundation
import Synchronization
import Testing

/// Restart persistence and the three fault flags.
struct PersistenceAndFaultTests {
    @Test func ordersAndTokensSurviveARestart() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("blitz-sandbox-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try SandboxHarness { $0.storage = .directory(directory) }
        let token = try await first.signIn()
        #expect(try await first.order(id: 509_427, group: 3, prefix: "9", token: token).map(\.result) == [1])
        first.server.stop()

        let second = try SandboxHarness { $0.storage = .directory(directory) }
        defer { second.server.stop() }
        let held = try await second.assigned(token: token)
        #expect(held == [AssignedNumber(number: "3212031886", outpulsed: "93212031886", trunkGroupID: 3)])
        #expect(try await second.search(#"{"endswith": "2031886"}"#, token: token).isEmpty)
    }

    @Test func failRateOneAnswers503BeforeDoingAnything() async throws {
        let sandbox = try SandboxHarness { $0.failRate = 1 }
        defer { sandbox.server.stop() }
        let (status, data) = try await sandbox.post(
            "/blitzapi/User/SignIn", #"{"username": "ann", "password": "sandbox"}"#)
        #expect(status == 503)
        #expect(sandbox.message(data) != nil)
    }

    @Test func latencyDelaysTheReply() async throws {
        let sandbox = try SandboxHarness { $0.latencyMilliseconds = 300 }
        defer { sandbox.server.stop() }
        let clock = ContinuousClock()
        let started = clock.now
        _ = try await sandbox.get("/")
        // A lower bound only: the delay is the feature, so it cannot be shorter.
        #expect(clock.now - started >= .milliseconds(300))
    }

    @Test func dropAfterCommitCommitsThenClosesWithoutReply() async throws {
        let lines = LogLines()
        let sandbox = try SandboxHarness(requestTimeout: 5) {
            $0.dropAfterCommitRate = 1
            $0.requestLog = { lines.append($0) }
        }
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        await #expect(throws: (any Error).self) {
            _ = try await sandbox.order(id: 509_427, group: 2, token: token)
        }
        #expect(try await sandbox.assigned(token: token).map(\.number) == ["3212031886"])
        #expect(lines.all.contains { $0.hasPrefix("POST /blitzapi//RequestNumbers dropped") })
        #expect(!lines.all.contains { $0.contains(token) || $0.contains("sandbox") })
    }
}

/// Collects request-log lines from the server's threads.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
