import BlitzAPI
import BlitzSandbox
import Foundation
import Testing

/// Two sandboxes started together on one fresh data directory share one store.
struct SharedDataDirectoryTests {
    @Test func twoSandboxesStartingTogetherSeedOnceAndAgreeOnOrders() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("blitz-shared-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let notes = LogLines()
        let start = { @Sendable in
            try SandboxHarness {
                $0.storage = .directory(directory)
                $0.progress = { notes.append($0) }
            }
        }

        async let firstStarted = Task.detached { try start() }.value
        async let secondStarted = Task.detached { try start() }.value
        let (first, second) = try await (firstStarted, secondStarted)
        defer {
            first.server.stop()
            second.server.stop()
        }

        #expect(notes.all.filter { $0.hasPrefix("Seeding") }.count == 1)
        let token = try await first.signIn()
        #expect(try await first.order(id: 509_427, group: 2, token: token).map(\.result) == [1])
        #expect(try await second.order(id: 509_427, group: 2, token: token).map(\.result) == [0])
        #expect(try await second.assigned(token: token).map(\.number) == ["3212031886"])
    }
}
