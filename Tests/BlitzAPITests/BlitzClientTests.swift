import BlitzAPI
import BlitzSandbox
import Foundation
import Testing

/// The client against a real sandbox on loopback: the main job, tokens, retries, lost replies.
struct BlitzClientTests {
    @Test func searchOrderAssignedAndReturnRoundTrip() async throws {
        let sandbox = try ClientSandbox()
        let client = try await sandbox.signedInClient()

        let found = try await client.search(SearchRequest(state: "FL", quantity: 2))
        let groups = try await client.resourceGroups()
        let group = try #require(groups.first { $0.isBuilt })
        let items = found.numbers.map { OrderItem(number: $0, groupID: group.id, prefix: "99") }
        let order = try await client.order(items)
        let held = try await client.assigned()
        let returned = try await client.returnNumbers([found.numbers[0].number])
        let stillHeld = try await client.assigned()

        #expect(found.numbers.count == 2 && !found.isPartial)
        #expect(order.isComplete && order.failureAfterSending == nil)
        #expect(Set(held.map(\.number)) == Set(found.numbers.map(\.number)))
        #expect(held.allSatisfy { $0.outpulsed == "99" + $0.number && $0.trunkGroupID == group.id })
        #expect(returned.isComplete)
        #expect(stillHeld.map(\.number) == [found.numbers[1].number])
    }

    @Test func partialFulfillmentIsAnOutcomeAndInvalidQuantityAnError() async throws {
        let sandbox = try ClientSandbox()
        let client = try await sandbox.signedInClient()

        let partial = try await client.search(SearchRequest(startsWith: "3212031886", quantity: 5))
        #expect(partial.isPartial && partial.numbers.map(\.number) == ["3212031886"] && partial.requested == 5)

        let error = await #expect(throws: APIError.self) {
            try await client.search(SearchRequest(state: "FL", quantity: 0))
        }
        #expect(error?.code == .rejected && error?.apiMessage == "Invalid Quantity" && error?.status == 412)
    }

    @Test func secretsOutliveASignOutSoALaterLineHoldingThemIsStillFound() async throws {
        let sandbox = try ClientSandbox()
        let client = try await sandbox.signedInClient()
        let token = try #require(await client.token?.value)

        await client.signOut()

        #expect(client.secrets().contains("sandbox"))
        #expect(client.secrets().contains(token))
    }

    @Test func anExpiringTokenIsRenewedBeforeItRunsOut() async throws {
        let sandbox = try ClientSandbox { $0.tokenLifetime = 2 }
        let client = try await sandbox.signedInClient()
        let first = await client.token

        try await Task.sleep(for: .milliseconds(2_200))
        let groups = try await client.resourceGroups()

        #expect(!groups.isEmpty)
        #expect(await client.token != first)
    }

    @Test func aRejectedTokenLeadsToOneNewSignInAndTheRequestIsRepeated() async throws {
        let first = try ClientSandbox()
        let client = try await first.signedInClient()
        let port = try #require(first.url.port)
        first.server.stop()

        // A new sandbox on the same port has another signing key, so the old token gets 401.
        let second = try ClientSandbox { $0.port = port }
        let groups = try await client.resourceGroups()

        #expect(!groups.isEmpty)
        _ = second
    }

    @Test func withoutASignInTheClientSaysNobodyIsSignedInRatherThanExpired() async throws {
        let sandbox = try ClientSandbox()
        let client = try await sandbox.signedInClient()
        let fresh = BlitzClient(configuration: ClientConfiguration(baseURL: sandbox.url))
        await client.signOut()

        for candidate in [fresh, client] {
            let error = await #expect(throws: APIError.self) { try await candidate.resourceGroups() }
            #expect(error?.code == .notSignedIn)
            #expect(error?.message == "You are not signed in: sign in with 'login'.")
        }
    }

    @Test func idempotentRequestsSurviveFailuresAndChangesAreNeverRepeated() async throws {
        let sandbox = try ClientSandbox { $0.failRate = 0.3 }
        var configuration = ClientConfiguration(baseURL: sandbox.url)
        configuration.retry.busyAttempts = 11
        configuration.retry.firstPause = 0.01
        let client = BlitzClient(configuration: configuration)
        try await client.signIn(username: "retry", password: "sandbox")

        for _ in 0..<20 {
            let outcome = try await client.search(SearchRequest(state: "FL", quantity: 1))
            #expect(outcome.numbers.count == 1)
        }

        var requestLines = 0
        let counter = RequestCounter()
        await client.setTraceHandler { exchange in
            if exchange.url.path.hasSuffix("RequestNumbers") { counter.increment() }
        }
        let groups = try await client.resourceGroups()
        for _ in 0..<10 {
            let found = try await client.search(SearchRequest(state: "FL", quantity: 1))
            let report = try await client.order([OrderItem(number: found.numbers[0], groupID: groups[0].id)])
            requestLines += 1
            #expect(report.lines.allSatisfy { $0.outcome != .unknown })
        }
        #expect(counter.value == requestLines, "each order is sent exactly once")
    }

    @Test func aDroppedReplyIsReconciledThroughAssigned() async throws {
        let received = RequestCounter()
        let sandbox = try ClientSandbox {
            $0.dropAfterCommitRate = 1
            $0.requestLog = { line in
                if line.contains("RequestNumbers") || line.contains("ReturnNumbers") { received.increment() }
            }
        }
        var configuration = ClientConfiguration(baseURL: sandbox.url)
        configuration.timeout = 5
        let client = BlitzClient(configuration: configuration)
        try await client.signIn(username: "dropped", password: "sandbox")
        let found = try await client.search(SearchRequest(state: "FL", quantity: 2))
        let group = try await client.resourceGroups()[0]

        let report = try await client.order(found.numbers.map { OrderItem(number: $0, groupID: group.id) })

        #expect(report.failureAfterSending != nil)
        #expect(report.lines.allSatisfy { $0.outcome == .done && $0.confirmedByAssigned })
        let returned = try await client.returnNumbers(found.numbers.map(\.number))
        #expect(returned.failureAfterSending != nil)
        #expect(returned.lines.allSatisfy { $0.outcome == .done && $0.confirmedByAssigned })
        // The search before them left a kept-alive connection, which must not be used to resend.
        #expect(received.value == 2, "the order and the return each reached the server exactly once")
    }

    @Test func anUnreachableAPIIsReportedAsSuch() async throws {
        var configuration = ClientConfiguration(baseURL: try #require(URL(string: "http://127.0.0.1:9")))
        configuration.retry.firstPause = 0.01
        let client = BlitzClient(configuration: configuration)
        let error = await #expect(throws: APIError.self) { try await client.ping() }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains("connection refused") == true)
    }

    @Test func aReplyThatIsNotJSONIsReportedWithItsStatusAndContentType() async throws {
        let server = try StaticHTTPServer()
        defer { server.stop() }
        let client = BlitzClient(configuration: ClientConfiguration(baseURL: server.url))

        let error = await #expect(throws: APIError.self) {
            try await client.signIn(username: "x", password: "y")
        }
        #expect(error?.status == 502)
        #expect(error?.message == "The API answered 502 with text/html (50 bytes).")
    }

    @Test func tracesNeverHoldThePasswordOrTheToken() async throws {
        let sandbox = try ClientSandbox { $0.password = "pa55-secret" }
        let client = BlitzClient(configuration: ClientConfiguration(baseURL: sandbox.url))
        let traced = TraceLog()
        await client.setTraceHandler { traced.append($0) }

        let token = try await client.signIn(username: "alice", password: "pa55-secret")
        _ = try await client.resourceGroups()

        let text = traced.all.map { "\($0.requestHeaders) \($0.requestBody ?? "") \($0.url)" }.joined()
        #expect(!text.contains("pa55-secret"))
        #expect(!text.contains(token.value))
        #expect(text.contains("Bearer [redacted]"))
    }
}
