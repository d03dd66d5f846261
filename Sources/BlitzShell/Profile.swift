import Foundation

/// One section of the credentials file: where to connect and as whom.
///
/// Every way of printing a profile (`description`, `debugDescription`, `dump`, string
/// interpolation) shows the password only as `[redacted]`, so a profile that slips into a
/// log or an error message does not carry the password with it.
package struct Profile: Sendable, Equatable {
    /// The section's name: `default`, or what `--profile NAME` picks.
    package var name: String
    /// The API's base URL; nil to use the command line, `BLITZ_URL` or the embedded sandbox.
    package var url: URL?
    package var username: String?
    /// Kept in memory only; never printed.
    package var password: String?

    package init(name: String, url: URL? = nil, username: String? = nil, password: String? = nil) {
        self.name = name
        self.url = url
        self.username = username
        self.password = password
    }
}

extension Profile: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var description: String {
        let url = url?.absoluteString ?? "(none)"
        let username = username ?? "(none)"
        let password = password == nil ? "(none)" : "[redacted]"
        return "profile \(name): url \(url), username \(username), password \(password)"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "name": name,
                "url": url as Any,
                "username": username as Any,
                "password": password == nil ? "(none)" : "[redacted]",
            ]
        )
    }
}
