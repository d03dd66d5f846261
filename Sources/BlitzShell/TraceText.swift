import BlitzAPI
import Foundation

/// How `trace` shows one request and its reply: `>` lines sent, `<` lines received.
///
/// The client has already replaced the Authorization header and a sign-in password; every
/// line passes through ``Redaction`` again so a token in a reply body (the sign-in's JWT)
/// is hidden too.
enum TraceText {
    static func lines(for exchange: Exchange) -> [String] {
        var lines = ["> \(exchange.method) \(exchange.url.absoluteString)"]
        lines += exchange.requestHeaders.map { "> \($0.name): \($0.value)" }
        if let body = exchange.requestBody, !body.isEmpty {
            lines.append("> \(body)")
        }

        let time = String(format: "%.1f ms", exchange.milliseconds)
        if let status = exchange.status {
            let type = exchange.contentType.map { " \($0)" } ?? ""
            lines.append("< \(status)\(type) (\(time))")
            if let body = exchange.replyBody, !body.isEmpty {
                lines += body.split(separator: "\n", omittingEmptySubsequences: false).map { "< \($0)" }
            }
        } else {
            lines.append("< no reply (\(time)): \(exchange.failure ?? "the request failed")")
        }
        return lines.map(Redaction.redactBearer(in:))
    }

    /// The exchange as one block of text for standard error.
    static func text(for exchange: Exchange) -> String {
        lines(for: exchange).joined(separator: "\n") + "\n"
    }
}
