import Testing

@testable import BlitzShell

/// How a typed rate center becomes the ASCII name the API matches.
struct RateCenterTests {
    @Test(arguments: [
        ("CAFÉ", "CAFE"),
        ("Saint-Étienne", "SAINTETIEN"),
        ("ñandú", "NANDU"),
        ("St Petersburg", "STPETERSBU"),
        ("Winter Park", "WINTERPARK"),
    ])
    func accentsFoldToTheirBaseLetters(typed: String, sent: String) throws {
        #expect(try Session.rateCenter(Word(typed, column: 1)) == sent)
    }
}
