import Foundation

/// Decodes request bodies strictly: unknown fields are an error, not silently ignored.
///
/// The body is parsed once: a wrapper checks the field names through the decoder's own
/// containers and then lets the target type decode from the same decoder.
enum StrictJSON {
    /// The fields a body may carry; `nested` names array fields and the fields of their elements.
    struct Shape: Sendable {
        let fields: Set<String>
        var nested: [String: Set<String>] = [:]
    }

    /// The decoded body, or nil when it is not JSON, has a field outside `shape`, or has a wrong type.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data, shape: Shape) -> T? {
        guard let shapeKey else { return nil }
        let decoder = JSONDecoder()
        decoder.userInfo[shapeKey] = ShapeBox(shape: shape)
        return try? decoder.decode(Checked<T>.self, from: body).value
    }

    /// Where the shape travels in the decoder's `userInfo`.
    private static let shapeKey = CodingUserInfoKey(rawValue: "blitz.strict-shape")

    /// The shape, boxed so it can travel in the decoder's `userInfo`.
    private struct ShapeBox: @unchecked Sendable {
        let shape: Shape
    }

    /// Any field name, so the field names present can be listed.
    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Checks the field names against the shape, then decodes `T` from the same decoder.
    private struct Checked<T: Decodable>: Decodable {
        let value: T

        init(from decoder: Decoder) throws {
            guard let key = StrictJSON.shapeKey, let shape = (decoder.userInfo[key] as? ShapeBox)?.shape else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no shape"))
            }
            let object = try decoder.container(keyedBy: AnyKey.self)
            try Self.check(object.allKeys, against: shape.fields)
            for (field, elementFields) in shape.nested {
                let key = AnyKey(stringValue: field)
                guard object.contains(key) else { continue }
                var elements = try object.nestedUnkeyedContainer(forKey: key)
                while !elements.isAtEnd {
                    let element = try elements.nestedContainer(keyedBy: AnyKey.self)
                    try Self.check(element.allKeys, against: elementFields)
                }
            }
            value = try T(from: decoder)
        }

        private static func check(_ keys: [AnyKey], against allowed: Set<String>) throws {
            for key in keys where !allowed.contains(key.stringValue) {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [key], debugDescription: "unknown field"))
            }
        }
    }
}
