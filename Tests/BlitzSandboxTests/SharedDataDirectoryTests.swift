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

/// A store file that is not a database, as a kill during a first seed can leave, is set aside.
struct UnreadableStoreTests {
    @Test(arguments: ["sandbox.sqlite", "sandbox-search.sqlite"])
    func anUnreadableFileIsMovedAsideAndTheStoreSeededAfresh(name: String) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("blitz-unreadable-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let junk = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) })
        try junk.write(to: directory.appendingPathComponent(name))
        let notes = LogLines()

        let sandbox = try SandboxHarness {
            $0.storage = .directory(directory)
            $0.progress = { notes.append($0) }
        }
        defer { sandbox.server.stop() }

        let token = try await sandbox.signIn()
        #expect(try await sandbox.search(#"{"endswith": "2031886"}"#, token: token).map(\.number) == ["3212031886"])
        #expect(notes.all.contains { $0.contains("could not be read") && $0.contains(name) })
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let aside = try #require(files.first { $0.hasPrefix("\(name).unreadable-") })
        #expect(try Data(contentsOf: directory.appendingPathComponent(aside)) == junk)
    }
}
