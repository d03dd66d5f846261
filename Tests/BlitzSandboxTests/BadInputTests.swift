import BlitzSandbox
import Foundation
import Testing

/// Unusable requests get a JSON error, and the next request is served normally.
struct BadInputTests {
    @Test(arguments: [
        ("POST", "/blitzapi/SearchForNumbers", "{\"state\": ", 400),
        ("POST", "/blitzapi/SearchForNumbers", #"{"state": "FL", "qty": "five"}"#, 400),
        ("POST", "/blitzapi/SearchForNumbers", #"{"state": "FL", "colour": "blue"}"#, 400),
        ("POST", "/blitzapi/SearchForNumbers", "", 400),
        ("POST", "/blitzapi/SearchForNumbers", "{}", 400),
        ("POST", "/blitzapi/SearchForNumbers", #"{"startswith": "32a"}"#, 400),
        ("POST", "/blitzapi/SearchForNumbers", "[1, 2]", 400),
        ("POST", "/blitzapi/SearchForNumbers", #"{"state": "FL", "qty": 99999999999999999999}"#, 400),
        ("POST", "/blitzapi/SearchForNumbers", #"{"state": "FL", "qty": -99999999999999999999}"#, 400),
        ("POST", "/blitzapi/SearchForNumbers", #"{"qty": 12345678901234567890123, "state": "FL"}"#, 400),
        ("POST", "/blitzapi//RequestNumbers", #"{"tnOrder": [{"id": "x", "resgroupid": 2}]}"#, 400),
        ("POST", "/blitzapi//RequestNumbers", #"{"tnOrder": [{"id": 1, "resgroupid": 2, "extra": 1}]}"#, 400),
        ("POST", "/blitzapi//ReturnNumbers", #"{"tnReturn": "3212031886"}"#, 400),
        ("PUT", "/blitzapi/SearchForNumbers", "{}", 405),
        ("DELETE", "/blitzapi/Assigned", "", 405),
        ("GET", "/blitzapi/NoSuchThing", "", 404),
        ("GET", "/elsewhere", "", 404),
        ("POST", "/blitzapi///RequestNumbers", #"{"tnOrder": [{"id": 509427, "resgroupid": 2}]}"#, 404),
        ("GET", "/blitzapi/Assigned/abc", "", 400),
        ("GET", "/blitzapi/Assigned/321203188", "", 400),
        ("GET", "/blitzapi/Assigned/32120318866", "", 400),
    ])
    func badRequestsGetJSONErrors(method: String, path: String, body: String, status: Int) async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let (got, data) = try await sandbox.send(method, path, token: token, body: Data(body.utf8))
        #expect(got == status)
        #expect(sandbox.message(data) != nil)
        if status == 400 { #expect(sandbox.message(data) == "Data error, please retry") }
        #expect(try await sandbox.search(#"{"state": "FL"}"#, token: token).count == 1)
    }

    @Test func aHundredKilobyteHeaderGetsALoggedJSON431() async throws {
        let lines = LogLines()
        let sandbox = try SandboxHarness { $0.requestLog = { lines.append($0) } }
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let huge = String(repeating: "a", count: 100_000)
        let (status, data) = try await sandbox.get("/blitzapi/Assigned", token: huge)
        #expect(status == 431)
        #expect(sandbox.message(data)?.hasPrefix("Request headers too large") == true)
        #expect(lines.all.contains { $0.hasPrefix("GET /blitzapi/Assigned 431 ") })
        #expect(try await sandbox.assigned(token: token).isEmpty)
    }

    @Test func aTwoMegabyteBodyIsRefusedAndTheServerCarriesOn() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let huge = Data(#"{"state": ""#.utf8) + Data(repeating: UInt8(ascii: "F"), count: 2 << 20) + Data(#""}"#.utf8)
        let (status, data) = try await sandbox.send("POST", "/blitzapi/SearchForNumbers", token: token, body: huge)
        #expect(status == 413)
        #expect(sandbox.message(data) == "Data error, please retry")
        #expect(try await sandbox.search(#"{"state": "FL"}"#, token: token).count == 1)
    }

    @Test func aBadPrefixOrUnknownIdOrdersNothing() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        #expect(try await sandbox.order(id: 509_427, group: 2, prefix: "1a", token: token).map(\.result) == [0])
        #expect(try await sandbox.order(id: 1, group: 2, token: token).map(\.result) == [0])
        #expect(try await sandbox.order(id: 509_427, group: 4, token: token).map(\.result) == [0])
        #expect(try await sandbox.assigned(token: token).isEmpty)
    }
}
