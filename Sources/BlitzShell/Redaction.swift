/// Hides tokens and passwords in text that is about to be shown or written down.
///
/// The trace and `curl` features pass every header and body through it. It recognises the
/// shapes secrets take in this API: an `Authorization: Bearer` value, the `password` of a
/// sign-in body and the `JWT` of its reply (as JSON string values), and any bare JWT.
package enum Redaction {
    /// What a secret is replaced with.
    package static let marker = "[redacted]"

    /// Replaces bearer tokens, JWTs and JSON `password` / `JWT` string values with `[redacted]`.
    ///
    /// `Bearer` is matched in any letter case, as HTTP auth schemes are; the token runs up
    /// to the next space, quote or comma. JSON keys are matched in any letter case too, and
    /// escaped quotes inside a value do not end it early.
    package static func redactBearer(in text: String) -> String {
        var result = text.replacing(#/(?i)(\bbearer\s+)[^\s"',]+/#) { match in
            match.output.1 + marker
        }
        result = result.replacing(#/(?i)("(?:password|jwt)"\s*:\s*")(?:[^"\\]|\\.)*"/#) { match in
            match.output.1 + marker + "\""
        }
        return result.replacing(#/eyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]*/#) { _ in marker }
    }
}
