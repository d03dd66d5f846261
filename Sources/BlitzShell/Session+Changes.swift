import BlitzAPI

/// What orders and returns share: confirmation, the result table, and failure when not all went through.
extension Session {
    enum ChangeAction: String {
        case order
        case `return`

        var doneWord: String { self == .order ? "ordered" : "returned" }
        var notDoneWord: String { self == .order ? "not ordered" : "not returned" }
    }

    /// Asks `[y/N]` at a terminal and says so when the answer is no; a script is not asked.
    ///
    /// Declining is the user's choice, not a failure, so it is a note rather than an error.
    func confirmChange(_ question: String) -> Bool {
        guard isInteractive else { return true }
        guard confirm("\(question) [y/N] ") else {
            output.note("Declined: nothing was sent.")
            return false
        }
        return true
    }

    func printChange(_ report: ChangeReport, action: ChangeAction) {
        if let failure = report.failureAfterSending {
            output.warning("\(Self.whatWentWrong(failure, action: action)) Assigned was asked what really happened:")
        }
        if output.format == .json {
            printChangeJSON(report)
            return
        }
        let csv = TextTable(
            headers: ["number", "result", "confirmed"],
            rows: report.lines.map { [$0.number, Self.resultCode($0), $0.confirmedByAssigned ? "1" : "0"] }
        )
        if action == .return {
            print(
                TextTable(
                    headers: ["NUMBER", "RESULT"], rows: report.lines.map { [$0.number, describe($0, action)] }),
                csv: csv)
            return
        }
        print(
            TextTable(
                headers: ["NUMBER", "RESULT", "RATECENTER", "STATE", "LATA"],
                rows: report.lines.map { line in
                    [
                        line.number, describe(line, action),
                        line.rateCenter ?? "", line.state ?? "", line.lata ?? "",
                    ]
                }
            ),
            csv: csv
        )
    }

    /// 1 done, 0 not done, empty when unknown: the API's `result` convention.
    private static func resultCode(_ line: ChangeLine) -> String {
        switch line.outcome {
        case .done: "1"
        case .notDone: "0"
        case .unknown: ""
        }
    }

    private func describe(_ line: ChangeLine, _ action: ChangeAction) -> String {
        let confirmed = line.confirmedByAssigned ? " (confirmed)" : ""
        switch line.outcome {
        case .done: return action.doneWord + confirmed
        case .notDone: return action.notDoneWord + confirmed
        case .unknown: return "unknown: check 'assigned'"
        }
    }

    /// JSON in the API's own order-result shape, `result` 1 or 0 (null when unknown).
    private func printChangeJSON(_ report: ChangeReport) {
        let lines = report.lines.map { line in
            ChangeJSON(
                id: line.result?.id,
                number: line.number,
                ratecenter: line.rateCenter,
                state: line.state,
                lata: line.lata,
                result: line.outcome == .unknown ? nil : (line.outcome == .done ? 1 : 0),
                confirmed: line.confirmedByAssigned ? true : nil
            )
        }
        output.json(lines)
    }

    /// Fails the command unless every number went through and the reply came back.
    func requireComplete(_ report: ChangeReport, action: ChangeAction) throws(ShellError) {
        if let failure = report.failureAfterSending {
            let what = Self.shortReason(failure, action: action)
            // Assigned could not be asked either: the API is out of reach, which is exit 3.
            if report.lines.contains(where: { $0.outcome == .unknown }) {
                throw ShellError(
                    .connection,
                    "\(what) and Assigned could not be reached to settle it; the journal keeps the "
                        + "numbers as unknown: check 'assigned' when the API is back.")
            }
            throw .failed("\(what); the table above is what Assigned confirmed.")
        }
        guard !report.isComplete else { return }
        let missed = report.lines.count - report.doneCount
        throw .failed(
            "\(Self.count(missed)) of \(report.lines.count) \(missed == 1 ? "was" : "were") \(action.notDoneWord).")
    }

    /// The warning before a settled table: the client's account of a lost reply, or the
    /// status the API answered with, which does not say whether it acted.
    private static func whatWentWrong(_ failure: APIError, action: ChangeAction) -> String {
        guard let status = failure.status, failure.code != .invalidReply else { return failure.message }
        let said = failure.apiMessage.map { " (\($0))" } ?? ""
        return "The API answered the \(action.rawValue) with \(status)\(said) after it was sent, which does not "
            + "say whether it was carried out."
    }

    /// "The reply to the order was lost", or "The API answered the order with 503".
    private static func shortReason(_ failure: APIError, action: ChangeAction) -> String {
        if failure.code == .invalidReply { return "The reply to the \(action.rawValue) could not be read" }
        guard let status = failure.status else { return "The reply to the \(action.rawValue) was lost" }
        return "The API answered the \(action.rawValue) with \(status)"
    }
}

/// One line of an order or return in JSON.
private struct ChangeJSON: Encodable {
    var id: Int?
    var number: String
    var ratecenter: String?
    var state: String?
    var lata: String?
    var result: Int?
    var confirmed: Bool?
}
