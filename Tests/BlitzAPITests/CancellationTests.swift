import BlitzAPI
import Foundation
import Testing

/// Cancelling the task that waits for a reply ends the request long before its timeout.
struct CancellationTests {
    @Test func aCancelledRequestIsReportedAsCancelled() async throws {
        let server = try SilentServer()
        defer { server.stop() }
        var configuration = ClientConfiguration(baseURL: server.url)
        configuration.timeout = 60
        let client = BlitzClient(configuration: configuration)

        let waiting = Task { try await client.ping() }
        try await Task.sleep(for: .milliseconds(200))
        waiting.cancel()

        let error = await #expect(throws: APIError.self) { try await waiting.value }
        #expect(error?.code == .cancelled, "a timeout instead means cancellation did not reach the transfer")
    }

}
