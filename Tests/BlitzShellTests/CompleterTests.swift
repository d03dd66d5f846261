import BlitzAPI
import Foundation
import Testing

@testable import BlitzShell

/// Tab completion worked out from the command table and a session's state, without a
/// terminal; the tmux tests press Tab in the real shell.
struct CompleterTests {
    /// A session nobody signed in to, so completion never calls the (unreachable) API.
    private func completer(results: Int = 0) -> Completer {
        let url = URL(string: "http://127.0.0.1:9")!
        let session = Session(
            client: BlitzClient(configuration: ClientConfiguration(baseURL: url)),
            target: Target(url: url, isEmbeddedSandbox: false),
            output: Output(format: .table),
            isInteractive: false
        )
        session.lastResults = (0..<results).map { index in
            AvailableNumber(id: index, number: "321203100\(index)", rateCenter: "NAPLES", state: "FL", lata: "302")
        }
        return Completer(session: session)
    }

    @Test(arguments: [
        ("gro", ["groups"]),
        ("search stat", ["state="]),
        ("search STAT", ["state="]),
        ("search state=F", ["state=FL"]),
        ("search state=f", ["state=FL"]),
        ("ping; gro", ["groups"]),
        ("search qty=5; search lat", ["lata="]),
        ("order 2,", ["2,1", "2,2", "2,3"]),
        ("order 1-", ["1-1", "1-2", "1-3"]),
        ("order a", ["all"]),
        ("nosuch x", []),
        ("trace o", ["on", "off"]),
        ("on-error c", ["continue"]),
        ("format j", ["json"]),
        ("record s", ["stop"]),
        ("results sort=n", ["sort=number"]),
    ])
    func completesTheWordBeingTyped(line: String, expected: [String]) {
        #expect(completer(results: 3).complete(line) == expected)
    }

    @Test func listsStateCodesStartingWithTheTypedLetters() {
        let codes = completer().complete("search state=n")
        #expect(codes.contains("state=NC"))
        #expect(codes.contains("state=NY"))
        #expect(codes.allSatisfy { $0.hasPrefix("state=N") })
    }

    @Test func offersResultIndexesAfterOrder() {
        let candidates = completer(results: 2).complete("order ")
        #expect(candidates == ["group=", "prefix=", "all", "1", "2"])
    }
}
