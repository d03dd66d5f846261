import Foundation
import Testing

@testable import BlitzSandbox

/// The search reply cache never hands out a reply from before an order or return.
struct SearchCacheTests {
    static let criteria = SearchCriteria(state: "FL", quantity: 3)
    static let reply = HTTPReply(status: 200, body: Data("[]".utf8))

    /// The miss of a lookup, or nil when the cache unexpectedly had a reply.
    static func miss(in cache: SearchCache) -> SearchCache.Miss? {
        guard case .failure(let miss) = cache.lookup(criteria) else { return nil }
        return miss
    }

    @Test func aRememberedReplyIsFoundUntilTheInventoryChanges() throws {
        let cache = SearchCache(capacity: 8)
        let miss = try #require(Self.miss(in: cache))
        cache.remember(Self.reply, for: Self.criteria, since: miss)
        #expect((try? cache.lookup(Self.criteria).get())?.body == Self.reply.body)
        cache.invalidate()
        #expect((try? cache.lookup(Self.criteria).get()) == nil)
    }

    @Test func aReplyComputedAcrossAnInvalidationIsNotKept() throws {
        let cache = SearchCache(capacity: 8)
        let miss = try #require(Self.miss(in: cache))
        cache.invalidate()
        cache.remember(Self.reply, for: Self.criteria, since: miss)
        #expect((try? cache.lookup(Self.criteria).get()) == nil)
    }

    @Test func capacityZeroKeepsNothing() throws {
        let cache = SearchCache(capacity: 0)
        let miss = try #require(Self.miss(in: cache))
        cache.remember(Self.reply, for: Self.criteria, since: miss)
        #expect((try? cache.lookup(Self.criteria).get()) == nil)
    }

    @Test func returnedNumbersShowUpInTheNextSearch() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let body = #"{"startswith": "321203", "qty": 1}"#
        let first = try #require(try await sandbox.search(body, token: token).first)
        #expect(try await sandbox.order(id: first.id, group: 2, token: token).map(\.result) == [1])
        #expect(try await sandbox.search(body, token: token).first != first)
        let (status, _) = try await sandbox.post(
            "/blitzapi//ReturnNumbers", #"{"tnReturn": [{"number": "\#(first.number)"}]}"#, token: token)
        #expect(status == 200)
        #expect(try await sandbox.search(body, token: token).first == first)
    }
}
