import Foundation
import Testing

/// `--cacert FILE` must name a readable file; anything else stops `blitz` before it connects.
struct CACertificateOptionTests {
    @Test(arguments: [
        ("missing.pem", "The CA certificate file 'missing.pem' does not exist"),
        ("/", "The CA certificate file '/' is a directory"),
    ])
    func anUnusableCAFileIsAUsageError(path: String, message: String) throws {
        let run = try BlitzProcess().run(["--cacert", path, "-c", "ping"])

        #expect(run.status == 2)
        #expect(run.stderr.contains(message))
        #expect(run.stderr.contains("--cacert ca.pem"))
        #expect(run.stdout.isEmpty, "nothing may run, not even the ping")
    }
}
