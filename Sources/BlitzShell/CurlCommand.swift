import BlitzAPI
import Foundation

/// A request the client sent, written as a `curl` command that sends it again.
///
/// The command never holds a secret: a bearer token is written as `$BLITZ_TOKEN` and a
/// sign-in password as `$BLITZ_PASSWORD`, inside double quotes so the shell expands them.
enum CurlCommand {
    /// The shell command; every other word is single-quoted so nothing in it is expanded.
    static func text(for exchange: Exchange) -> String {
        var words = ["curl", "-sS"]
        if exchange.method != "GET" { words += ["-X", exchange.method] }
        words.append(quoted(exchange.url.absoluteString))
        for header in exchange.requestHeaders where header.name.lowercased() != "authorization" {
            words += ["-H", quoted("\(header.name): \(header.value)")]
        }
        words += ["-H", quoted("Accept: application/json")]
        if exchange.usedToken {
            words += ["-H", "\"Authorization: Bearer $BLITZ_TOKEN\""]
        }
        if let body = exchange.requestBody {
            words += ["--data-raw", quotedBody(body)]
        }
        return words.joined(separator: " ")
    }

    /// What an integrator runs first to fill `$BLITZ_TOKEN`, given the request's base URL.
    static func signInHint(baseURL: URL, username: String) -> String {
        let body = "{\"username\":\(jsonString(username)),\"password\":\"\(Redaction.marker)\"}"
        let url =
            baseURL.absoluteString.hasSuffix("/") ? String(baseURL.absoluteString.dropLast()) : baseURL.absoluteString
        let signIn = [
            "curl", "-sS", "-X", "POST", quoted(url + "/blitzapi/User/SignIn"),
            "-H", quoted("Content-Type: application/json"), "--data-raw", quotedBody(body),
        ].joined(separator: " ")
        return "export BLITZ_TOKEN=\"$(\(signIn) | jq -r .JWT)\""
    }

    /// The body single-quoted, with a redacted password turned into `$BLITZ_PASSWORD`.
    private static func quotedBody(_ body: String) -> String {
        let redacted = "\"password\":\"\(Redaction.marker)\""
        return quoted(body).replacingOccurrences(of: redacted, with: "\"password\":\"'\"$BLITZ_PASSWORD\"'\"")
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    private static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
