/// The JSON bodies of the Blitz customer API 2.7.1, shared by the client and the sandbox.
///
/// Property names follow Swift conventions; the coding keys keep the API's own spelling.

/// The body of `POST /blitzapi/User/SignIn`.
package struct SignInRequest: Codable, Sendable, Equatable {
    package var username: String
    package var password: String

    package init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// The reply to a sign-in: a JWT for the `Authorization: Bearer` header.
package struct SignInReply: Codable, Sendable, Equatable {
    package var token: String

    package init(token: String) {
        self.token = token
    }

    enum CodingKeys: String, CodingKey {
        case token = "JWT"
    }
}

/// A resource group: a SIP destination group that ordered numbers route to.
package struct ResourceGroup: Codable, Sendable, Equatable {
    package var id: Int
    package var description: String
    /// 1 when the carrier has built the group, 0 when it cannot take numbers yet.
    package var built: Int

    package var isBuilt: Bool { built == 1 }

    package init(id: Int, description: String, built: Int) {
        self.id = id
        self.description = description
        self.built = built
    }
}

/// The body of `POST /blitzapi/SearchForNumbers`: every rule is optional, rules combine with AND.
package struct SearchRequest: Codable, Sendable, Equatable {
    package var rateCenter: String?
    package var state: String?
    package var lata: String?
    package var startsWith: String?
    package var endsWith: String?
    package var contains: String?
    /// How many numbers to find; the API takes 1 when it is absent.
    package var quantity: Int?

    package init(
        rateCenter: String? = nil,
        state: String? = nil,
        lata: String? = nil,
        startsWith: String? = nil,
        endsWith: String? = nil,
        contains: String? = nil,
        quantity: Int? = nil
    ) {
        self.rateCenter = rateCenter
        self.state = state
        self.lata = lata
        self.startsWith = startsWith
        self.endsWith = endsWith
        self.contains = contains
        self.quantity = quantity
    }

    /// Whether at least one search rule is set, as the API requires.
    package var hasRule: Bool {
        [rateCenter, state, lata, startsWith, endsWith, contains].contains { $0 != nil }
    }

    enum CodingKeys: String, CodingKey {
        case rateCenter = "ratecenter"
        case state
        case lata
        case startsWith = "startswith"
        case endsWith = "endswith"
        case contains
        case quantity = "qty"
    }
}

/// A number in inventory, as a search returns it; `id` is what an order names.
package struct AvailableNumber: Codable, Sendable, Equatable {
    package var id: Int
    package var number: String
    package var rateCenter: String
    package var state: String
    package var lata: String

    package init(id: Int, number: String, rateCenter: String, state: String, lata: String) {
        self.id = id
        self.number = number
        self.rateCenter = rateCenter
        self.state = state
        self.lata = lata
    }

    enum CodingKeys: String, CodingKey {
        case id
        case number
        case rateCenter = "ratecenter"
        case state
        case lata
    }
}

/// The 412 reply when fewer numbers match than were asked for.
package struct PartialFulfillmentReply: Codable, Sendable, Equatable {
    package var message: String
    package var result: [AvailableNumber]

    package init(message: String = APIMessage.partialFulfillment, result: [AvailableNumber]) {
        self.message = message
        self.result = result
    }

    enum CodingKeys: String, CodingKey {
        case message
        case result = "Result"
    }
}

/// An error or notice body: `{"message": "..."}`.
package struct APIMessage: Codable, Sendable, Equatable {
    package var message: String

    package init(message: String) {
        self.message = message
    }

    package static let invalidQuantity = "Invalid Quantity"
    package static let partialFulfillment = "Partial Fulfillment"
    package static let dataError = "Data error, please retry"
}

/// The body of `POST /blitzapi//RequestNumbers`.
package struct NumberOrder: Codable, Sendable, Equatable {
    package var lines: [OrderLine]

    package init(lines: [OrderLine]) {
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey {
        case lines = "tnOrder"
    }
}

/// One number to order: its inventory id, the resource group, and optional outpulsed prefix digits.
package struct OrderLine: Codable, Sendable, Equatable {
    package var id: Int
    package var resourceGroupID: Int
    package var prefix: String?

    package init(id: Int, resourceGroupID: Int, prefix: String? = nil) {
        self.id = id
        self.resourceGroupID = resourceGroupID
        self.prefix = prefix
    }

    enum CodingKeys: String, CodingKey {
        case id
        case resourceGroupID = "resgroupid"
        case prefix
    }
}

/// The outcome of ordering one number: `result` is 1 when it was ordered, 0 when not.
package struct OrderResult: Codable, Sendable, Equatable {
    package var id: Int
    package var number: String
    package var rateCenter: String
    package var state: String
    package var lata: String
    package var result: Int

    package var isOrdered: Bool { result == 1 }

    package init(id: Int, number: String, rateCenter: String, state: String, lata: String, result: Int) {
        self.id = id
        self.number = number
        self.rateCenter = rateCenter
        self.state = state
        self.lata = lata
        self.result = result
    }

    enum CodingKeys: String, CodingKey {
        case id
        case number
        case rateCenter = "ratecenter"
        case state
        case lata
        case result
    }
}

/// The body of `POST /blitzapi//ReturnNumbers`.
package struct NumberReturn: Codable, Sendable, Equatable {
    package var lines: [ReturnLine]

    package init(numbers: [String]) {
        self.lines = numbers.map(ReturnLine.init(number:))
    }

    enum CodingKeys: String, CodingKey {
        case lines = "tnReturn"
    }
}

/// One number to give back to the carrier.
package struct ReturnLine: Codable, Sendable, Equatable {
    package var number: String

    package init(number: String) {
        self.number = number
    }
}

/// A number the account holds, with the digits sent in the R-URI and the group it routes to.
package struct AssignedNumber: Codable, Sendable, Equatable {
    package var number: String
    /// The order's prefix followed by the number: the R-URI user part.
    package var outpulsed: String
    package var trunkGroupID: Int

    package init(number: String, outpulsed: String, trunkGroupID: Int) {
        self.number = number
        self.outpulsed = outpulsed
        self.trunkGroupID = trunkGroupID
    }

    enum CodingKeys: String, CodingKey {
        case number
        case outpulsed
        case trunkGroupID = "trunkgroup_id"
    }
}
