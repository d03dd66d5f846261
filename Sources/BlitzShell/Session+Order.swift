import BlitzAPI

/// `order`: numbers from the last results into a group, checked before anything is sent.
extension Session {
    func order(_ invocation: Invocation) throws(ShellError) {
        let (options, others) = try invocation.options(allowed: ["group", "prefix"])
        guard !others.isEmpty else {
            throw .usage("'order' needs a selection from the last results, e.g. order 1,3 or order all.")
        }
        let chosen = try chosenNumbers(others)
        let group = try orderGroup(options["group"])
        let prefix = try Self.prefix(options["prefix"])

        let items = chosen.map { OrderItem(number: $0, groupID: group.id, prefix: prefix) }
        let numbers = items.map(\.number.number)
        output.note(
            "Ordering \(Self.count(numbers.count)) into group \(group.id) (\(group.description))"
                + (prefix.map { " with prefix \($0)" } ?? "") + ": \(numbers.joined(separator: ", "))"
        )
        let guardian = ChangeGuard(session: self, action: .order)
        let question = "Order \(Self.count(numbers.count)) into group \(group.id)?"
        guard try guardian.clear(count: items.count, groupID: group.id, question: question) else { return }

        let entry = try guardian.recordIntent(
            numbers: items.map { ($0.number.number, $0.number.id) },
            groupID: group.id,
            prefix: prefix
        )
        let report: ChangeReport
        do {
            report = try call { try await $0.order(items) }
        } catch {
            guardian.recordFailure(entry, numbers: numbers, error: error)
            throw error
        }
        guardian.recordOutcome(entry, report: report)
        for line in report.lines where line.outcome == .done {
            orderedFromResults.insert(line.number)
        }
        printChange(report, action: .order)
        try requireComplete(report, action: .order)
    }

    /// The last results named by the selection words, in the order given.
    private func chosenNumbers(_ words: [Word]) throws(ShellError) -> [AvailableNumber] {
        let text = words.map(\.text).joined(separator: ",")
        guard !lastResults.isEmpty else {
            throw .usage("There are no results to order from: run a search first.", column: words.first?.column)
        }
        let indexes: [Int]
        do {
            let selection = try Selection(parsing: text)
            indexes = try selection.resolve(resultCount: lastResults.count, numbers: lastResults.map(\.number))
        } catch {
            throw .usage(error.message, column: words.first?.column)
        }

        let chosen = indexes.map { lastResults[$0] }
        if let taken = chosen.first(where: { orderedFromResults.contains($0.number) }) {
            let index = (lastResults.firstIndex(of: taken) ?? 0) + 1
            throw .usage(
                "Result \(index) (\(taken.number)) was already ordered in this session; search again for more.")
        }
        return chosen
    }

    /// The group named by `group=`, or the selected one; it must exist and be built.
    private func orderGroup(_ word: Word?) throws(ShellError) -> ResourceGroup {
        let id: Int
        if let word {
            guard let parsed = Int(word.text) else {
                throw .usage("group must be a group id, e.g. group=2; '\(word.text)' is not.", column: word.column)
            }
            id = parsed
        } else if let selectedGroupID {
            id = selectedGroupID
        } else {
            throw .usage("No group chosen: add group=ID, or pick one with 'use GROUP' ('groups' lists them).")
        }
        let known = try knownGroups()
        guard let group = known.first(where: { $0.id == id }) else {
            throw .usage("There is no group \(id): your groups are \(Self.groupIDs(known)).", column: word?.column)
        }
        guard group.isBuilt else {
            throw .failed("Group \(id) (\(group.description)) is not built yet, so it cannot take numbers.")
        }
        return group
    }

    private static func prefix(_ word: Word?) throws(ShellError) -> String? {
        guard let word else { return nil }
        guard !word.text.isEmpty, word.text.count <= 16, word.text.allSatisfy(\.isASCIIDigit) else {
            throw .usage(
                "prefix must be 1 to 16 digits, e.g. prefix=11121; '\(word.text)' is not.", column: word.column)
        }
        return word.text
    }

    static func count(_ count: Int) -> String {
        count == 1 ? "1 number" : "\(count) numbers"
    }
}
