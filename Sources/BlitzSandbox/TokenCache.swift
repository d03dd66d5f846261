import BlitzAPI
import Synchronization

/// Remembers the claims of tokens whose signature has already been checked.
///
/// Checking a token means two base64 decodes, two JSON decodes and an HMAC; a client sends the
/// same token on every request, so the claims are kept by the exact token text. Expiry is still
/// judged on every use, from the remembered `exp`. The map is bounded: when it is full it is
/// emptied, which costs only a fresh check per token.
final class TokenCache: Sendable {
    static let capacity = 4096

    private let entries = Mutex<[String: TokenClaims]>([:])

    /// The claims remembered for `token`, if it passed a full check before.
    func claims(for token: String) -> TokenClaims? {
        entries.withLock { $0[token] }
    }

    /// Remembers the claims of a token that passed a full check.
    func remember(_ claims: TokenClaims, for token: String) {
        entries.withLock { map in
            if map.count >= Self.capacity { map.removeAll(keepingCapacity: true) }
            map[token] = claims
        }
    }
}
