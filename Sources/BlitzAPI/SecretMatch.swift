/// Finds a password or a token in text as a value of its own, never inside a longer word.
///
/// A secret counts only where it is bounded on both sides by the start or end of the text,
/// whitespace, a quote, `=`, `,` or `;`: so with the password `sandbox`, the lines
/// `login x sandbox`, `set pw="sandbox"` and `a=sandbox;b` hold it, while
/// `export sandbox-picks.csv` does not. History, `record`, `--echo` and the prompt's refusal
/// of a line all ask this one type, so they always agree.
package enum SecretMatch {
    /// What may stand next to a secret, besides whitespace and the ends of the text.
    static let delimiters: Set<Character> = ["'", "\"", "`", "=", ",", ";"]

    /// Where `secret` stands on its own in `text`; nothing for an empty secret.
    package static func ranges(of secret: String, in text: String) -> [Range<String.Index>] {
        guard !secret.isEmpty else { return [] }
        return text.ranges(of: secret).filter { range in
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            return isBoundary(before) && isBoundary(after)
        }
    }

    /// Whether any of `secrets` stands on its own in `text`.
    package static func holds(_ secrets: [String], in text: String) -> Bool {
        secrets.contains { !ranges(of: $0, in: text).isEmpty }
    }

    /// `text` with every secret standing on its own replaced by `marker`.
    ///
    /// Longer secrets go first, so one that contains another is hidden whole.
    package static func redacting(_ secrets: [String], in text: String, marker: String = "[redacted]") -> String {
        var result = text
        for secret in secrets.sorted(by: { $0.count > $1.count }) {
            for range in ranges(of: secret, in: result).reversed() {
                result.replaceSubrange(range, with: marker)
            }
        }
        return result
    }

    private static func isBoundary(_ character: Character?) -> Bool {
        guard let character else { return true }
        return character.isWhitespace || delimiters.contains(character)
    }
}
