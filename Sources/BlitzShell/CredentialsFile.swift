import Foundation

/// Reads the optional credentials file, INI-style like the AWS CLI's.
///
/// ```
/// # comments start with # or ;
/// [default]
/// url = https://api.example.net
/// username = alice
/// password = correct horse
///
/// [staging]
/// username = alice-test
/// ```
///
/// Keys are `url`, `username` and `password` (case-insensitive); spaces around names,
/// keys and values are ignored. A comment must have a line of its own, so a password may
/// contain `#` or `;`. A file that anyone but its owner may read or write is refused, with
/// the `chmod` that fixes it. No message ever includes a password, so a malformed line is
/// named by its number only.
package enum CredentialsFile {
    /// The keys a section may set.
    package static let keys = ["url", "username", "password"]

    /// Loads `profile` from the file at `file`.
    ///
    /// - Returns: the profile; nil when `profile` is `default` and the file, or its
    ///   `[default]` section, does not exist: credentials are optional.
    /// - Throws: ``CredentialsError`` when another profile is asked for and missing, when the
    ///   file's mode lets others in, or when it cannot be read or parsed.
    package static func load(from file: URL, profile: String) throws -> Profile? {
        guard let mode = try permissions(of: file) else {
            if profile == "default" { return nil }
            throw CredentialsError.missingFile(path: file.path, profile: profile)
        }
        guard mode & 0o077 == 0 else {
            throw CredentialsError.unsafeMode(path: file.path, mode: mode)
        }

        let profiles = try parse(read(file), path: file.path)
        if let found = profiles.first(where: { $0.name == profile }) {
            return found
        }
        if profile == "default" { return nil }
        throw CredentialsError.missingProfile(
            name: profile, path: file.path, available: profiles.map(\.name))
    }

    /// Parses the text of a credentials file into its profiles, in file order.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the file's path, for messages.
    /// - Returns: the profiles in file order.
    /// - Throws: ``CredentialsError`` naming `path` and the line at fault.
    package static func parse(_ text: String, path: String) throws -> [Profile] {
        var profiles: [Profile] = []
        var sectionLines: [String: Int] = [:]
        var keysSeen: Set<String> = []

        for (offset, rawLine) in lines(of: text).enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }

            if line.hasPrefix("[") {
                let name = try sectionName(line, path: path, line: number)
                if let first = sectionLines[name] {
                    throw CredentialsError.repeatedSection(name: name, path: path, line: number, firstLine: first)
                }
                sectionLines[name] = number
                profiles.append(Profile(name: name))
                keysSeen = []
                continue
            }

            guard let last = profiles.indices.last else {
                throw CredentialsError.outsideSection(path: path, line: number)
            }
            let (key, value) = try keyAndValue(line, path: path, line: number)
            guard keysSeen.insert(key).inserted else {
                throw CredentialsError.repeatedKey(key: key, section: profiles[last].name, path: path, line: number)
            }
            try set(key, to: value, in: &profiles[last], path: path, line: number)
        }
        return profiles
    }

    /// The file's permission bits, or nil when there is no such file.
    private static func permissions(of file: URL) throws -> Int? {
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw CredentialsError.unreadable(path: file.path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CredentialsError.unreadable(path: file.path, reason: "it is not a regular file")
        }
        return Int(info.st_mode & 0o777)
    }

    private static func read(_ file: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "it could not be opened"
            throw CredentialsError.unreadable(path: file.path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CredentialsError.unreadable(path: file.path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// Splits on `\n`, `\r\n` or `\r`, after dropping a byte-order mark.
    private static func lines(of text: String) -> [Substring] {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        return body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    private static func sectionName(_ line: String, path: String, line number: Int) throws -> String {
        guard line.hasSuffix("]"), line.count >= 2 else {
            throw CredentialsError.malformedSection(path: path, line: number)
        }
        let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw CredentialsError.malformedSection(path: path, line: number)
        }
        return name
    }

    private static func keyAndValue(_ line: String, path: String, line number: Int) throws -> (String, String) {
        guard let equals = line.firstIndex(of: "=") else {
            throw CredentialsError.malformedLine(path: path, line: number)
        }
        let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard keys.contains(key) else {
            // A key with spaces or odd characters may be a misplaced password: do not echo it.
            let shown = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? key : nil
            throw CredentialsError.unknownKey(key: shown, path: path, line: number)
        }
        guard !value.isEmpty else {
            throw CredentialsError.emptyValue(key: key, path: path, line: number)
        }
        return (key, value)
    }

    private static func set(_ key: String, to value: String, in profile: inout Profile, path: String, line: Int) throws
    {
        switch key {
        case "url":
            profile.url = try url(value, path: path, line: line)
        case "username":
            profile.username = value
        default:
            profile.password = value
        }
    }

    private static func url(_ value: String, path: String, line: Int) throws -> URL {
        // Look for `user:password@` by hand too: a password with `#` or `/` in it defeats URL parsing.
        let authority = value.split(separator: "://", maxSplits: 1).last?.prefix { $0 != "/" } ?? ""
        guard !authority.contains("@") else {
            throw CredentialsError.credentialsInURL(path: path, line: line)
        }
        guard let components = URLComponents(string: value), components.user == nil, components.password == nil
        else {
            throw CredentialsError.invalidURL(value: value.contains("@") ? nil : value, path: path, line: line)
        }
        guard let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            components.host?.isEmpty == false, let url = components.url
        else {
            throw CredentialsError.invalidURL(value: value.contains("@") ? nil : value, path: path, line: line)
        }
        return url
    }
}

/// Why the credentials file was refused; no case carries a password.
package enum CredentialsError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A named profile was asked for, and there is no credentials file.
    case missingFile(path: String, profile: String)
    /// A named profile was asked for, and the file has no such section.
    case missingProfile(name: String, path: String, available: [String])
    /// Group or other permission bits are set.
    case unsafeMode(path: String, mode: Int)
    /// The file exists but cannot be read as text.
    case unreadable(path: String, reason: String)
    /// A `key = value` line before the first `[section]`.
    case outsideSection(path: String, line: Int)
    /// A line starting with `[` that is not a valid `[name]`.
    case malformedSection(path: String, line: Int)
    /// A line that is not a section, a `key = value` or a comment.
    case malformedLine(path: String, line: Int)
    /// A key other than url, username and password; nil when the key is not safe to show.
    case unknownKey(key: String?, path: String, line: Int)
    /// A key with nothing after its `=`.
    case emptyValue(key: String, path: String, line: Int)
    /// A key set twice in one section.
    case repeatedKey(key: String, section: String, path: String, line: Int)
    /// A section that appears twice.
    case repeatedSection(name: String, path: String, line: Int, firstLine: Int)
    /// A url that is not http(s) with a host; nil when the value is not safe to show.
    case invalidURL(value: String?, path: String, line: Int)
    /// A url with a user or password in it.
    case credentialsInURL(path: String, line: Int)

    package var description: String {
        switch self {
        case .missingFile(let path, let profile):
            "profile '\(profile)' was asked for, but there is no credentials file '\(path)'; "
                + "create it with a [\(profile)] section"
        case .missingProfile(let name, let path, let available):
            "profile '\(name)' is not in '\(path)'; "
                + (available.isEmpty
                    ? "the file has no profiles"
                    : "available profiles: "
                        + available.joined(separator: ", "))
        case .unsafeMode(let path, let mode):
            "'\(path)' is \(Self.exposure(of: mode)) by others (mode \(Self.octal(mode))); "
                + "run: chmod 600 \(Self.shellQuoted(path))"
        case .unreadable(let path, let reason):
            "cannot read the credentials file '\(path)': \(reason)"
        default:
            lineDescription
        }
    }

    private var lineDescription: String {
        switch self {
        case .outsideSection(let path, let line):
            "\(path):\(line): a key comes before any section; start the file with [default]"
        case .malformedSection(let path, let line):
            "\(path):\(line): a section header is a name in brackets, like [default] or [staging]"
        case .malformedLine(let path, let line):
            "\(path):\(line): expected 'key = value', a [section] header or a # comment"
        case .unknownKey(let key, let path, let line):
            "\(path):\(line): " + Self.unknownKeyMessage(key)
        case .emptyValue(let key, let path, let line):
            "\(path):\(line): '\(key)' has no value after '='"
        case .repeatedKey(let key, let section, let path, let line):
            "\(path):\(line): '\(key)' is set twice in [\(section)]"
        case .repeatedSection(let name, let path, let line, let firstLine):
            "\(path):\(line): section [\(name)] appears twice (first at line \(firstLine))"
        case .invalidURL(let value, let path, let line):
            "\(path):\(line): url \(value.map { "'\($0)' " } ?? "")is not an http or https URL "
                + "like https://api.example.net"
        case .credentialsInURL(let path, let line):
            "\(path):\(line): the url must not hold a user or password; use the username and password keys"
        default:
            ""
        }
    }

    private static func unknownKeyMessage(_ key: String?) -> String {
        let valid = "valid keys are url, username and password"
        guard let key else { return "unknown key; \(valid)" }
        let nearest = CredentialsFile.keys.min { editDistance(key, $0) < editDistance(key, $1) }
        if let nearest, editDistance(key, nearest) <= 2 {
            return "unknown key '\(key)'; did you mean '\(nearest)'? \(valid)"
        }
        return "unknown key '\(key)'; \(valid)"
    }

    private static func exposure(of mode: Int) -> String {
        if mode & 0o044 != 0 { return "readable" }
        if mode & 0o022 != 0 { return "writable" }
        return "accessible"
    }

    private static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func shellQuoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+~".contains($0) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
