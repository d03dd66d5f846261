import BlitzAPI
import BlitzSandbox
import Foundation
import Testing

/// Every example request of the API document, answered in the documented shape.
struct DocumentExampleTests {
    @Test func testRouteNamesTheVersion() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let (status, data) = try await sandbox.get("/")
        #expect(status == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("2.7.1"))
    }

    @Test func signInReturnsAnHS256Token() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn("johndoe", password: "sandbox")
        #expect(token.hasPrefix("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9."))
        let claims = try #require(AccessToken(token).claims)
        #expect(claims.id == "johndoe")
        #expect(claims.exp - claims.iat == 3600)
    }

    @Test func resourceGroupsAreTwoBuiltThenOneUnbuilt() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let (status, data) = try await sandbox.get("/blitzapi/ResourceGroups", token: token)
        let groups = try JSONDecoder().decode([ResourceGroup].self, from: data)
        #expect(status == 200)
        #expect(groups.map(\.built) == [1, 1, 0])
        #expect(groups.map(\.id) == [2, 3, 4])
    }

    @Test func searchOrderAssignedAndReturnFollowTheDocument() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let found = try await sandbox.search(
            #"{"state": "FL", "startswith": "321", "contains": "2031", "endswith": "1886"}"#, token: token)
        let example = AvailableNumber(
            id: 509_427, number: "3212031886", rateCenter: "WINTERPARK", state: "FL", lata: "458")
        #expect(found == [example])

        let ordered = try await sandbox.order(id: 509_427, group: 3, prefix: "11121", token: token)
        #expect(ordered.map(\.result) == [1])
        #expect(ordered.first?.number == "3212031886")

        let held = try await sandbox.assigned(token: token)
        #expect(held == [AssignedNumber(number: "3212031886", outpulsed: "111213212031886", trunkGroupID: 3)])
        let (_, one) = try await sandbox.get("/blitzapi/Assigned/3212031886", token: token)
        #expect(try JSONDecoder().decode([AssignedNumber].self, from: one) == held)

        let (status, body) = try await sandbox.post(
            "/blitzapi//ReturnNumbers", #"{"tnReturn":[{"number":"3212031886"}]}"#, token: token)
        #expect(status == 200 && body.isEmpty)
        #expect(try await sandbox.assigned(token: token).isEmpty)
        let again = try await sandbox.search(#"{"endswith": "2031886", "startswith": "321"}"#, token: token)
        #expect(again == [example])
    }

    @Test(arguments: [
        "/blitzapi/Assigned", "blitzapi//Assigned", "/blitzapi/ResourceGroups", "//blitzapi//ResourceGroups",
    ])
    func pathsTakeEitherSlashSpelling(path: String) async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let (status, _) = try await sandbox.get(path.hasPrefix("/") ? path : "/" + path, token: token)
        #expect(status == 200)
    }
}
