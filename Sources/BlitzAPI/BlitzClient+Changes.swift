import Foundation

/// Orders and returns: sent once, never retried on their own, reconciled through Assigned
/// when the reply is lost or is an error that does not say whether the change was made.
extension BlitzClient {
    /// `POST /blitzapi//RequestNumbers` for `items`, one request for all of them.
    package func order(_ items: [OrderItem]) async throws -> ChangeReport {
        let lines = items.map { OrderLine(id: $0.number.id, resourceGroupID: $0.groupID, prefix: $0.prefix) }
        let body = try JSONEncoder().encode(NumberOrder(lines: lines))

        let reply: Reply
        do {
            reply = try await send(.requestNumbers, body: body)
            try reply.requireSuccess()
        } catch let error as APIError where error.mayHaveBeenCarriedOut {
            return await reconcileOrder(items, after: error)
        }

        let results = try reply.decode([OrderResult].self)
        return ChangeReport(
            lines: items.map { item in
                let result = results.first { $0.id == item.number.id }
                let outcome: ChangeOutcome = result?.isOrdered == true ? .done : .notDone
                return ChangeLine(
                    number: item.number.number, outcome: outcome, confirmedByAssigned: false, result: result,
                    picked: item.number)
            }
        )
    }

    /// `POST /blitzapi//ReturnNumbers` for `numbers`, one request for all of them.
    package func returnNumbers(_ numbers: [String]) async throws -> ChangeReport {
        let body = try JSONEncoder().encode(NumberReturn(numbers: numbers))
        do {
            let reply = try await send(.returnNumbers, body: body)
            try reply.requireSuccess()
        } catch let error as APIError where error.mayHaveBeenCarriedOut {
            return await reconcileReturn(numbers, after: error)
        }
        return ChangeReport(lines: numbers.map { ChangeLine(number: $0, outcome: .done, confirmedByAssigned: false) })
    }

    private func reconcileOrder(_ items: [OrderItem], after error: APIError) async -> ChangeReport {
        var lines: [ChangeLine] = []
        for item in items {
            let held = await holding(item.number.number)
            let outcome: ChangeOutcome
            switch held {
            case .some(.some(let assigned)): outcome = assigned.trunkGroupID == item.groupID ? .done : .notDone
            case .some(.none): outcome = .notDone
            case .none: outcome = .unknown
            }
            lines.append(
                ChangeLine(
                    number: item.number.number, outcome: outcome, confirmedByAssigned: held != nil,
                    picked: item.number))
        }
        return ChangeReport(lines: lines, failureAfterSending: error)
    }

    private func reconcileReturn(_ numbers: [String], after error: APIError) async -> ChangeReport {
        var lines: [ChangeLine] = []
        for number in numbers {
            let held = await holding(number)
            let outcome: ChangeOutcome
            switch held {
            case .some(.some): outcome = .notDone
            case .some(.none): outcome = .done
            case .none: outcome = .unknown
            }
            lines.append(ChangeLine(number: number, outcome: outcome, confirmedByAssigned: held != nil))
        }
        return ChangeReport(lines: lines, failureAfterSending: error)
    }

    /// Asks Assigned about one number: nil when even that could not be answered.
    private func holding(_ number: String) async -> AssignedNumber?? {
        do {
            return .some(try await withoutCancellation { try await self.assigned(number: number) })
        } catch {
            return nil
        }
    }

    /// Runs `body` in a task the caller's cancellation does not reach.
    ///
    /// A Ctrl-C that interrupted an order must not also stop the check of what the order did.
    private func withoutCancellation<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await Task { try await body() }.value
    }
}
