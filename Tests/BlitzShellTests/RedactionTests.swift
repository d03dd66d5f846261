import Testing

@testable import BlitzShell

struct RedactionTests {
    static let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6ImFsaWNlIiwiZXhwIjo5fQ.c2lnbmF0dXJl"

    @Test(arguments: [
        ("Authorization: Bearer \(jwt)", "Authorization: Bearer [redacted]"),
        ("authorization: bearer abc.def-ghi_=", "authorization: bearer [redacted]"),
        (
            "curl -H 'Authorization: Bearer tok123' https://h/x",
            "curl -H 'Authorization: Bearer [redacted]' https://h/x"
        ),
        (#"{"Authorization":"Bearer tok123","x":1}"#, #"{"Authorization":"Bearer [redacted]","x":1}"#),
        (#"{"username":"alice","password":"hunter2"}"#, #"{"username":"alice","password":"[redacted]"}"#),
        (#"{ "Password" : "with \"quotes\" in" , "n": 1}"#, #"{ "Password" : "[redacted]" , "n": 1}"#),
        (#"{"password":""}"#, #"{"password":"[redacted]"}"#),
        (#"{"JWT":"\#(jwt)"}"#, #"{"JWT":"[redacted]"}"#),
        ("token was \(jwt) then", "token was [redacted] then"),
        ("GET /blitzapi/Assigned 200 3 ms", "GET /blitzapi/Assigned 200 3 ms"),
        (#"{"username":"passwordless"}"#, #"{"username":"passwordless"}"#),
        ("Bearer", "Bearer"),
    ])
    func secretsAreReplacedAndTheRestKept(_ input: String, _ expected: String) {
        #expect(Redaction.redactBearer(in: input) == expected)
    }

    @Test func noSecretSurvivesATraceLikeText() {
        let trace = """
            > POST /blitzapi/User/SignIn {"username":"alice","password":"s3cret pw"}
            < 200 {"JWT":"\(Self.jwt)"}
            > GET /blitzapi/Assigned Authorization: Bearer \(Self.jwt)
            """

        let redacted = Redaction.redactBearer(in: trace)

        #expect(!redacted.contains("s3cret"))
        #expect(!redacted.contains("eyJ"))
        #expect(redacted.contains("alice") && redacted.contains("/blitzapi/Assigned"))
    }
}
