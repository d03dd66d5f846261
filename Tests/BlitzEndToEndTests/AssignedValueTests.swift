import Foundation
import Testing

/// `${assigned.count}` and `${assigned[N].field}` follow the last `assigned`, with or without a number.
struct AssignedValueTests {
    @Test func lookingUpOneNumberRefreshesTheAssignedValues() throws {
        let sandbox = try TestSandbox()
        let script = """
            search state=FL qty=2
            use 2
            order 1
            assigned
            expect ${assigned.count} == 1
            assigned ${results[2].number}
            expect ${assigned.count} == 0
            assigned ${results[1].number}
            expect ${assigned.count} == 1
            expect ${assigned[1].trunkgroup_id} == 2
            """
        let run = try BlitzProcess(environment: sandbox.environment()).run(["--yes"], input: script)

        #expect(run.status == 0, "\(run.stderr)")
    }
}
