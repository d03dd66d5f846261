import Foundation

/// Telling whether two API URLs name the same API, however they are written.
extension URL {
    /// `scheme://host:port/path` with the scheme and host in lower case, the port always
    /// written (80 for http, 443 for https when none is given) and no trailing slash, so
    /// `HTTP://Example.net:80/` and `http://example.net` read the same.
    var apiAddress: String {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: false) else {
            return absoluteString
        }
        let scheme = components.scheme?.lowercased() ?? ""
        components.scheme = scheme
        components.host = components.host?.lowercased()
        components.port = components.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : nil)
        while components.path.hasSuffix("/") {
            components.path.removeLast()
        }
        return components.string ?? absoluteString
    }

    /// Whether `other` names the same API: same scheme, host, port and path, compared as
    /// ``apiAddress`` writes them.
    func isSameAPI(as other: URL) -> Bool {
        apiAddress == other.apiAddress
    }
}
