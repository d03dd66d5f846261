import Foundation

/// One request and its reply, as `trace` shows them, with every secret already removed.
package struct Exchange: Sendable {
    package var method: String
    package var url: URL
    /// The request headers; `Authorization` reads `Bearer [redacted]`.
    package var requestHeaders: [(name: String, value: String)]
    /// The request body; a sign-in password reads `[redacted]`.
    package var requestBody: String?
    package var status: Int?
    package var contentType: String?
    package var replyBody: String?
    package var milliseconds: Double
    /// Why no reply came, when none did.
    package var failure: String?
    /// Whether the request carried a bearer token, for a `curl` replay with `$BLITZ_TOKEN`.
    package var usedToken: Bool
}

/// Removes secrets from request text before anyone can see it.
enum Redaction {
    static let placeholder = "[redacted]"

    /// The sign-in body with its password value replaced.
    static func signInBody(username: String) -> String {
        let username = String(data: (try? JSONEncoder().encode(username)) ?? Data(), encoding: .utf8) ?? "\"\""
        return "{\"username\":\(username),\"password\":\"\(placeholder)\"}"
    }
}
