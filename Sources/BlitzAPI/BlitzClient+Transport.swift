import CCurl
import Foundation

/// Sending requests: tokens, retries, tracing and the translation of transport errors.
extension BlitzClient {
    /// Sends one request to `route`, signing in again when the token is about to run out or
    /// was rejected, and retrying when the route is idempotent.
    func send(_ route: APIRoute, body: Data? = nil) async throws -> Reply {
        if route.needsToken { try await refreshTokenIfNeeded() }
        let reply = try await sendWithRetries(route, body: body)
        guard reply.status == 401, route.needsToken, credentials != nil else {
            if reply.status == 401, route.needsToken { throw sessionExpired() }
            return reply
        }

        // A 401 means the request was not executed, so sending it again is safe.
        token = nil
        try await refreshTokenIfNeeded()
        let retried = try await sendWithRetries(route, body: body)
        if retried.status == 401 {
            throw APIError(.unauthorized, "The API rejected the session twice (401): sign in again.", status: 401)
        }
        return retried
    }

    func requestToken(with credentials: Credentials) async throws -> AccessToken {
        let body = try JSONEncoder().encode(
            SignInRequest(username: credentials.username, password: credentials.password))
        let reply = try await sendWithRetries(.signIn, body: body)
        if reply.status == 401 || reply.status == 403 {
            let reason = reply.apiMessage.map { ": \($0)" } ?? ""
            throw APIError(
                .unauthorized,
                "Sign-in as '\(credentials.username)' was refused (\(reply.status))\(reason).",
                status: reply.status,
                apiMessage: reply.apiMessage
            )
        }
        let signIn = try reply.decode(SignInReply.self)
        return AccessToken(signIn.token)
    }

    /// Signs in again when there is no token or it expires within a fifth of its lifetime (30 s at most).
    private func refreshTokenIfNeeded() async throws {
        if let token, !token.expiresSoon(now: Date()) { return }
        // Without credentials a token that ran out cannot be renewed; without a token either,
        // nobody signed in at all, which is a different thing to tell the user.
        guard let credentials else { throw token == nil ? notSignedIn() : sessionExpired() }
        token = try await requestToken(with: credentials)
    }

    private func sessionExpired() -> APIError {
        APIError(.sessionExpired, "The session expired: sign in again with 'login'.")
    }

    private func notSignedIn() -> APIError {
        APIError(.notSignedIn, "You are not signed in: sign in with 'login'.")
    }

    /// Sends `route`, trying an idempotent one again as ``ClientConfiguration/retry`` allows;
    /// any other route is sent exactly once.
    private func sendWithRetries(_ route: APIRoute, body: Data?) async throws -> Reply {
        let policy = configuration.retry
        var attempt = 1
        while true {
            do {
                let reply = try await sendOnce(route, body: body)
                let isBusy = Self.busyStatuses.contains(reply.status)
                guard route.isIdempotent, isBusy, attempt < policy.busyAttempts else { return reply }
                try await Task.sleep(for: .seconds(policy.pause(after: attempt, retryAfter: reply.retryAfter)))
            } catch let error as APIError where error.code == .unreachable && route.isIdempotent {
                guard attempt < policy.connectionAttempts else { throw error }
                try await Task.sleep(for: .seconds(policy.pause(after: attempt, retryAfter: nil)))
            }
            attempt += 1
        }
    }

    /// Replies that say the API is busy or a gateway failed, without having acted.
    private static let busyStatuses: Set<Int> = [429, 502, 503, 504]

    private func sendOnce(_ route: APIRoute, body: Data?) async throws -> Reply {
        let request = makeRequest(route, body: body)
        let started = ContinuousClock.now
        var exchange = tracedExchange(route, request: request)

        do {
            let received = try await transport.send(request)
            let reply = Reply(
                status: received.status,
                contentType: received.contentType,
                body: received.body,
                retryAfter: RetryPolicy.seconds(fromRetryAfter: received.retryAfter)
            )
            exchange.status = reply.status
            exchange.contentType = reply.contentType
            exchange.replyBody = String(decoding: received.body, as: UTF8.self)
            finish(&exchange, started: started)
            return reply
        } catch {
            let failure = translate(error, route: route)
            exchange.failure = failure.message
            finish(&exchange, started: started)
            throw failure
        }
    }

    private func finish(_ exchange: inout Exchange, started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        exchange.milliseconds =
            Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        lastExchange = exchange
        traceHandler?(exchange)
    }

    private func makeRequest(_ route: APIRoute, body: Data?) -> TransportRequest {
        var headers = [(name: "Content-Type", value: "application/json"), (name: "Accept", value: "application/json")]
        if route.needsToken, let token {
            headers.append((name: "Authorization", value: "Bearer \(token.value)"))
        }
        return TransportRequest(
            method: route.method,
            url: url(for: route),
            headers: headers,
            body: body,
            mayBeRepeated: route.isIdempotent
        )
    }

    /// The route's URL: the document's path appended to the base URL as written.
    func url(for route: APIRoute) -> URL {
        let base = configuration.baseURL.absoluteString
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        return URL(string: trimmed + route.path) ?? configuration.baseURL
    }

    private func tracedExchange(_ route: APIRoute, request: TransportRequest) -> Exchange {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if request.header("Authorization") != nil {
            headers.append(("Authorization", "Bearer \(Redaction.placeholder)"))
        }
        var body = request.body.map { String(decoding: $0, as: UTF8.self) }
        if route == .signIn { body = Redaction.signInBody(username: credentialsInFlight(request) ?? "") }
        return Exchange(
            method: route.method,
            url: request.url,
            requestHeaders: headers,
            requestBody: body,
            milliseconds: 0,
            usedToken: route.needsToken
        )
    }

    private func credentialsInFlight(_ request: TransportRequest) -> String? {
        guard let body = request.body else { return nil }
        return (try? JSONDecoder().decode(SignInRequest.self, from: body))?.username
    }

    /// Turns a transport error into an ``APIError``; for an order or a return sent
    /// without a reply, that is ``APIError/Code/replyLost``.
    private func translate(_ error: Error, route: APIRoute) -> APIError {
        let target = configuration.baseURL.absoluteString
        guard let failure = error as? TransportFailure else {
            if error is CancellationError { return lostOr(.cancelled, "The request was cancelled.", route) }
            return APIError(.unreachable, "The request to \(target) failed: \(error.localizedDescription)")
        }
        switch failure.code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return APIError(.unreachable, "Cannot reach the API at \(target): \(reason(failure)).")
        case CURLE_OPERATION_TIMEDOUT:
            let wait = Self.secondsText(configuration.timeout)
            return lostOr(.timedOut, "No reply from \(target) within \(wait).", route)
        case CURLE_ABORTED_BY_CALLBACK:
            return lostOr(.cancelled, "The request was cancelled.", route)
        case _ where failure.isCertificateProblem:
            return APIError(
                .unreachable,
                "The TLS certificate of \(target) could not be verified (\(failure.detail)); "
                    + "if the server uses a private CA, trust it with --cacert FILE.")
        case CURLE_SSL_CONNECT_ERROR:
            return APIError(.unreachable, "The TLS connection to \(target) failed: \(failure.detail).")
        default:
            return lostOr(.unreachable, "The connection to \(target) failed: \(reason(failure)).", route)
        }
    }

    /// An order or return may have been carried out even though its reply never came.
    private func lostOr(_ code: APIError.Code, _ message: String, _ route: APIRoute) -> APIError {
        guard !route.isIdempotent else { return APIError(code, message) }
        return APIError(.replyLost, "\(message) The request was sent; its reply was lost.")
    }

    private func reason(_ failure: TransportFailure) -> String {
        switch failure.code {
        case CURLE_COULDNT_CONNECT: "connection refused"
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: "unknown host"
        case _ where failure.isLostConnection: "the connection was closed before a reply"
        default: failure.detail
        }
    }
}

extension AccessToken {
    /// Whether the token runs out within a fifth of its lifetime, and never later than 30 s from now.
    func expiresSoon(now: Date) -> Bool {
        guard let claims else { return false }
        let lifetime = Double(max(claims.exp - claims.iat, 1))
        let margin = min(30, lifetime / 5)
        return now.timeIntervalSince1970 + margin >= Double(claims.exp)
    }
}

extension BlitzClient {
    /// `1 second`, `30 seconds`, `0.5 seconds`: a timeout as a message says it.
    static func secondsText(_ seconds: TimeInterval) -> String {
        let number = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return seconds == 1 ? "1 second" : "\(number) seconds"
    }
}
