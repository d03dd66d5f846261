import Foundation
import Testing

/// Runs each fixture script in each output format against a fresh sandbox and compares
/// standard output and the exit status with the golden files beside it.
///
/// `BLITZ_UPDATE_GOLDEN=1 swift test` rewrites the golden files from the current output.
struct ScriptGoldenTests {
    static let fixtures = BlitzProcess.packageRoot.appendingPathComponent("Tests/BlitzEndToEndTests/Fixtures/scripts")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".blitz") }.map { String($0.dropLast(6)) }.sorted()
    }

    @Test(arguments: scripts, ["table", "json", "csv"])
    func scriptOutputMatchesGolden(script: String, format: String) throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let run = try blitz.run(
            ["--yes", "--format", format, "\(script).blitz"],
            directory: Self.fixtures
        )
        let actual = "exit \(run.status)\n" + run.stdout + Self.normalized(run.stderr, sandbox: sandbox)
        let golden = Self.fixtures.appendingPathComponent("\(script).\(format).out")

        if ProcessInfo.processInfo.environment["BLITZ_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(script).blitz in \(format) differs from \(golden.lastPathComponent)")
    }

    /// Standard error with the sandbox's port replaced, marked so it reads apart from stdout.
    static func normalized(_ stderr: String, sandbox: TestSandbox) -> String {
        let text = stderr.replacingOccurrences(of: sandbox.url.absoluteString, with: "http://127.0.0.1:PORT")
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty }
            .map { "stderr: \($0)\n" }
            .joined()
    }
}
