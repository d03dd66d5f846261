import Foundation

/// One NANP exchange (NPA-NXX) with the rate center, state and simulated LATA its numbers carry.
struct Exchange: Sendable, Equatable {
    let npa: Int
    let nxx: Int
    let rateCenter: String
    let state: String
    let lata: String

    /// The API's own example number lives in 321-203, which the exchange table does not list.
    static let example = Exchange(npa: 321, nxx: 203, rateCenter: "WINTERPARK", state: "FL", lata: "458")

    /// The first six digits of every number in the exchange, as an integer.
    var prefix: Int { npa * 1000 + nxx }

    /// The Blitz spelling of a locality: upper-cased, accents folded, only letters and digits, at most ten.
    static func rateCenter(for locality: String) -> String {
        // Folding is slow, and nearly every locality is plain ASCII already.
        let ascii = locality.utf8.allSatisfy { $0 < 0x80 }
        let folded = (ascii ? locality : locality.folding(options: .diacriticInsensitive, locale: nil)).uppercased()
        let kept = folded.unicodeScalars.filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        return String(String.UnicodeScalarView(kept).prefix(10))
    }

    /// A stable three-digit LATA for a rate center; the API's example pins WINTERPARK, FL to 458.
    ///
    /// FNV-1a rather than `hashValue`, because Swift seeds `hashValue` per process.
    static func lata(rateCenter: String, state: String) -> String {
        if rateCenter == example.rateCenter && state == example.state {
            return example.lata
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(rateCenter)|\(state)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(100 + hash % 900)
    }
}
