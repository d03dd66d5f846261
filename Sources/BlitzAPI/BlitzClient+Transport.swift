import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
        guard let credentials else { throw sessionExpired() }
        token = try await requestToken(with: credentials)
    }

    private func sessionExpired() -> APIError {
        APIError(.sessionExpired, "The session expired: sign in again with 'login'.")
    }

    private func sendWithRetries(_ route: APIRoute, body: Data?) async throws -> Reply {
        let attempts = route.isIdempotent ? configuration.maxRetries + 1 : 1
        var delay = configuration.retryDelay
        for attempt in 1...attempts {
            let isLast = attempt == attempts
            do {
                let reply = try await sendOnce(route, body: body)
                guard !isLast, [429, 502, 503, 504].contains(reply.status) else { return reply }
                try await Task.sleep(for: .seconds(min(reply.retryAfter ?? delay, configuration.timeout)))
            } catch let error as APIError where error.code == .unreachable && !isLast {
                try await Task.sleep(for: .seconds(delay))
            }
            delay *= 2
        }
        throw APIError(.unreachable, "No attempt to reach \(configuration.baseURL.absoluteString) was made.")
    }

    private func sendOnce(_ route: APIRoute, body: Data?) async throws -> Reply {
        let request = makeRequest(route, body: body)
        let started = ContinuousClock.now
        var exchange = tracedExchange(route, request: request)

        do {
            let (data, response) = try await session.data(for: request)
            let http = response as? HTTPURLResponse
            let reply = Reply(
                status: http?.statusCode ?? 0,
                contentType: http?.value(forHTTPHeaderField: "Content-Type"),
                body: data,
                retryAfter: http?.value(forHTTPHeaderField: "Retry-After").flatMap(TimeInterval.init)
            )
            exchange.status = reply.status
            exchange.contentType = reply.contentType
            exchange.replyBody = String(decoding: data, as: UTF8.self)
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

    private func makeRequest(_ route: APIRoute, body: Data?) -> URLRequest {
        var request = URLRequest(url: url(for: route))
        request.httpMethod = route.method
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if route.needsToken, let token {
            request.setValue("Bearer \(token.value)", forHTTPHeaderField: "Authorization")
        }
        request.httpBody = body
        return request
    }

    /// The route's URL: the document's path appended to the base URL as written.
    func url(for route: APIRoute) -> URL {
        let base = configuration.baseURL.absoluteString
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        return URL(string: trimmed + route.path) ?? configuration.baseURL
    }

    private func tracedExchange(_ route: APIRoute, request: URLRequest) -> Exchange {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if request.value(forHTTPHeaderField: "Authorization") != nil {
            headers.append(("Authorization", "Bearer \(Redaction.placeholder)"))
        }
        var body = request.httpBody.map { String(decoding: $0, as: UTF8.self) }
        if route == .signIn { body = Redaction.signInBody(username: credentialsInFlight(request) ?? "") }
        return Exchange(
            method: route.method,
            url: request.url ?? configuration.baseURL,
            requestHeaders: headers,
            requestBody: body,
            milliseconds: 0,
            usedToken: route.needsToken
        )
    }

    private func credentialsInFlight(_ request: URLRequest) -> String? {
        guard let body = request.httpBody else { return nil }
        return (try? JSONDecoder().decode(SignInRequest.self, from: body))?.username
    }

    /// Turns a transport error into an ``APIError``; for an order or a return sent
    /// without a reply, that is ``APIError/Code/replyLost``.
    private func translate(_ error: Error, route: APIRoute) -> APIError {
        let target = configuration.baseURL.absoluteString
        guard let urlError = error as? URLError else {
            if error is CancellationError { return lostOr(.cancelled, "The request was cancelled.", route) }
            return APIError(.unreachable, "The request to \(target) failed: \(error.localizedDescription)")
        }
        switch urlError.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return APIError(.unreachable, "Cannot reach the API at \(target): \(reason(urlError)).")
        case .timedOut:
            return lostOr(.timedOut, "No reply from \(target) within \(Int(configuration.timeout)) seconds.", route)
        case .cancelled:
            return lostOr(.cancelled, "The request was cancelled.", route)
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid, .secureConnectionFailed:
            return APIError(
                .unreachable, "The TLS certificate of \(target) could not be verified: \(reason(urlError)).")
        // libcurl's certificate failures arrive under other codes; the handshake failed, so nothing was sent.
        case _ where reason(urlError).localizedCaseInsensitiveContains("certificate"):
            return APIError(
                .unreachable, "The TLS certificate of \(target) could not be verified: \(reason(urlError)).")
        default:
            return lostOr(.unreachable, "The connection to \(target) failed: \(reason(urlError)).", route)
        }
    }

    /// An order or return may have been carried out even though its reply never came.
    private func lostOr(_ code: APIError.Code, _ message: String, _ route: APIRoute) -> APIError {
        guard !route.isIdempotent else { return APIError(code, message) }
        return APIError(.replyLost, "\(message) The request was sent; its reply was lost.")
    }

    private func reason(_ error: URLError) -> String {
        switch error.code {
        case .cannotConnectToHost: "connection refused"
        case .cannotFindHost, .dnsLookupFailed: "unknown host"
        case .networkConnectionLost: "the connection was closed before a reply"
        default: error.localizedDescription
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
