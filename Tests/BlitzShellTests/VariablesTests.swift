import Testing

@testable import BlitzShell

/// Variable names `$NAME` can reach, and the names whose values are secrets.
struct VariablesTests {
    @Test(arguments: [("tn", true), ("tn_2", true), ("State", true), ("2tn", false), ("my-var", false), ("", false)])
    func namesAreThoseTheLexerCanReach(name: String, valid: Bool) {
        #expect(Variables.isValidName(name) == valid)
    }

    @Test(arguments: [
        ("db_password", true), ("API_TOKEN", true), ("clientSecret", true), ("tn", false), ("state", false),
    ])
    func secretsAreKnownByTheirNames(name: String, secret: Bool) {
        #expect(Variables.isSecret(name) == secret)
    }
}
