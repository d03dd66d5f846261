import BlitzAPI

/// `order`: numbers from the last results (or a file) into a group, checked before anything is sent.
extension Session {
    func order(_ invocation: Invocation) throws(ShellError) {
        let (options, others) = try invocation.options(allowed: ["group", "prefix"])
        try Self.refuseWordsAfterOptions(invocation.arguments)
        guard let first = others.first else {
            throw invocation.missing("'order' needs a selection from the last results, e.g. order 1,3 or order all.")
        }
        let fileNumbers = try numbersFromFile(others, command: "order")
        let selection = fileNumbers == nil ? try selection(others) : nil
        let groupID = try Self.groupID(options["group"])
        let prefix = try Self.prefix(options["prefix"])
        if script.isChecking, groupID == nil, !script.mayHaveChosenGroup {
            throw invocation.missing("order has no group: add group=ID, or a 'use GROUP' line before it.")
        }
        if script.isChecking { try ChangeGuard(session: self, action: .order).checkConsent() }
        guard !script.isChecking else { return }

        let chosen: [AvailableNumber]
        if let fileNumbers {
            try ChangeGuard(session: self, action: .order).checkLimit(count: fileNumbers.count)
            chosen = try availableNumbers(fileNumbers, at: others[1])
        } else if let selection {
            chosen = try chosenNumbers(selection, at: first)
        } else {
            chosen = []
        }
        let group = try orderGroup(groupID, word: options["group"])
        try placeOrder(chosen, group: group, prefix: prefix)
    }

    /// Sends the order through the ``ChangeGuard`` and prints what happened to each number.
    private func placeOrder(_ chosen: [AvailableNumber], group: ResourceGroup, prefix: String?) throws(ShellError) {
        // Refused before the list is echoed, so an order of `all` is not a wall of numbers.
        try ChangeGuard(session: self, action: .order).checkLimit(count: chosen.count)
        let items = chosen.map { OrderItem(number: $0, groupID: group.id, prefix: prefix) }
        let numbers = items.map(\.number.number)
        output.note(
            "Ordering \(Self.count(numbers.count)) into group \(group.id) (\(group.description))"
                + (prefix.map { " with prefix \($0)" } ?? "") + ": \(numbers.joined(separator: ", "))"
        )
        let replay =
            "order \(numbers.joined(separator: ",")) group=\(group.id)" + (prefix.map { " prefix=\($0)" } ?? "")
        let guardian = ChangeGuard(session: self, action: .order)
        let question = "Order \(Self.count(numbers.count)) into group \(group.id)?"
        guard try guardian.clear(count: items.count, groupID: group.id, question: question) else {
            recording = guardian.notSent(replay)
            return
        }

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
        recording = .replaced(replay)
    }

    /// Refuses a word after `group=` or `prefix=`: in `order 1 prefix=111 21` the `21` may be
    /// the end of the prefix typed with a space or a result, and either guess could order
    /// what was not meant.
    private static func refuseWordsAfterOptions(_ arguments: [Word]) throws(ShellError) {
        let isOption: (Word) -> Bool = { word in
            guard let equals = word.text.firstIndex(of: "=") else { return false }
            return equals != word.text.startIndex
        }
        guard let firstOption = arguments.firstIndex(where: isOption),
            let stray = arguments[firstOption...].firstIndex(where: { !isOption($0) }),
            let option = arguments[..<stray].last(where: isOption)
        else { return }
        throw .usage(
            "'\(arguments[stray].text)' comes after \(option.text): put the results or numbers first, "
                + "before group= and prefix=, and write each value without spaces.",
            column: arguments[stray].column)
    }

    /// The selection the words spell, checked for its form only; a number may take several
    /// words, as in `order (321) 203-1886`.
    private func selection(_ words: [Word]) throws(ShellError) -> Selection {
        let shown = script.isChecking ? Int.max : lastResults.count
        let items: [NumberWords.Item]
        do {
            items = try NumberWords(allowsIndexes: true, indexLimit: shown).items(words)
        } catch {
            throw error.about(words)
        }
        do {
            return try Selection(parsing: items.map(\.text).joined(separator: ","))
        } catch {
            throw ShellError.usage(error.message, column: words.first?.column).about(words)
        }
    }

    /// The results the selection names, in the order given; ten-digit numbers that are not
    /// among the last results are looked up in the inventory, so a recorded order replays.
    private func chosenNumbers(_ selection: Selection, at word: Word) throws(ShellError) -> [AvailableNumber] {
        let known = Set(lastResults.map(\.number))
        var others: [String] = []
        var hasIndexes = false
        for item in selection.items {
            if case .number(let number) = item {
                if !known.contains(number.digits) { others.append(number.digits) }
            } else {
                hasIndexes = true
            }
        }
        guard !hasIndexes || !lastResults.isEmpty else {
            let why = listedCollections.contains("results") ? emptyResultsReason : "run a search first"
            throw .usage("There are no results to order from: \(why).", column: word.column)
        }
        let candidates = lastResults + (try availableNumbers(others, at: word))
        let indexes: [Int]
        do {
            indexes = try selection.resolve(resultCount: lastResults.count, numbers: candidates.map(\.number))
        } catch {
            throw .usage(error.message, column: word.column)
        }
        let chosen = indexes.map { candidates[$0] }
        let ordered = chosen.filter { orderedFromResults.contains($0.number) && lastResults.contains($0) }
        if let taken = ordered.first {
            let index = (lastResults.firstIndex(of: taken) ?? 0) + 1
            throw .usage(
                "Result \(index) (\(taken.number)) was already ordered in this session; search again for more.")
        }
        return chosen
    }

    private static func groupID(_ word: Word?) throws(ShellError) -> Int? {
        guard let word else { return nil }
        guard let id = Int(word.text) else {
            throw .usage("group must be a group id, e.g. group=2; '\(word.text)' is not.", column: word.column)
        }
        return id
    }

    /// The group named by `group=`, or the selected one; it must exist and be built.
    private func orderGroup(_ groupID: Int?, word: Word?) throws(ShellError) -> ResourceGroup {
        guard let id = groupID ?? selectedGroupID else {
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
