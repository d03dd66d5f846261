import BlitzAPI
import Testing

/// A secret is found only as a value of its own: no letter or digit on either side.
struct SecretMatchTests {
    @Test(arguments: [
        "sandbox",
        "login x sandbox",
        "set pw=\"sandbox\"",
        "set pw='sandbox'",
        "a=sandbox;b",
        "sandbox, again",
        "echo\tsandbox\n",
        "echo user:sandbox@host",
        "cat /path/sandbox/file",
        "export /tmp/x/sandbox-picks.csv",
        "sandbox.csv",
    ])
    func findsTheSecretStandingAlone(_ text: String) {
        #expect(SecretMatch.holds(["sandbox"], in: text))
    }

    @Test(arguments: [
        "export /tmp/x/sandboxpicks.csv",
        "use sandboxes",
        "echo xsandbox",
        "echo sandbox2",
        "search ratecenter=SANDBOX",
    ])
    func ignoresTheSecretInsideALongerWord(_ text: String) {
        #expect(!SecretMatch.holds(["sandbox"], in: text))
    }

    @Test func redactsEveryStandingOccurrenceAndKeepsTheRest() {
        let text = "echo pw=hunter2 hunter22 'hunter2'"

        let redacted = SecretMatch.redacting(["hunter2"], in: text)

        #expect(redacted == "echo pw=[redacted] hunter22 '[redacted]'")
    }

    @Test func anEmptySecretMatchesNothing() {
        #expect(!SecretMatch.holds([""], in: "anything at all"))
        #expect(SecretMatch.redacting([""], in: "x") == "x")
    }
}
