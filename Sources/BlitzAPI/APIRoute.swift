/// The routes of the Blitz customer API 2.7.1, spelled as the carrier's document spells them.
///
/// The document doubles the slash after `blitzapi` on the order and return routes;
/// the client sends exactly that, and the sandbox accepts either spelling.
package enum APIRoute: Sendable, Equatable {
    case test
    case signIn
    case resourceGroups
    case searchForNumbers
    case requestNumbers
    case returnNumbers
    case assigned
    case assignedNumber(String)

    package var method: String {
        switch self {
        case .test, .resourceGroups, .assigned, .assignedNumber: "GET"
        case .signIn, .searchForNumbers, .requestNumbers, .returnNumbers: "POST"
        }
    }

    package var path: String {
        switch self {
        case .test: "/"
        case .signIn: "/blitzapi/User/SignIn"
        case .resourceGroups: "/blitzapi/ResourceGroups"
        case .searchForNumbers: "/blitzapi/SearchForNumbers"
        case .requestNumbers: "/blitzapi//RequestNumbers"
        case .returnNumbers: "/blitzapi//ReturnNumbers"
        case .assigned: "/blitzapi/Assigned"
        case .assignedNumber(let number): "/blitzapi/Assigned/\(number)"
        }
    }

    /// Whether sending the request twice is harmless, so that it may be retried.
    package var isIdempotent: Bool {
        switch self {
        case .requestNumbers, .returnNumbers: false
        default: true
        }
    }

    /// Whether the route needs `Authorization: Bearer <token>`.
    package var needsToken: Bool {
        switch self {
        case .test, .signIn: false
        default: true
        }
    }
}
