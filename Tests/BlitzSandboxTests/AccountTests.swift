import BlitzAPI
import BlitzSandbox
import Foundation
import Testing

/// Tokens, account isolation and the order race.
struct AccountTests {
    @Test func wrongPasswordIsRefused() async throws {
        let sandbox = try SandboxHarness { $0.password = "s3cret" }
        defer { sandbox.server.stop() }
        let (status, data) = try await sandbox.post(
            "/blitzapi/User/SignIn", #"{"username": "ann", "password": "sandbox"}"#)
        #expect(status == 401)
        #expect(sandbox.message(data) != nil)
        #expect(try await sandbox.signIn("ann", password: "s3cret").isEmpty == false)
    }

    @Test func missingForgedAndMalformedTokensAre401() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let parts = token.split(separator: ".").map(String.init)
        let otherClaims = Base64URL.encode(Data(#"{"id":"root","iat":1,"exp":9999999999}"#.utf8))
        let forged = "\(parts[0]).\(otherClaims).\(parts[2])"
        for candidate in [nil, forged, "not-a-token", "a.b.c", token + "x"] {
            let (status, data) = try await sandbox.get("/blitzapi/Assigned", token: candidate)
            #expect(status == 401)
            #expect(sandbox.message(data) != nil)
        }
        #expect(try await sandbox.get("/blitzapi/Assigned", token: token).0 == 200)
    }

    @Test func anExpiredTokenIs401() async throws {
        let sandbox = try SandboxHarness { $0.tokenLifetime = 1 }
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        try await Task.sleep(for: .milliseconds(2_100))
        let (status, data) = try await sandbox.get("/blitzapi/ResourceGroups", token: token)
        #expect(status == 401)
        #expect(sandbox.message(data)?.contains("expired") == true)
    }

    @Test func accountsSeeOrderIntoAndReturnOnlyTheirOwn() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let ann = try await sandbox.signIn("ann")
        let bob = try await sandbox.signIn("bob")
        let (_, groupData) = try await sandbox.get("/blitzapi/ResourceGroups", token: bob)
        let bobGroups = try JSONDecoder().decode([ResourceGroup].self, from: groupData)
        #expect(!bobGroups.map(\.id).contains(2))

        #expect(try await sandbox.order(id: 509_427, group: bobGroups[0].id, token: ann).map(\.result) == [0])
        #expect(try await sandbox.order(id: 509_427, group: 2, token: ann).map(\.result) == [1])
        #expect(try await sandbox.order(id: 509_427, group: bobGroups[0].id, token: bob).map(\.result) == [0])
        #expect(try await sandbox.assigned(token: bob).isEmpty)
        let (_, single) = try await sandbox.get("/blitzapi/Assigned/3212031886", token: bob)
        #expect(String(decoding: single, as: UTF8.self) == "[]")

        let (status, _) = try await sandbox.post(
            "/blitzapi//ReturnNumbers", #"{"tnReturn":[{"number":"3212031886"}]}"#, token: bob)
        #expect(status == 200)
        #expect(try await sandbox.assigned(token: ann).map(\.number) == ["3212031886"])
    }

    @Test func exactlyOneOfTwentyConcurrentOrdersWins() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        var tokens: [String] = []
        for index in 0..<20 { tokens.append(try await sandbox.signIn("racer\(index)")) }
        let groups = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for token in tokens {
                group.addTask {
                    let (_, data) = try await sandbox.get("/blitzapi/ResourceGroups", token: token)
                    return (token, try JSONDecoder().decode([ResourceGroup].self, from: data)[0].id)
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for token in tokens {
                group.addTask {
                    try await sandbox.order(id: 509_427, group: groups[token] ?? 0, token: token)[0].result
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 == 1 }.count == 1)
        #expect(results.count == 20)
    }
}
