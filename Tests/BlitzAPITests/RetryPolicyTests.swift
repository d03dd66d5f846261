import BlitzAPI
import BlitzSandbox
import Foundation
import Testing

/// Backoff with jitter, `Retry-After`, bounded tries, and changes that are never resent.
struct RetryPolicyTests {
    @Test func pausesDoubleWithJitterUpToTheLongest() {
        let policy = RetryPolicy()

        #expect(policy.pause(after: 1, random: 0) == 0.125)
        #expect(policy.pause(after: 1, random: 0.999) < 0.25)
        #expect(policy.pause(after: 2, random: 0) == 0.25)
        #expect(policy.pause(after: 3, random: 0.5) == 0.75)
        #expect(policy.pause(after: 20, random: 0.999) <= policy.longestPause)
        #expect(policy.pause(after: 20, random: 0) >= policy.longestPause / 2)
    }

    @Test func retryAfterIsHonouredUpToItsBound() {
        let policy = RetryPolicy()
        let now = Date(timeIntervalSince1970: 1_800_000_000)

        #expect(policy.pause(after: 1, retryAfter: 5, random: 0.5) == 5)
        #expect(policy.pause(after: 1, retryAfter: 600, random: 0.5) == policy.longestRetryAfter)
        #expect(RetryPolicy.seconds(fromRetryAfter: "7") == 7)
        #expect(RetryPolicy.seconds(fromRetryAfter: "Fri, 15 Jan 2027 08:00:10 GMT", now: now) == 10)
        #expect(RetryPolicy.seconds(fromRetryAfter: "soon") == nil)
    }

    @Test func aBusyAPIIsTriedEightTimesAndAnOrderOnce() async throws {
        let first = try ClientSandbox()
        let client = try await first.signedInClient(pause: 0.001)
        let number = try #require(try await client.search(SearchRequest(state: "FL", quantity: 1)).numbers.first)
        let port = try #require(first.url.port)
        first.server.stop()
        // The same port, now answering every request 503 before looking at it.
        let busy = try ClientSandbox {
            $0.port = port
            $0.failRate = 1
        }
        let traces = TraceLog()
        await client.setTraceHandler { traces.append($0) }

        await #expect(throws: APIError.self) { try await client.resourceGroups() }
        let report = try await client.order([OrderItem(number: number, groupID: 2)])

        let tries = traces.all.map(\.url.path)
        #expect(tries.filter { $0.hasSuffix("ResourceGroups") }.count == RetryPolicy().busyAttempts)
        #expect(RetryPolicy().busyAttempts == 8)
        #expect(tries.filter { $0.hasSuffix("RequestNumbers") }.count == 1, "an order is never resent")
        #expect(report.failureAfterSending?.status == 503)
        _ = busy
    }
}
