import Foundation
import Testing

/// Scripts saved on other systems run exactly like clean ones.
struct ScriptSourceTests {
    @Test func windowsEndingsByteOrderMarkAndNoFinalNewlineRunLikeACleanScript() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        let lines = ["search state=FL qty=2", "# a comment", "results", "ping"]
        let clean = try blitz.file("clean.blitz", lines.joined(separator: "\n") + "\n")
        let messy = try blitz.file("messy.blitz", "\u{FEFF}" + lines.joined(separator: "\r\n"))

        let cleanRun = try blitz.run([clean.path])
        let messyRun = try blitz.run([messy.path])

        #expect(cleanRun.status == 0)
        #expect(messyRun.status == 0)
        #expect(messyRun.stdout == cleanRun.stdout)
        #expect(cleanRun.stdout.contains("2.7.1"), "every line ran, the last one too")
    }
}
