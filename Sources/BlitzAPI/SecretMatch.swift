/// Finds a password or a token in text as a value of its own, never inside a longer word.
///
/// A secret counts wherever neither neighbour is a letter or a digit: so with the password
/// `hunter2`, the lines `login x hunter2`, `set pw="hunter2"`, `a=hunter2;b` and
/// `echo user:hunter2@host` hold it, while `export hunter2picks.csv` and `use hunter22` do
/// not. Any punctuation counts as a boundary because that is how a password is usually
/// written down (`user:password@host`, `/path/password/`). History, `record`, `--echo`,
/// error messages and the prompt's refusal of a line all ask this one type, so they agree.
package enum SecretMatch {
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
        return !(character.isLetter || character.isNumber)
    }
}
