import Foundation
import Testing

@testable import BlitzSandbox

/// Injected latency delays the answer, not the token check.
///
/// The service is called directly, on this thread, so no scheduling delay between issuing the
/// token and its arrival can make the test flaky; over HTTP a busy machine was seen to hold the
/// next request back for longer than a short token lives.
struct ArrivalTimeTests {
    @Test func aTokenValidOnArrivalIsAcceptedAfterTheLatency() throws {
        var configuration = SandboxConfiguration()
        configuration.storage = .memory
        configuration.inventorySize = 2_000
        configuration.latencyMilliseconds = 3_000
        let store = try SandboxStore(configuration: configuration)
        let signer = TokenSigner(secret: store.secret, lifetime: 2)
        let service = SandboxService(store: store, signer: signer, configuration: configuration)

        // Two seconds left on arrival, gone after the three-second wait.
        let token = signer.issue(for: "johndoe")
        let request = HTTPRequest(
            method: "GET", path: "/blitzapi/ResourceGroups", authorization: "Bearer \(token)",
            body: Data(), bodyTooLarge: false)
        let reply = service.handle(request)

        #expect(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
        #expect(signer.check(token) == .expired)
    }
}
