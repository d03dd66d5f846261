import BlitzAPI
import Foundation
import Testing

/// TLS is always verified: a private CA is trusted only when its file is given.
struct TLSTests {
    @Test func withoutTheCAFileTheCertificateIsRefused() async throws {
        let server = try TLSServer()
        defer { server.stop() }
        let client = BlitzClient(configuration: quickConfiguration(server.url, caFile: nil))

        let error = await #expect(throws: APIError.self) { try await client.ping() }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains("could not be verified") == true)
        #expect(error?.message.contains("--cacert") == true)
    }

    @Test func withTheCAFileTheServerIsTrusted() async throws {
        let server = try TLSServer()
        defer { server.stop() }
        let client = BlitzClient(configuration: quickConfiguration(server.url, caFile: server.caFile))

        #expect(try await client.ping() == #"{"message":"pong over TLS"}"#)
    }

    @Test func anotherCAFileDoesNotMakeTheServerTrusted() async throws {
        let server = try TLSServer()
        defer { server.stop() }
        let client = BlitzClient(configuration: quickConfiguration(server.url, caFile: server.otherCAFile))

        let error = await #expect(throws: APIError.self) { try await client.ping() }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains("could not be verified") == true)
    }

    /// No retries, so a refusal is reported at once.
    private func quickConfiguration(_ url: URL, caFile: URL?) -> ClientConfiguration {
        var configuration = ClientConfiguration(baseURL: url)
        configuration.retry.connectionAttempts = 1
        configuration.retry.busyAttempts = 1
        configuration.caCertificate = caFile
        return configuration
    }
}
