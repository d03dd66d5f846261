import Foundation

/// Where to connect and as whom, from the command line, the environment and the credentials file.
///
/// Each setting comes from the first place that has it: a flag (`--url`, `--user`), then the
/// environment (`BLITZ_URL`, `BLITZ_USERNAME`, `BLITZ_PASSWORD`), then the profile of the
/// credentials file (`--profile NAME`, `default` otherwise). A profile that names a URL
/// lends its username and password to that URL only, so a password saved for staging is
/// never sent to a production URL given on the command line.
struct ConnectionSettings {
    /// The API to use; nil for the embedded sandbox.
    var url: URL?
    var username: String?
    var profilePassword: ProfilePassword?
    /// The profile read, if the credentials file had it.
    var profile: Profile?
    /// The profile, when it has a password it keeps for a URL other than the one in use.
    var profileKeptFor: Profile?

    /// Works the settings out, reading the credentials file under `environment`'s XDG paths.
    static func resolve(options: ShellOptions, environment: [String: String]) throws(ShellError) -> ConnectionSettings {
        let profile = try loadProfile(options.profile ?? "default", environment: environment)
        var settings = ConnectionSettings(profile: profile)

        let given = options.url ?? environment["BLITZ_URL"].flatMap { $0.isEmpty ? nil : $0 }
        settings.url = try given.map(parseURL) ?? profile?.url
        let lends = profile.map { Self.lends($0, to: settings.url) } ?? false
        settings.username = options.user ?? environment["BLITZ_USERNAME"] ?? (lends ? profile?.username : nil)
        if lends, let profile, let password = profile.password {
            settings.profilePassword = ProfilePassword(username: profile.username, password: password)
        } else if let profile, profile.password != nil {
            settings.profileKeptFor = profile
        }
        return settings
    }

    /// Whether `profile` lends its username and password to `url`: it names no URL, or the
    /// same API however it is written (``Foundation/URL/isSameAPI(as:)``).
    static func lends(_ profile: Profile, to url: URL?) -> Bool {
        guard let own = profile.url else { return true }
        guard let url else { return false }
        return own.isSameAPI(as: url)
    }

    private static func loadProfile(_ name: String, environment: [String: String]) throws(ShellError) -> Profile? {
        let file = StatePaths(environment: environment).credentialsFile
        do {
            return try CredentialsFile.load(from: file, profile: name)
        } catch let error as CredentialsError {
            throw .usage("The credentials file was refused: \(error)")
        } catch {
            throw .usage("The credentials file '\(file.path)' cannot be read: \(error).")
        }
    }

    static func parseURL(_ text: String) throws(ShellError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host != nil
        else {
            // A URL with an `@` may carry a password: name it without quoting it.
            let shown = text.contains("@") ? "The URL given" : "'\(text)'"
            throw .usage(
                "\(shown) is not an API URL: write it as https://HOST[:PORT], "
                    + "e.g. https://customerapi.bliztelus.com:8443."
            )
        }
        guard url.user == nil, url.password == nil else {
            throw .usage("The API URL must not hold a user or password: use --user and BLITZ_PASSWORD instead.")
        }
        // A query or fragment has no place in a base URL and may carry a key: refuse it unquoted.
        guard url.query == nil, url.fragment == nil else {
            throw .usage("The API URL must be only https://HOST[:PORT] and a path, without '?' or '#' parts.")
        }
        return url
    }
}

/// A password from the credentials file and the user it belongs to (nil: whoever signs in).
///
/// Printing it in any way shows `[redacted]`.
package struct ProfilePassword: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var username: String?
    package var password: String

    /// The password, when it belongs to `user`.
    package func password(for user: String) -> String? {
        username == nil || username == user ? password : nil
    }

    package var description: String { "password for \(username ?? "any user"): \(Redaction.marker)" }
    package var debugDescription: String { description }
    package var customMirror: Mirror { Mirror(self, children: ["username": username as Any]) }
}
