import Foundation
import Testing

/// A chain of `source` includes too deep to be meant is refused instead of overflowing the stack.
struct IncludeDepthTests {
    /// Writes `count` scripts in which each includes the next, the last echoing `bottom`.
    private func writeChain(_ count: Int, in blitz: BlitzProcess) throws {
        for level in 1..<count {
            _ = try blitz.file("level\(level).blitz", "source level\(level + 1).blitz\n")
        }
        _ = try blitz.file("level\(count).blitz", "echo bottom\n")
    }

    @Test func sixtyFourLevelsStillRun() throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        try writeChain(64, in: blitz)
        let run = try blitz.run(["level1.blitz"], directory: blitz.home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "bottom\n")
    }

    @Test(arguments: [[String](), ["check"]])
    func deeperChainsAreRefusedWithTheFileAndLine(command: [String]) throws {
        let sandbox = try TestSandbox()
        let blitz = try BlitzProcess(environment: sandbox.environment())
        try writeChain(100, in: blitz)
        let run = try blitz.run(command + ["level1.blitz"], directory: blitz.home)

        #expect(run.status == 2)
        let output = run.stdout + run.stderr
        #expect(output.contains("level64.blitz:1:8: 'level65.blitz' would be included 65 scripts deep"))
        #expect(output.contains("includes may nest at most 64 deep"))
        #expect(!output.contains("bottom"))
    }
}
