import BlitzAPI
import Foundation
import Testing

struct AccessTokenTests {
    @Test func claimsAreReadFromThePayload() throws {
        let claims = TokenClaims(id: "alice", iat: 1_700_000_000, exp: 1_700_003_600)
        let payload = Base64URL.encode(try JSONEncoder().encode(claims))
        let token = AccessToken("eyJhbGciOiJIUzI1NiJ9.\(payload).c2lnbmF0dXJl")

        #expect(token.claims == claims)
        #expect(token.claims?.expiry == Date(timeIntervalSince1970: 1_700_003_600))
    }

    @Test(arguments: ["", "abc", "a.b", "a.!!!.c", "a.e30.c"])
    func malformedTokensHaveNoClaims(_ value: String) {
        #expect(AccessToken(value).claims == nil)
    }

    @Test func redactionHidesTheToken() {
        let token = AccessToken("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.secretpart.signature")
        #expect(!token.redacted.contains("secretpart"))
        #expect(token.redacted.hasPrefix("eyJ0eX"))
    }

    @Test(arguments: [Data(), Data([0]), Data([0xfb, 0xff]), Data("hello, world".utf8)])
    func base64URLRoundTrips(_ data: Data) {
        let text = Base64URL.encode(data)
        #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
        #expect(Base64URL.decode(text) == data)
    }
}
