import Foundation
import Testing

@testable import BlitzSandbox

/// A token sent in the URL by mistake is neither logged nor echoed in the error reply.
struct LoggedPathTests {
    @Test func aTokenInThePathIsRedactedInTheLogAndTheReply() async throws {
        let lines = LogLines()
        let sandbox = try SandboxHarness { $0.requestLog = { lines.append($0) } }
        defer { sandbox.server.stop() }
        let token = try await sandbox.signIn()

        let (assigned, _) = try await sandbox.get("/blitzapi/Assigned/\(token)", token: token)
        let (unknown, body) = try await sandbox.get("/blitzapi/\(token)", token: token)

        #expect(assigned == 400 && unknown == 404)
        #expect(!String(decoding: body, as: UTF8.self).contains(token))
        #expect(lines.all.contains { $0.hasPrefix("GET /blitzapi/Assigned/[redacted] 400 ") })
        #expect(!lines.all.contains { $0.contains(token) })
    }

    @Test(arguments: [
        ("/blitzapi/Assigned/3212031886", "/blitzapi/Assigned/3212031886"),
        ("/blitzapi//RequestNumbers", "/blitzapi//RequestNumbers"),
        ("/a/eyJhbGciOi.eyJpZCI6Im.c2lnbmF0dXJl", "/a/[redacted]"),
        ("/" + String(repeating: "x", count: 65), "/[redacted]"),
        ("/index.html", "/index.html"),
    ])
    func onlyTokenShapedSegmentsAreHidden(path: String, shown: String) {
        #expect(LoggedPath.shown(path) == shown)
    }
}
