import BlitzAPI
import Foundation

/// Writes search replies as JSON bytes straight from the rows found, the hot path's answer to a
/// generic encoder.
///
/// The output matches what `HTTPReply.json` writes for the same values: keys sorted, slashes
/// not escaped, no spaces.
enum SearchReplyJSON {
    /// The numbers found so far, as the elements of a JSON array.
    struct Rows {
        private(set) var elements: [UInt8] = []
        private(set) var count = 0

        init() {
            elements.reserveCapacity(2_048)
        }

        /// Adds `{"id":…,"lata":…,"number":…,"ratecenter":…,"state":…}`.
        mutating func append(
            id: Int64, number: Int64, rateCenter: some Collection<UInt8>, state: some Collection<UInt8>,
            lata: some Collection<UInt8>
        ) {
            if count > 0 { elements.append(UInt8(ascii: ",")) }
            count += 1
            elements.append(contentsOf: #"{"id":"#.utf8)
            elements.append(contentsOf: String(id).utf8)
            elements.append(contentsOf: #","lata":"#.utf8)
            SearchReplyJSON.appendString(lata, to: &elements)
            elements.append(contentsOf: #","number":""#.utf8)
            elements.append(contentsOf: String(number).utf8)
            elements.append(contentsOf: #"","ratecenter":"#.utf8)
            SearchReplyJSON.appendString(rateCenter, to: &elements)
            elements.append(contentsOf: #","state":"#.utf8)
            SearchReplyJSON.appendString(state, to: &elements)
            elements.append(UInt8(ascii: "}"))
        }
    }

    /// 200 with the array, or 412 Partial Fulfillment when some but fewer than `quantity` were found.
    static func reply(_ rows: Rows, quantity: Int) -> HTTPReply {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.elements.count + 64)
        let partial = rows.count > 0 && rows.count < quantity
        if partial { bytes.append(contentsOf: #"{"Result":"#.utf8) }
        bytes.append(UInt8(ascii: "["))
        bytes.append(contentsOf: rows.elements)
        bytes.append(UInt8(ascii: "]"))
        guard partial else { return HTTPReply(status: 200, body: Data(bytes)) }
        bytes.append(contentsOf: #","message":"#.utf8)
        appendString(APIMessage.partialFulfillment.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return HTTPReply(status: 412, body: Data(bytes))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendString(_ text: some Collection<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text {
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
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 0x0F))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
