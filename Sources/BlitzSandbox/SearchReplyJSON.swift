import BlitzAPI
import Foundation

/// Writes search replies as JSON bytes directly, the hot path's answer to a generic encoder.
///
/// The output matches what `HTTPReply.json` writes for the same values: keys sorted, slashes
/// not escaped, no spaces.
enum SearchReplyJSON {
    /// The array reply: `[{"id":…,"lata":…,"number":…,"ratecenter":…,"state":…}, …]`.
    static func numbers(_ numbers: [AvailableNumber]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 + numbers.count * 96)
        append(numbers, to: &bytes)
        return Data(bytes)
    }

    /// The 412 reply: `{"Result":[…],"message":"Partial Fulfillment"}`.
    static func partial(_ numbers: [AvailableNumber]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + numbers.count * 96)
        bytes.append(contentsOf: #"{"Result":"#.utf8)
        append(numbers, to: &bytes)
        bytes.append(contentsOf: #","message":"#.utf8)
        appendString(APIMessage.partialFulfillment, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return Data(bytes)
    }

    private static func append(_ numbers: [AvailableNumber], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (offset, number) in numbers.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: #"{"id":"#.utf8)
            bytes.append(contentsOf: String(number.id).utf8)
            bytes.append(contentsOf: #","lata":"#.utf8)
            appendString(number.lata, to: &bytes)
            bytes.append(contentsOf: #","number":"#.utf8)
            appendString(number.number, to: &bytes)
            bytes.append(contentsOf: #","ratecenter":"#.utf8)
            appendString(number.rateCenter, to: &bytes)
            bytes.append(contentsOf: #","state":"#.utf8)
            appendString(number.state, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case ..<0x20:
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
