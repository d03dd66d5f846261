/// Why a request to the Blitz API failed, in words meant for the person at the keyboard.
package struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure, which decide the exit status and whether a retry can help.
    package enum Code: String, Sendable {
        /// The server could not be reached: refused, unknown host, no route.
        case unreachable
        /// No reply came within the timeout.
        case timedOut
        /// The user interrupted the request.
        case cancelled
        /// Sign-in was refused, or a token was rejected twice.
        case unauthorized
        /// The token ran out and there are no credentials to sign in again with.
        case sessionExpired
        /// Nobody is signed in: no sign-in was made, it failed, or the user signed out.
        case notSignedIn
        /// The API answered with an error of its own (a 4xx with a message).
        case rejected
        /// The server failed (5xx).
        case serverFailure
        /// The reply could not be read: not JSON, or not the documented shape.
        case invalidReply
        /// An order or return was sent but its reply never came.
        case replyLost
    }

    package var code: Code
    package var message: String
    /// The HTTP status, when a reply came.
    package var status: Int?
    /// The API's own `message`, when its reply carried one.
    package var apiMessage: String?

    package init(_ code: Code, _ message: String, status: Int? = nil, apiMessage: String? = nil) {
        self.code = code
        self.message = message
        self.status = status
        self.apiMessage = apiMessage
    }

    package var description: String { message }

    /// Whether a change request that failed this way may still have been carried out:
    /// its reply was lost, or the server failed (5xx) after receiving it.
    package var mayHaveBeenCarriedOut: Bool {
        switch code {
        case .replyLost, .serverFailure: true
        case .invalidReply: status.map { (200..<300).contains($0) } ?? true
        default: false
        }
    }

    /// Whether the failure means the API could not be reached or signed in to at all.
    package var isConnectionFailure: Bool {
        switch code {
        case .unreachable, .unauthorized, .sessionExpired, .notSignedIn: true
        default: false
        }
    }
}
