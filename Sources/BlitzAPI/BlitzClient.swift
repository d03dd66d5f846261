import Foundation
import Synchronization

/// How to reach the API and how patient to be with it.
package struct ClientConfiguration: Sendable {
    package var baseURL: URL
    /// Seconds to wait for a reply before giving up on a request.
    package var timeout: TimeInterval = 30
    /// How often an idempotent request is tried after a connection error or a busy reply.
    package var retry = RetryPolicy()
    /// A PEM file of CA certificates to trust instead of the system's, for a private CA.
    ///
    /// TLS is always verified; there is no setting that turns verification off.
    package var caCertificate: URL?

    package init(baseURL: URL) {
        self.baseURL = baseURL
    }
}

/// A username and password, held in memory only, to sign in again when a token runs out.
package struct Credentials: Sendable {
    package var username: String
    package var password: String

    package init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// The one HTTP client of the Blitz customer API.
///
/// It signs in again shortly before the token expires and once after a 401, retries only
/// requests that are safe to repeat, and never sends an order or a return twice: when
/// their reply is lost it asks Assigned what really happened.
package actor BlitzClient {
    package let configuration: ClientConfiguration
    let transport: CurlTransport
    var credentials: Credentials? {
        didSet { remember(credentials?.password) }
    }
    package internal(set) var token: AccessToken? {
        didSet { remember(token?.value) }
    }
    /// Every password and the latest tokens this client has held, kept after a logout since a
    /// line typed later may still hold them; read without waiting for the actor.
    private let heldSecrets = Mutex<[String]>([])
    /// The last request sent, for `curl`; secrets already removed.
    package internal(set) var lastExchange: Exchange?
    var traceHandler: (@Sendable (Exchange) -> Void)?

    package init(configuration: ClientConfiguration) {
        self.configuration = configuration
        self.transport = CurlTransport(timeout: configuration.timeout, caCertificate: configuration.caCertificate)
    }

    /// Calls `handler` with every request and reply from now on; nil stops tracing.
    package func setTraceHandler(_ handler: (@Sendable (Exchange) -> Void)?) {
        traceHandler = handler
    }

    /// The user signed in, if any.
    package var username: String? { credentials?.username }

    /// The passwords and tokens this client has held, for finding them in text that is about
    /// to be written down (``SecretMatch``).
    ///
    /// Only for that search; never print or store what this returns. It does not wait for the
    /// actor, so an error can be redacted from anywhere.
    package nonisolated func secrets() -> [String] {
        heldSecrets.withLock { $0 }
    }

    /// Adds `secret` to ``secrets()``; tokens past the newest few are dropped, since a long
    /// script that signs in again every few seconds would otherwise gather thousands.
    private nonisolated func remember(_ secret: String?) {
        guard let secret, !secret.isEmpty else { return }
        heldSecrets.withLock { held in
            guard !held.contains(secret) else { return }
            held.append(secret)
            let tokens = held.indices.filter { held[$0].split(separator: ".").count == 3 }
            if tokens.count > 16 { held.remove(at: tokens[0]) }
        }
    }

    // MARK: - Routes

    /// `GET /`: the test route; returns its body as text.
    package func ping() async throws -> String {
        let reply = try await send(.test)
        try reply.requireSuccess()
        return String(decoding: reply.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Signs in and keeps the credentials in memory to sign in again when the token runs out.
    @discardableResult
    package func signIn(username: String, password: String) async throws -> AccessToken {
        let credentials = Credentials(username: username, password: password)
        let token = try await requestToken(with: credentials)
        self.credentials = credentials
        self.token = token
        return token
    }

    /// Forgets the token and the credentials.
    package func signOut() {
        credentials = nil
        token = nil
    }

    /// `GET /blitzapi/ResourceGroups`.
    package func resourceGroups() async throws -> [ResourceGroup] {
        try await send(.resourceGroups).decode([ResourceGroup].self)
    }

    /// `POST /blitzapi/SearchForNumbers`; Partial Fulfillment is an outcome, not an error.
    package func search(_ request: SearchRequest) async throws -> SearchOutcome {
        let requested = request.quantity ?? 1
        let reply = try await send(.searchForNumbers, body: try JSONEncoder().encode(request))
        if reply.status == 412, let partial = try? JSONDecoder().decode(PartialFulfillmentReply.self, from: reply.body)
        {
            return SearchOutcome(numbers: partial.result, requested: requested, isPartial: true)
        }
        let numbers = try reply.decode([AvailableNumber].self)
        return SearchOutcome(numbers: numbers, requested: requested, isPartial: false)
    }

    /// `GET /blitzapi/Assigned`: every number the account holds.
    package func assigned() async throws -> [AssignedNumber] {
        try await send(.assigned).decode([AssignedNumber].self)
    }

    /// `GET /blitzapi/Assigned/{number}`: the number if the account holds it, nil if not.
    package func assigned(number: String) async throws -> AssignedNumber? {
        let reply = try await send(.assignedNumber(number))
        if reply.status == 404 { return nil }
        return try reply.decode([AssignedNumber].self).first { $0.number == number }
    }
}
