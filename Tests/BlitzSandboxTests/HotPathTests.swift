import BlitzAPI
import Foundation
import Testing

@testable import BlitzSandbox

/// The hand-written pieces of the search path agree with the generic code they replace.
struct HotPathTests {
    static let numbers = [
        AvailableNumber(id: 509_427, number: "3212031886", rateCenter: "WINTERPARK", state: "FL", lata: "458"),
        AvailableNumber(id: 7, number: "2012000000", rateCenter: "Q\"\\/\n\u{1}É", state: "NJ", lata: "224"),
    ]

    @Test func searchRepliesMatchTheGenericEncoder() throws {
        var rows = SearchReplyJSON.Rows()
        for number in Self.numbers {
            rows.append(
                id: Int64(number.id), number: try #require(Int64(number.number)), rateCenter: number.rateCenter.utf8,
                state: number.state.utf8, lata: number.lata.utf8)
        }
        let full = SearchReplyJSON.reply(rows, quantity: Self.numbers.count)
        #expect(full.status == 200)
        #expect(full.body == HTTPReply.json(200, Self.numbers).body)
        #expect(SearchReplyJSON.reply(SearchReplyJSON.Rows(), quantity: 5).body == Data("[]".utf8))
        let partial = SearchReplyJSON.reply(rows, quantity: 3)
        #expect(partial.status == 412)
        #expect(partial.body == HTTPReply.json(412, PartialFulfillmentReply(result: Self.numbers)).body)
    }

    @Test(arguments: [
        ("Bearer abc.def.ghi", "abc.def.ghi"), ("bearer abc", "abc"), ("BEARER  abc \t", "abc"),
        ("Bearer ", ""),
    ])
    func bearerTokensAreFound(header: String, token: String) {
        #expect(SandboxService.bearerToken(in: header) == token)
    }

    @Test(arguments: ["Basic abc", "Bearer", "Bearer\u{0}abc", "Bearerabc", ""])
    func otherHeadersHaveNoBearerToken(header: String) {
        #expect(SandboxService.bearerToken(in: header) == nil)
    }

    @Test func aRememberedTokenStillExpires() {
        let signer = TokenSigner(secret: Array(repeating: 7, count: 32), lifetime: 10)
        let token = signer.issue(for: "ann", now: 1_000)
        #expect(signer.check(token, now: 1_005) == .valid(TokenClaims(id: "ann", iat: 1_000, exp: 1_010)))
        #expect(signer.check(token, now: 1_010) == .expired)
        #expect(signer.check(token + "x", now: 1_005) == .forged)
    }

    @Test(arguments: [
        #"{"state":"FL","qty":3}"#, #"{"state":"FL","extra":1}"#, #"{"qty":"five"}"#, "[]", "", "{",
    ])
    func strictDecodingRejectsWhatItShould(body: String) {
        let shape = StrictJSON.Shape(fields: ["state", "qty"])
        let decoded = StrictJSON.decode(SearchRequest.self, from: Data(body.utf8), shape: shape)
        #expect((decoded != nil) == (body == #"{"state":"FL","qty":3}"#))
    }

    @Test(arguments: [
        (#"{"tnOrder":[{"id":1,"resgroupid":2}]}"#, true), (#"{"tnOrder":[{"id":1,"resgroupid":2,"x":0}]}"#, false),
        (#"{"tnOrder":[1]}"#, false), (#"{"tnOrder":null}"#, false),
    ])
    func strictDecodingChecksNestedFields(body: String, accepted: Bool) {
        let shape = StrictJSON.Shape(fields: ["tnOrder"], nested: ["tnOrder": ["id", "resgroupid", "prefix"]])
        #expect((StrictJSON.decode(NumberOrder.self, from: Data(body.utf8), shape: shape) != nil) == accepted)
    }
}

/// The search body shortcut accepts only what the strict decoder accepts, with the same values.
struct SearchBodyReaderTests {
    @Test(arguments: [
        #"{"state":"FL","qty":3}"#, #" { "ratecenter" : "winterpark" , "qty" : 10 } "#, "{\n\t\"lata\":\"458\"\r\n}",
        #"{"startswith":"321","endswith":"6","contains":"203","qty":-1}"#, #"{"qty":0}"#, #"{}"#,
        #"{"state":"FL","state":"TX"}"#, #"{"state":"FL","extra":1}"#, #"{"qty":"five"}"#, #"{"qty":1.5}"#,
        #"{"qty":1e2}"#, #"{"qty":01}"#, #"{"qty":1234567890123}"#, #"{"state":null}"#, #"{"state":"F\"L"}"#,
        #"{"state":"\u0046L"}"#, #"{"state":"FL",}"#, #"{"state":"FL"} x"#, #"{"state":"FL""#, "[]", "", "{",
        #"{"state":5}"#, #"{"state":"Ünïcode"}"#, #"{"qty":-}"#, #"{"qty":3,"qty":4}"#,
    ])
    func agreesWithTheStrictDecoder(body: String) {
        let data = Data(body.utf8)
        let shape = StrictJSON.Shape(fields: [
            "ratecenter", "state", "lata", "startswith", "endswith", "contains", "qty",
        ])
        let strict = StrictJSON.decode(SearchRequest.self, from: data, shape: shape)
        if let fast = SearchBodyReader.read(data) {
            #expect(fast == strict)
        }
    }

    @Test func readsTheCommonShapeItself() {
        let body = Data(#"{"ratecenter":"WINTERPARK","startswith":"321","qty":25}"#.utf8)
        #expect(
            SearchBodyReader.read(body)
                == SearchRequest(rateCenter: "WINTERPARK", startsWith: "321", quantity: 25))
    }
}
