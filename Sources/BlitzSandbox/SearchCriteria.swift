/// A validated search: rules are upper-cased or digit strings, and the quantity is within 1...500.
struct SearchCriteria: Sendable, Hashable {
    var rateCenter: String?
    var state: String?
    var lata: String?
    var startsWith: String?
    var endsWith: String?
    var contains: String?
    var quantity: Int

    /// Whether some digit pattern is longer than a number, so that nothing can match.
    var cannotMatch: Bool {
        [startsWith, endsWith, contains].contains { ($0?.count ?? 0) > 10 }
    }
}
