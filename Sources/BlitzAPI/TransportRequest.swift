import Foundation

/// One HTTP request as the client hands it to the transport.
struct TransportRequest: Sendable {
    var method: String
    var url: URL
    var headers: [(name: String, value: String)]
    var body: Data?
    /// Whether sending the request twice is harmless.
    ///
    /// When it is not (orders, returns), it gets
    /// a connection of its own: libcurl silently sends a request again when a reused
    /// connection dies before the reply, and an order must never go out twice.
    var mayBeRepeated: Bool

    /// The value of the header `name`, compared without regard to case.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What the transport read from a reply: the status, the headers the client uses, the body.
struct TransportReply: Sendable {
    var status: Int
    var contentType: String?
    var retryAfter: String?
    var body: Data
}
