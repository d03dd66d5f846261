import Foundation

/// Decodes request bodies strictly: unknown fields are an error, not silently ignored.
enum StrictJSON {
    /// The fields a body may carry; `nested` names array fields and the fields of their elements.
    struct Shape {
        let fields: Set<String>
        var nested: [String: Set<String>] = [:]
    }

    /// The decoded body, or nil when it is not JSON, has a field outside `shape`, or has a wrong type.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data, shape: Shape) -> T? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            conforms(object, to: shape)
        else { return nil }
        return try? JSONDecoder().decode(type, from: body)
    }

    private static func conforms(_ object: [String: Any], to shape: Shape) -> Bool {
        guard Set(object.keys).isSubset(of: shape.fields) else { return false }
        for (field, elementFields) in shape.nested {
            guard let value = object[field] else { continue }
            guard let elements = value as? [Any] else { return false }
            for element in elements {
                guard let fields = element as? [String: Any], Set(fields.keys).isSubset(of: elementFields) else {
                    return false
                }
            }
        }
        return true
    }
}
