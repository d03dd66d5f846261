/// Why a text is not a phone number.
package enum PhoneNumberError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text holds a letter or a symbol a phone number cannot contain.
    case unexpectedCharacter(text: String, character: Character)

    /// The text holds too few or too many digits.
    case wrongDigitCount(text: String, count: Int)

    /// The digits are right but the separators are in odd places.
    case badLayout(text: String)

    /// The area code starts with 0 or 1.
    case badAreaCode(text: String, areaCode: String)

    /// The exchange (the three digits after the area code) starts with 0 or 1.
    case badExchange(text: String, exchange: String)

    /// How a valid number is written, ending every message.
    static let example = "a phone number is 10 digits such as 3212031886, (321) 203-1886 or +1 321 203 1886"

    /// One sentence for the user saying what is wrong and what a valid number looks like.
    package var message: String {
        switch self {
        case .unexpectedCharacter(let text, let character):
            "'\(text)' is not a phone number because of '\(character)'; \(Self.example)"
        case .wrongDigitCount(let text, 11):
            "'\(text)' has 11 digits but does not start with the country code 1; \(Self.example)"
        case .wrongDigitCount(let text, let count):
            "'\(text)' has \(count) digit\(count == 1 ? "" : "s"); \(Self.example)"
        case .badLayout(let text):
            "'\(text)' is not laid out like a phone number; \(Self.example)"
        case .badAreaCode(let text, let areaCode):
            "'\(text)' has area code \(areaCode), but area codes start with 2-9; \(Self.example)"
        case .badExchange(let text, let exchange):
            "'\(text)' has exchange \(exchange), but exchanges start with 2-9; \(Self.example)"
        }
    }

    package var description: String {
        message
    }
}
