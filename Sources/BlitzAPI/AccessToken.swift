import Foundation

/// The claims blitz reads from, and the sandbox writes into, a Blitz JWT.
package struct TokenClaims: Codable, Sendable, Equatable {
    /// The account the token was issued to.
    package var id: String
    /// Issued at, in seconds since 1970.
    package var iat: Int
    /// Expires at, in seconds since 1970.
    package var exp: Int

    package init(id: String, iat: Int, exp: Int) {
        self.id = id
        self.iat = iat
        self.exp = exp
    }

    package var expiry: Date { Date(timeIntervalSince1970: TimeInterval(exp)) }
}

/// A signed-in session's bearer token, with the claims read from its payload.
///
/// The client cannot check the signature (only the server holds the key); it reads
/// the payload to know when to sign in again.
package struct AccessToken: Sendable, Equatable {
    package let value: String
    package let claims: TokenClaims?

    package init(_ value: String) {
        self.value = value
        self.claims = Self.readClaims(of: value)
    }

    /// The token for display: its first characters, never enough to use it.
    package var redacted: String {
        "\(value.prefix(6))…(\(value.count) characters)"
    }

    private static func readClaims(of token: String) -> TokenClaims? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = Base64URL.decode(String(parts[1])) else {
            return nil
        }
        return try? JSONDecoder().decode(TokenClaims.self, from: payload)
    }
}

/// Base64url without padding, as JWTs encode their parts.
package enum Base64URL {
    package static func encode(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    package static func decode(_ text: String) -> Data? {
        var base64 =
            text
            .replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        let remainder = base64.count % 4
        if remainder == 1 { return nil }
        if remainder > 0 { base64 += String(repeating: "=", count: 4 - remainder) }
        return Data(base64Encoded: base64)
    }
}
