import BlitzAPI
import Foundation

/// Reads the common shape of a search body without a JSON decoder, the hot path's shortcut.
///
/// It understands one flat object whose fields are search rules with plain printable-ASCII
/// strings and `qty` with a small integer, each at most once. For anything else (escapes, null,
/// other types, duplicates, unknown fields, trailing bytes) it gives up and returns nil, and the
/// caller asks ``StrictJSON``, so the two can never disagree on a body this reader accepts.
struct SearchBodyReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The request in `body`, or nil when the body is not of the simple shape.
    static func read(_ body: Data) -> SearchRequest? {
        body.withUnsafeBytes { buffer in
            var reader = SearchBodyReader(buffer)
            return reader.object()
        }
    }

    private mutating func object() -> SearchRequest? {
        var request = SearchRequest()
        var seen: Set<String> = []
        guard take(UInt8(ascii: "{")) else { return nil }
        var first = true
        while !take(UInt8(ascii: "}")) {
            if !first && !take(UInt8(ascii: ",")) { return nil }
            first = false
            guard let key = string(), seen.insert(key).inserted, take(UInt8(ascii: ":")) else { return nil }
            guard assign(key, to: &request) else { return nil }
        }
        skipBlanks()
        return offset == bytes.count ? request : nil
    }

    private mutating func assign(_ key: String, to request: inout SearchRequest) -> Bool {
        if key == "qty" {
            guard let value = integer() else { return false }
            request.quantity = value
            return true
        }
        guard let value = string() else { return false }
        switch key {
        case "ratecenter": request.rateCenter = value
        case "state": request.state = value
        case "lata": request.lata = value
        case "startswith": request.startsWith = value
        case "endswith": request.endsWith = value
        case "contains": request.contains = value
        default: return false
        }
        return true
    }

    /// A string of printable ASCII without escapes.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
            guard (0x20...0x7E).contains(bytes[offset]), bytes[offset] != UInt8(ascii: "\\") else { return nil }
            offset += 1
        }
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// An optionally negative integer of up to nine digits, without leading zeros.
    private mutating func integer() -> Int? {
        skipBlanks()
        let negative = offset < bytes.count && bytes[offset] == UInt8(ascii: "-")
        if negative { offset += 1 }
        let start = offset
        var value = 0
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
            // Past nine digits the body is left to StrictJSON; accumulating on would overflow.
            guard offset - start < 9 else { return nil }
            value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
        }
        let count = offset - start
        guard (1...9).contains(count), count == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        guard
            offset == bytes.count || ![UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset])
        else { return nil }
        return negative ? -value : value
    }

    /// Skips blanks, then consumes `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    private mutating func skipBlanks() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }
}
