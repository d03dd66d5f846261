import BlitzAPI
import Foundation

/// One request as the sandbox sees it, after the HTTP layer has gathered the body.
struct HTTPRequest: Sendable {
    let method: String
    let path: String
    /// The `Authorization` header, if any.
    let authorization: String?
    let body: Data
    /// Whether the body went past the size cap (and was cut off).
    let bodyTooLarge: Bool
}

/// What to send back: a status and a JSON body, or nothing at all when a fault drops the reply.
struct HTTPReply: Sendable {
    let status: Int
    let body: Data
    /// Extra headers, such as `Allow` on a 405.
    var headers: [(String, String)] = []
    /// When true the connection is closed without any reply (fault injection).
    var dropsConnection = false

    /// A JSON reply with an encodable body.
    static func json(_ status: Int, _ value: some Encodable) -> HTTPReply {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)) ?? Data(#"{"message":"Internal error"}"#.utf8)
        return HTTPReply(status: status, body: body)
    }

    /// A JSON `{"message": ...}` reply.
    static func message(_ status: Int, _ text: String) -> HTTPReply {
        json(status, APIMessage(message: text))
    }

    /// 400 `Data error, please retry`: the body could not be used.
    static let dataError = message(400, APIMessage.dataError)

    /// 200 with no body, as the API answers a return.
    static let empty = HTTPReply(status: 200, body: Data())
}
