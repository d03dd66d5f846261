import BlitzAPI
import BlitzSandbox
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A sandbox started in-process on a free loopback port, with a small client for it.
struct SandboxHarness {
    let server: SandboxServer
    let base: URL
    let session: URLSession

    /// Starts a memory sandbox of 20,000 numbers, adjusted by `adjust`.
    ///
    /// URLSession notices a connection closed without a reply only at `requestTimeout`, so a
    /// test of dropped replies passes a short one; others keep room for a machine that runs
    /// the whole suite on two cores, where 5 seconds was seen to run out.
    init(requestTimeout: TimeInterval = 30, _ adjust: (inout SandboxConfiguration) -> Void = { _ in }) throws {
        var configuration = SandboxConfiguration()
        configuration.storage = .memory
        configuration.inventorySize = 20_000
        adjust(&configuration)
        server = try SandboxServer(configuration: configuration)
        base = try server.start()
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = requestTimeout
        session = URLSession(configuration: sessionConfiguration)
    }

    /// Sends a request with a raw body and returns the status and body.
    func send(_ method: String, _ path: String, token: String? = nil, body: Data? = nil) async throws -> (Int, Data) {
        guard let url = URL(string: base.absoluteString + path) else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await session.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// POSTs a JSON string.
    func post(_ path: String, _ json: String, token: String? = nil) async throws -> (Int, Data) {
        try await send("POST", path, token: token, body: Data(json.utf8))
    }

    /// GETs a path.
    func get(_ path: String, token: String? = nil) async throws -> (Int, Data) {
        try await send("GET", path, token: token)
    }

    /// Signs `username` in with the default password and returns the token.
    func signIn(_ username: String = "johndoe", password: String = "sandbox") async throws -> String {
        let (_, data) = try await post(
            "/blitzapi/User/SignIn", #"{"username": "\#(username)", "password": "\#(password)"}"#)
        return try JSONDecoder().decode(SignInReply.self, from: data).token
    }

    /// Searches and decodes the numbers found.
    func search(_ json: String, token: String) async throws -> [AvailableNumber] {
        let (_, data) = try await post("/blitzapi/SearchForNumbers", json, token: token)
        return try JSONDecoder().decode([AvailableNumber].self, from: data)
    }

    /// Orders one id into a group and returns the result flag.
    func order(id: Int, group: Int, prefix: String? = nil, token: String) async throws -> [OrderResult] {
        let line = OrderLine(id: id, resourceGroupID: group, prefix: prefix)
        let body = try JSONEncoder().encode(NumberOrder(lines: [line]))
        let (_, data) = try await send("POST", "/blitzapi//RequestNumbers", token: token, body: body)
        return try JSONDecoder().decode([OrderResult].self, from: data)
    }

    /// The numbers the token's account holds.
    func assigned(token: String) async throws -> [AssignedNumber] {
        let (_, data) = try await get("/blitzapi/Assigned", token: token)
        return try JSONDecoder().decode([AssignedNumber].self, from: data)
    }

    func message(_ data: Data) -> String? {
        (try? JSONDecoder().decode(APIMessage.self, from: data))?.message
    }
}
