import Foundation
import Testing

@testable import BlitzShell

struct StatePathsTests {
    struct Case: Sendable, CustomStringConvertible {
        let environment: [String: String]
        let state: String
        let config: String

        var description: String { environment.sorted { $0.key < $1.key }.description }
    }

    static let cases: [Case] = [
        Case(
            environment: ["HOME": "/home/ann"], state: "/home/ann/.local/state/blitz", config: "/home/ann/.config/blitz"
        ),
        Case(
            environment: ["HOME": "/home/ann", "XDG_STATE_HOME": "/var/st", "XDG_CONFIG_HOME": "/etc/cfg"],
            state: "/var/st/blitz", config: "/etc/cfg/blitz"),
        Case(
            environment: ["HOME": "/home/ann", "XDG_STATE_HOME": "relative/st", "XDG_CONFIG_HOME": "cfg"],
            state: "/home/ann/.local/state/blitz", config: "/home/ann/.config/blitz"),
        Case(
            environment: ["HOME": "/home/ann", "XDG_STATE_HOME": "", "XDG_CONFIG_HOME": ""],
            state: "/home/ann/.local/state/blitz", config: "/home/ann/.config/blitz"),
    ]

    @Test(arguments: cases)
    func directoriesFollowXDGAndIgnoreRelativeValues(_ testCase: Case) {
        let paths = StatePaths(environment: testCase.environment)

        #expect(paths.stateDirectory.path == testCase.state)
        #expect(paths.configDirectory.path == testCase.config)
        #expect(paths.historyFile.path == testCase.state + "/history")
        #expect(paths.journalFile.path == testCase.state + "/journal.db")
        #expect(paths.credentialsFile.path == testCase.config + "/credentials")
    }

    @Test func missingHomeFallsBackToTheAccountsHome() {
        let paths = StatePaths(environment: ["HOME": "not/absolute"])

        #expect(paths.stateDirectory.path.hasPrefix(NSHomeDirectory()))
        #expect(paths.stateDirectory.path.hasSuffix("/.local/state/blitz"))
    }

    @Test func createsEveryMissingDirectoryWithMode0700() throws {
        let scratch = try ScratchDirectory()
        let existingMode = try scratch.mode(of: scratch.url)
        let nested = scratch.url.appendingPathComponent("a/b/blitz")

        try StatePaths.createPrivateDirectory(nested)
        try StatePaths.createPrivateDirectory(nested)

        #expect(try scratch.mode(of: scratch.url.appendingPathComponent("a")) == 0o700)
        #expect(try scratch.mode(of: scratch.url.appendingPathComponent("a/b")) == 0o700)
        #expect(try scratch.mode(of: nested) == 0o700)
        #expect(try scratch.mode(of: scratch.url) == existingMode)
    }

    @Test func aFileInTheWayIsReported() throws {
        let scratch = try ScratchDirectory()
        let blocker = scratch.url.appendingPathComponent("blitz")
        try Data("x".utf8).write(to: blocker)

        let error = #expect(throws: StatePathsError.self) {
            try StatePaths.createPrivateDirectory(blocker.appendingPathComponent("inner"))
        }
        #expect(error?.description.contains(blocker.path) == true)
    }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("blitz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The permission bits of the file or directory at `url`.
    func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Writes `text` to `name` in this directory with the given mode.
    func write(_ text: String, to name: String, mode: Int) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        return file
    }
}
