import Testing

@testable import BlitzShell

struct PhoneNumberTests {
    @Test(arguments: [
        "3212031886", "(321) 203-1886", "(321)203-1886", "321-203-1886", "321.203.1886", "321 203 1886",
        "+1 321 203 1886", "+13212031886", "+1-321-203-1886", "13212031886", "1-321-203-1886",
        "1 (321) 203-1886", "  3212031886\t",
    ])
    func acceptsTheUsualWaysOfWritingANumber(text: String) throws {
        let number = try PhoneNumber(parsing: text)
        #expect(number.digits == "3212031886")
        #expect(number.formatted == "(321) 203-1886")
        #expect(PhoneNumber.parse(text) == number)
    }

    /// Each case: a text that is not a phone number and the error it gives.
    @Test(arguments: [
        ("321203188", PhoneNumberError.wrongDigitCount(text: "321203188", count: 9)),
        ("321203188612", .wrongDigitCount(text: "321203188612", count: 12)),
        ("23212031886", .wrongDigitCount(text: "23212031886", count: 11)),
        ("", .wrongDigitCount(text: "", count: 0)),
        ("321-FLOWERS", .unexpectedCharacter(text: "321-FLOWERS", character: "F")),
        ("321_203_1886", .unexpectedCharacter(text: "321_203_1886", character: "_")),
        ("321/203/1886", .unexpectedCharacter(text: "321/203/1886", character: "/")),
        ("３２１2031886", .unexpectedCharacter(text: "３２１2031886", character: "３")),
        ("0212031886", .badAreaCode(text: "0212031886", areaCode: "021")),
        ("1212031886", .badAreaCode(text: "1212031886", areaCode: "121")),
        ("(121) 203-1886", .badAreaCode(text: "(121) 203-1886", areaCode: "121")),
        ("3210031886", .badExchange(text: "3210031886", exchange: "003")),
        ("3211031886", .badExchange(text: "3211031886", exchange: "103")),
        ("32-12-03-18-86", .badLayout(text: "32-12-03-18-86")),
        ("321--203-1886", .badLayout(text: "321--203-1886")),
        ("(321 203-1886", .badLayout(text: "(321 203-1886")),
        ("321)203(1886", .badLayout(text: "321)203(1886")),
        ("+3212031886", .badLayout(text: "+3212031886")),
        ("+2 321 203 1886", .wrongDigitCount(text: "+2 321 203 1886", count: 11)),
        ("3212031886-", .badLayout(text: "3212031886-")),
        ("1+3212031886", .badLayout(text: "1+3212031886")),
    ])
    func refusesAnythingElse(text: String, expected: PhoneNumberError) {
        #expect(throws: expected) {
            try PhoneNumber(parsing: text)
        }
        #expect(PhoneNumber.parse(text) == nil)
    }

    @Test func messagesQuoteTheInputAndShowAValidNumber() throws {
        let error = try #require(throws: PhoneNumberError.self) {
            try PhoneNumber(parsing: "321-FLOWERS")
        }
        #expect(error.message.contains("'321-FLOWERS'"))
        #expect(error.message.contains("3212031886"))
        #expect(!error.message.contains("\n"))
    }
}
