import CCrypto

/// Constant-time comparison, so a wrong password or signature leaks nothing through timing.
enum CryptoCompare {
    static func equal(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        guard first.count == second.count else { return false }
        if first.isEmpty { return true }
        return first.withUnsafeBytes { one in
            second.withUnsafeBytes { two in CRYPTO_memcmp(one.baseAddress, two.baseAddress, first.count) == 0 }
        }
    }
}
