import Testing

@testable import BlitzShell

/// Lines that may hold a secret never reach the history file.
struct HistoryPolicyTests {
    @Test(arguments: [
        "search state=FL contains=2031",
        "login alice",
        "login",
        "order 1,3 group=2",
        "search ratecenter=\"ST PETERSBURG\"",
        "set tokens_left=3",
    ])
    func keepsOrdinaryLines(_ line: String) {
        #expect(HistoryPolicy.keeps(line))
    }

    @Test(arguments: [
        "login alice hunter2",
        "LOGIN alice hunter2",
        "set PASSWORD=hunter2",
        "set api_token=abc",
        "echo eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl",
        "header Authorization: Bearer abc",
    ])
    func dropsLinesThatMayHoldASecret(_ line: String) {
        #expect(!HistoryPolicy.keeps(line))
    }
}
