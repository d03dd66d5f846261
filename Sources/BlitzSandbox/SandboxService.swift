import BlitzAPI
import Foundation

/// Answers API requests: faults first, then routing, authentication and the route itself.
struct SandboxService: Sendable {
    let store: SandboxStore
    let signer: TokenSigner
    let configuration: SandboxConfiguration

    /// The reply to one request; never throws, since every failure becomes a JSON reply.
    ///
    /// A token is checked as of the request's arrival, so injected latency never expires it.
    func handle(_ request: HTTPRequest) -> HTTPReply {
        let arrival = Int(Date().timeIntervalSince1970)
        if configuration.latencyMilliseconds > 0 {
            usleep(UInt32(min(configuration.latencyMilliseconds, 60_000)) * 1000)
        }
        if configuration.failRate > 0 && Double.random(in: 0..<1) < configuration.failRate {
            return .message(503, "Service temporarily unavailable (sandbox --fail-rate), please retry")
        }
        switch SandboxRoute.match(method: request.method, path: request.path) {
        case .unknown:
            return .message(404, "No such route: \(request.method) \(LoggedPath.shown(request.path))")
        case .wrongMethod(let allowed):
            let path = LoggedPath.shown(request.path)
            var reply = HTTPReply.message(405, "\(path) takes \(allowed), not \(request.method)")
            reply.headers = [("Allow", allowed)]
            return reply
        case .route(let route):
            if request.bodyTooLarge {
                return .message(413, APIMessage.dataError)
            }
            do {
                return try answer(route, request, arrival: arrival)
            } catch {
                return .message(500, "Sandbox storage error, please retry")
            }
        }
    }

    private func answer(_ route: APIRoute, _ request: HTTPRequest, arrival: Int) throws -> HTTPReply {
        switch route {
        case .test: return .message(200, "Blitz customer API 2.7.1 (sandbox)")
        case .signIn: return try signIn(request.body)
        default: break
        }
        let account: String
        switch authenticate(request.authorization, at: arrival) {
        case .success(let name): account = name
        case .failure(let rejection): return rejection.reply
        }
        switch route {
        case .resourceGroups: return .json(200, try store.resourceGroups(of: account))
        case .searchForNumbers: return try search(request.body)
        case .requestNumbers: return try order(request.body, account: account)
        case .returnNumbers: return try giveBack(request.body, account: account)
        case .assigned: return .json(200, try store.assigned(to: account))
        case .assignedNumber(let number):
            // The document's example is ten digits; anything else is data the API cannot use.
            guard number.utf8.count == 10, number.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                return .dataError
            }
            return .json(200, try store.assigned(to: account, number: number))
        case .test, .signIn: return .dataError
        }
    }

    private func signIn(_ body: Data) throws -> HTTPReply {
        let shape = StrictJSON.Shape(fields: ["username", "password"])
        guard let request = StrictJSON.decode(SignInRequest.self, from: body, shape: shape),
            !request.username.isEmpty, request.username.count <= 64
        else { return .dataError }
        let given = Array(request.password.utf8)
        let expected = Array(configuration.password.utf8)
        let matches = given.count == expected.count && CryptoCompare.equal(given, expected)
        guard matches else { return .message(401, "Invalid username or password") }
        try store.ensureAccount(request.username)
        return .json(200, SignInReply(token: signer.issue(for: request.username)))
    }

    /// The account a bearer token names, or the 401 to send.
    private func authenticate(_ header: String?, at arrival: Int) -> Result<String, Rejection> {
        guard let header, let token = Self.bearerToken(in: header) else {
            return .failure(
                Rejection(reply: .message(401, "Missing bearer token; sign in and send Authorization: Bearer <token>")))
        }
        switch signer.check(token, now: arrival) {
        case .valid(let claims): return .success(claims.id)
        case .expired: return .failure(Rejection(reply: .message(401, "Token expired; sign in again")))
        case .forged, .malformed: return .failure(Rejection(reply: .message(401, "Invalid token; sign in again")))
        }
    }

    /// The token after a case-insensitive `Bearer ` with surrounding spaces and tabs trimmed.
    static func bearerToken(in header: String) -> String? {
        let bytes = Array(header.utf8)
        let scheme = Array("bearer ".utf8)
        guard bytes.count >= scheme.count,
            zip(bytes, scheme).allSatisfy({ $1 == 0x20 ? $0 == 0x20 : ($0 | 0x20) == $1 })
        else { return nil }
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        var start = scheme.count
        var end = bytes.count
        while start < end && blank(bytes[start]) { start += 1 }
        while end > start && blank(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A reply carried as an error, so authentication reads as a `Result`.
    struct Rejection: Error {
        let reply: HTTPReply
    }
}
