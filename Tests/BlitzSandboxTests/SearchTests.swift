import BlitzAPI
import BlitzSandbox
import Foundation
import Testing

/// Each rule alone and combined finds only matching, available numbers, lowest id first.
struct SearchTests {
    @Test(arguments: [
        (#"{"ratecenter": "winterpark", "qty": 5}"#, "ratecenter"),
        (#"{"state": "FL", "qty": 50}"#, "state"),
        (#"{"lata": "458", "qty": 20}"#, "lata"),
        (#"{"startswith": "4", "qty": 30}"#, "startswith"),
        (#"{"startswith": "32", "qty": 3}"#, "startswith"),
        (#"{"endswith": "6", "qty": 40}"#, "endswith"),
        (#"{"endswith": "86", "qty": 40}"#, "endswith"),
        (#"{"endswith": "886", "qty": 10}"#, "endswith"),
        (#"{"contains": "7", "qty": 40}"#, "contains"),
        (#"{"contains": "55", "qty": 40}"#, "contains"),
        (#"{"contains": "203", "qty": 40}"#, "contains"),
        (#"{"contains": "2031", "state": "FL", "qty": 1}"#, "contains"),
    ])
    func everyResultMatchesItsRule(body: String, rule: String) async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let request = try JSONDecoder().decode(SearchRequest.self, from: Data(body.utf8))
        let (status, data) = try await sandbox.post("/blitzapi/SearchForNumbers", body, token: token)
        #expect(status == 200)
        let found = try JSONDecoder().decode([AvailableNumber].self, from: data)
        #expect(found.count == request.quantity)
        #expect(found.map(\.id) == found.map(\.id).sorted())
        for number in found {
            #expect(request.rateCenter.map { number.rateCenter == $0.uppercased() } ?? true)
            #expect(request.state.map { number.state == $0 } ?? true)
            #expect(request.lata.map { number.lata == $0 } ?? true)
            #expect(request.startsWith.map { number.number.hasPrefix($0) } ?? true)
            #expect(request.endsWith.map { number.number.hasSuffix($0) } ?? true)
            #expect(request.contains.map { number.number.contains($0) } ?? true)
        }
    }

    @Test func theSameSearchGivesTheSameNumbersAndOrderedOnesDisappear() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let first = try await sandbox.search(#"{"contains": "12", "qty": 3}"#, token: token)
        #expect(try await sandbox.search(#"{"contains": "12", "qty": 3}"#, token: token) == first)
        let id = try #require(first.first?.id)
        #expect(try await sandbox.order(id: id, group: 2, token: token).map(\.result) == [1])
        let after = try await sandbox.search(#"{"contains": "12", "qty": 3}"#, token: token)
        #expect(!after.map(\.id).contains(id))
        #expect(after.first == first[1])
    }

    @Test func aThreeDigitEndingMergesItsTenFourDigitEndingsByID() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        var expected: [AvailableNumber] = []
        for first in 0..<10 {
            expected += try await found(#"{"endswith": "\#(first)886", "qty": 25}"#, in: sandbox, token: token)
        }
        expected = Array(expected.sorted { $0.id < $1.id }.prefix(25))
        #expect(!expected.isEmpty)
        #expect(try await found(#"{"endswith": "886", "qty": 25}"#, in: sandbox, token: token) == expected)
        let floridian = expected.filter { $0.state == "FL" }
        if !floridian.isEmpty {
            let body = #"{"endswith": "886", "state": "FL", "qty": \#(floridian.count)}"#
            #expect(try await sandbox.search(body, token: token) == floridian)
        }
    }

    /// The numbers of a full or a partial (412) reply.
    private func found(_ body: String, in sandbox: SandboxHarness, token: String) async throws -> [AvailableNumber] {
        let (status, data) = try await sandbox.post("/blitzapi/SearchForNumbers", body, token: token)
        if status == 412 { return try JSONDecoder().decode(PartialFulfillmentReply.self, from: data).result }
        return try JSONDecoder().decode([AvailableNumber].self, from: data)
    }

    @Test(arguments: [0, -1, 501])
    func quantityOutsideOneToFiveHundredIsInvalid(quantity: Int) async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let (status, data) = try await sandbox.post(
            "/blitzapi/SearchForNumbers", #"{"state": "FL", "qty": \#(quantity)}"#, token: token)
        #expect(status == 412)
        #expect(sandbox.message(data) == "Invalid Quantity")
    }

    @Test func fewerMatchesThanAskedIsPartialFulfillment() async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let (status, data) = try await sandbox.post(
            "/blitzapi/SearchForNumbers", #"{"startswith": "321203", "qty": 500}"#, token: token)
        #expect(status == 412)
        let reply = try JSONDecoder().decode(PartialFulfillmentReply.self, from: data)
        #expect(reply.message == "Partial Fulfillment")
        #expect(!reply.result.isEmpty && reply.result.count < 500)
        #expect(reply.result.contains { $0.number == "3212031886" })
    }

    @Test(arguments: [#"{"startswith": "1"}"#, #"{"contains": "12345678901"}"#, #"{"state": "ZZ"}"#])
    func nothingMatchingIsAnEmptyList(body: String) async throws {
        let sandbox = try SandboxHarness()
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()
        let (status, data) = try await sandbox.post("/blitzapi/SearchForNumbers", body, token: token)
        #expect(status == 200)
        #expect(String(decoding: data, as: UTF8.self) == "[]")
    }

    @Test func theSameSeedGivesTheSameInventoryAndAnotherSeedDiffers() async throws {
        let one = try SandboxHarness { $0.seed = 7 }
        let two = try SandboxHarness { $0.seed = 7 }
        let other = try SandboxHarness { $0.seed = 8 }
        defer { for sandbox in [one, two, other] { sandbox.server.stop() } }
        let body = #"{"state": "TX", "qty": 20}"#
        let first = try await one.search(body, token: try await one.signIn())
        #expect(try await two.search(body, token: try await two.signIn()) == first)
        #expect(try await other.search(body, token: try await other.signIn()) != first)
    }
}
