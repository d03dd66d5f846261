import Foundation

/// An HTTP reply from the API: status, content type and body.
package struct Reply: Sendable {
    package var status: Int
    package var contentType: String?
    package var body: Data
    /// `Retry-After` in seconds, when the server sent one.
    package var retryAfter: TimeInterval?

    var isSuccess: Bool { (200..<300).contains(status) }

    /// The API's own `message`, if the body is a JSON object carrying one.
    var apiMessage: String? {
        (try? JSONDecoder().decode(APIMessage.self, from: body))?.message
    }

    /// Throws the error this reply stands for, unless it is a success.
    func requireSuccess() throws {
        guard !isSuccess else { return }
        throw failure()
    }

    /// Decodes a successful reply as `type`; any other reply becomes an ``APIError``.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try requireSuccess()
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch {
            throw APIError(
                .invalidReply,
                "The API answered \(status) with \(describedBody), not the documented reply.",
                status: status
            )
        }
    }

    /// The error for a reply that is not a success, in plain words.
    func failure() -> APIError {
        if let apiMessage {
            let code: APIError.Code = status >= 500 ? .serverFailure : .rejected
            return APIError(
                code, "The API refused the request (\(status)): \(apiMessage).", status: status, apiMessage: apiMessage)
        }
        let code: APIError.Code = status >= 500 ? .serverFailure : .invalidReply
        return APIError(code, "The API answered \(status) with \(describedBody).", status: status)
    }

    /// "an empty body", "text/html (1234 bytes)", for messages about replies that are not JSON.
    var describedBody: String {
        if body.isEmpty { return "an empty body" }
        return "\(contentType ?? "no content type") (\(body.count) bytes)"
    }
}
