/// Decides which typed lines the persistent history may keep: none that may hold a secret.
///
/// Passwords are only ever asked for without echo, but a person may still type one on the
/// command line by mistake (`login alice hunter2`) or paste a token. Such lines run as typed
/// (and fail with a usage message) but are never written to the history file.
enum HistoryPolicy {
    /// Words that name a secret when they start a `NAME=VALUE` word, in any letter case.
    static let secretNames = ["password", "passwd", "secret", "token", "jwt"]

    /// Whether `line` may be kept in the history.
    static func keeps(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if words.first == "login", words.count > 2 {
            return false
        }
        return !words.contains(where: isSecret)
    }

    private static func isSecret(_ word: String) -> Bool {
        if word.contains("eyj"), word.split(separator: ".").count == 3 {
            // The lowered start of a JSON Web Token (`eyJ` is `{"` in base64url).
            return true
        }
        if word.contains("bearer") {
            return true
        }
        let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        return word.contains("=") && secretNames.contains { name.hasSuffix($0) }
    }
}
