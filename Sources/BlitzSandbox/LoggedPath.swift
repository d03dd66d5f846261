/// A request path as the log and error replies show it: a segment that looks like a token is
/// replaced, so a client that puts its JWT in the URL by mistake does not have it written down.
///
/// A token-like segment is three runs of base64url characters joined by dots, as every JWT
/// is, or anything longer than 64 characters, which no route of the API has.
enum LoggedPath {
    static let marker = "[redacted]"

    static func shown(_ path: String) -> String {
        // Every request is logged: the API's own paths have no dot and are short, so most
        // return here without being split.
        guard path.utf8.count > 64 || path.utf8.contains(UInt8(ascii: ".")) else { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return segments.map { looksSecret($0) ? Substring(marker) : $0 }.joined(separator: "/")
    }

    private static func looksSecret(_ segment: Substring) -> Bool {
        if segment.count > 64 { return true }
        let parts = segment.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, segment.count >= 16 else { return false }
        return parts.allSatisfy { part in
            part.unicodeScalars.allSatisfy(isBase64URL)
        }
    }

    private static func isBase64URL(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-", "_": return true
        default: return false
        }
    }
}
