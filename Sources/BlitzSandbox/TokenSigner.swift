import BlitzAPI
import CCrypto
import Foundation

/// Issues and checks HS256 JWTs with the sandbox's own key.
struct TokenSigner: Sendable {
    /// What a presented token turned out to be.
    enum Check: Equatable {
        case valid(TokenClaims)
        case malformed
        case forged
        case expired
    }

    /// `{"typ":"JWT","alg":"HS256"}`, the header the API document's tokens carry.
    static let header = Base64URL.encode(Data(#"{"typ":"JWT","alg":"HS256"}"#.utf8))

    let secret: [UInt8]
    let lifetime: Int
    /// Tokens already verified with this key; shared by copies of the signer.
    let verified = TokenCache()

    /// A token for `account`, valid from `now` for the configured lifetime.
    func issue(for account: String, now: Int = Int(Date().timeIntervalSince1970)) -> String {
        let claims = TokenClaims(id: account, iat: now, exp: now + lifetime)
        let payload = (try? JSONEncoder().encode(claims)) ?? Data()
        let signingInput = "\(Self.header).\(Base64URL.encode(payload))"
        return "\(signingInput).\(Base64URL.encode(Data(signature(of: signingInput))))"
    }

    /// Checks the header, the signature (in constant time) and the expiry.
    ///
    /// A token verified before skips the decoding and the HMAC, but not the expiry.
    func check(_ token: String, now: Int = Int(Date().timeIntervalSince1970)) -> Check {
        if let claims = verified.claims(for: token) {
            return claims.exp > now ? .valid(claims) : .expired
        }
        let result = fullCheck(token, now: now)
        if case .valid(let claims) = result { verified.remember(claims, for: token) }
        return result
    }

    private func fullCheck(_ token: String, now: Int) -> Check {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let headerData = Base64URL.decode(parts[0]),
            let header = try? JSONDecoder().decode([String: String].self, from: headerData),
            header["alg"] == "HS256", let presented = Base64URL.decode(parts[2])
        else { return .malformed }
        let expected = signature(of: "\(parts[0]).\(parts[1])")
        let matches =
            presented.count == expected.count
            && presented.withUnsafeBytes { CRYPTO_memcmp($0.baseAddress, expected, expected.count) } == 0
        guard matches else { return .forged }
        guard let payload = Base64URL.decode(parts[1]),
            let claims = try? JSONDecoder().decode(TokenClaims.self, from: payload)
        else { return .malformed }
        return claims.exp > now ? .valid(claims) : .expired
    }

    private func signature(of text: String) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        let bytes = Array(text.utf8)
        let status = secret.withUnsafeBytes { key in
            blitz_hmac_sha256(key.baseAddress, Int32(secret.count), bytes, bytes.count, &output)
        }
        // A failed HMAC yields all zeros, which no genuine signature equals by chance.
        return status == 1 ? output : [UInt8](repeating: 0, count: 32)
    }
}
