import BlitzAPI
import Foundation

extension SandboxService {
    /// `SearchForNumbers`: 400 for an unusable body, 412 for a bad quantity or a partial result.
    func search(_ body: Data) throws -> HTTPReply {
        guard
            let request = SearchBodyReader.read(body)
                ?? StrictJSON.decode(SearchRequest.self, from: body, shape: Self.searchShape),
            let criteria = Self.criteria(from: request)
        else { return .dataError }
        guard (1...500).contains(criteria.quantity) else {
            return .message(412, APIMessage.invalidQuantity)
        }
        let miss: SearchCache.Miss
        switch store.searchCache.lookup(criteria) {
        case .success(let reply): return reply
        case .failure(let failure): miss = failure
        }
        let reply = SearchReplyJSON.reply(try store.search(criteria), quantity: criteria.quantity)
        store.searchCache.remember(reply, for: criteria, since: miss)
        return reply
    }

    private static let searchShape = StrictJSON.Shape(fields: [
        "ratecenter", "state", "lata", "startswith", "endswith", "contains", "qty",
    ])

    /// The validated rules, or nil when there is no rule or a rule is empty or not digits where digits belong.
    static func criteria(from request: SearchRequest) -> SearchCriteria? {
        guard request.hasRule else { return nil }
        let texts = [request.rateCenter, request.state, request.lata]
        let patterns = [request.startsWith, request.endsWith, request.contains]
        guard texts.allSatisfy({ $0.map { !$0.isEmpty } ?? true }),
            patterns.allSatisfy({ $0.map(isDigits) ?? true }),
            request.lata.map(isDigits) ?? true
        else { return nil }
        return SearchCriteria(
            rateCenter: request.rateCenter?.uppercased(), state: request.state?.uppercased(), lata: request.lata,
            startsWith: request.startsWith, endsWith: request.endsWith, contains: request.contains,
            quantity: request.quantity ?? 1)
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// `RequestNumbers`: one result per line; the reply is dropped after the commit when the fault fires.
    func order(_ body: Data, account: String) throws -> HTTPReply {
        let shape = StrictJSON.Shape(fields: ["tnOrder"], nested: ["tnOrder": ["id", "resgroupid", "prefix"]])
        guard let order = StrictJSON.decode(NumberOrder.self, from: body, shape: shape) else { return .dataError }
        let results = try store.order(order.lines, for: account)
        return droppingAfterCommit(.json(200, results))
    }

    /// `ReturnNumbers`: 200 with no body; numbers the account does not hold are ignored, so a
    /// return reveals nothing about other accounts.
    func giveBack(_ body: Data, account: String) throws -> HTTPReply {
        let shape = StrictJSON.Shape(fields: ["tnReturn"], nested: ["tnReturn": ["number"]])
        guard let request = StrictJSON.decode(NumberReturn.self, from: body, shape: shape) else { return .dataError }
        try store.returnNumbers(request.lines.map(\.number), for: account)
        return droppingAfterCommit(.empty)
    }

    private func droppingAfterCommit(_ reply: HTTPReply) -> HTTPReply {
        guard configuration.dropAfterCommitRate > 0, Double.random(in: 0..<1) < configuration.dropAfterCommitRate
        else { return reply }
        var dropped = reply
        dropped.dropsConnection = true
        return dropped
    }
}
