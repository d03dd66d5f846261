import BlitzAPI

/// Finds the API route for a request path, however the document spells its slashes.
///
/// Paths match without regard to case, with empty segments ignored, so `//RequestNumbers`
/// and `/RequestNumbers` are the same route; three slashes or more in a row match nothing.
enum SandboxRoute {
    /// What a path and method come to.
    enum Match: Equatable {
        case route(APIRoute)
        case wrongMethod(allowed: String)
        case unknown
    }

    /// The paths as the API document and clients usually write them, found without splitting.
    private static let documentSpellings: [String: APIRoute] = [
        "/": .test, "/blitzapi/User/SignIn": .signIn, "/blitzapi/ResourceGroups": .resourceGroups,
        "/blitzapi/SearchForNumbers": .searchForNumbers, "/blitzapi//RequestNumbers": .requestNumbers,
        "/blitzapi//ReturnNumbers": .returnNumbers, "/blitzapi/Assigned": .assigned,
    ]

    static func match(method: String, path: String) -> Match {
        guard let route = route(for: path) else { return .unknown }
        let wanted = method == "HEAD" ? "GET" : method
        return wanted == route.method ? .route(route) : .wrongMethod(allowed: route.method)
    }

    static func route(for path: String) -> APIRoute? {
        if let route = documentSpellings[path] { return route }
        if path.contains("///") { return nil }
        let segments = path.split(separator: "/").map { $0.lowercased() }
        if segments.isEmpty { return .test }
        guard segments[0] == "blitzapi" else { return nil }
        switch Array(segments.dropFirst()) {
        case ["user", "signin"]: return .signIn
        case ["resourcegroups"]: return .resourceGroups
        case ["searchfornumbers"]: return .searchForNumbers
        case ["requestnumbers"]: return .requestNumbers
        case ["returnnumbers"]: return .returnNumbers
        case ["assigned"]: return .assigned
        default:
            let original = path.split(separator: "/")
            if segments.count == 3, segments[1] == "assigned" { return .assignedNumber(String(original[2])) }
            return nil
        }
    }
}
