import BlitzAPI

/// `return NUMBER...` and `assigned [NUMBER]`.
extension Session {
    func returnNumbers(_ invocation: Invocation) throws(ShellError) {
        let needed = "'return' needs the numbers to give back, e.g. return 3212031886 or return --from FILE."
        guard !invocation.arguments.isEmpty else { throw .usage(needed) }
        let fileNumbers = try numbersFromFile(invocation.arguments, command: "return")
        let numbers: [String]
        if let fileNumbers {
            numbers = fileNumbers
        } else {
            do {
                numbers = try Self.phoneNumbers(invocation.arguments)
            } catch {
                throw error.about(invocation.arguments)
            }
        }
        // Only commas, as in `return ,`, name no number.
        guard !numbers.isEmpty || fileNumbers != nil else { throw .usage(needed) }
        if script.isChecking { try ChangeGuard(session: self, action: .return).checkConsent() }
        guard !script.isChecking else { return }
        try requireHeld(numbers)
        let replay = "return " + numbers.joined(separator: " ")
        output.note("Returning \(Self.count(numbers.count)): \(numbers.joined(separator: ", "))")
        let guardian = ChangeGuard(session: self, action: .return)
        let question = "Return \(Self.count(numbers.count))?"
        guard try guardian.clear(count: numbers.count, groupID: nil, question: question) else {
            recording = guardian.notSent(replay)
            return
        }

        let entry = try guardian.recordIntent(numbers: numbers.map { ($0, nil) }, groupID: nil, prefix: nil)
        let report: ChangeReport
        do {
            report = try call { try await $0.returnNumbers(numbers) }
        } catch {
            guardian.recordFailure(entry, numbers: numbers, error: error)
            throw error
        }
        guardian.recordOutcome(entry, report: report)
        printChange(report, action: .return)
        try requireComplete(report, action: .return)
        recording = .replaced(replay)
    }

    /// Refuses to return numbers the account does not hold, before anything is sent.
    ///
    /// The API answers success even for a number it ignored, so the check has to happen here.
    private func requireHeld(_ numbers: [String]) throws(ShellError) {
        let held = Set(try call { try await $0.assigned() }.map(\.number))
        let strangers = numbers.filter { !held.contains($0) }
        guard strangers.isEmpty else {
            let list = strangers.joined(separator: ", ")
            let verb = strangers.count == 1 ? "is" : "are"
            throw .failed("\(list) \(verb) not assigned to you, so nothing was returned; 'assigned' lists yours.")
        }
    }

    func listAssigned(_ invocation: Invocation) throws(ShellError) {
        let assigned: [AssignedNumber]
        if let word = Self.oneNumberWord(invocation.arguments) {
            let number: String
            do {
                number = try Self.phoneNumbers([word])[0]
            } catch {
                throw error.about(invocation.arguments)
            }
            assigned = try call { try await $0.assigned(number: number) }.map { [$0] } ?? []
            // ${assigned.count} answers for the last lookup too: 1 when held, 0 when not.
            lastAssigned = assigned
            listedCollections.insert("assigned")
            if assigned.isEmpty, output.format == .table {
                output.line("\(number) is not assigned to you.")
                return
            }
        } else {
            assigned = try call { try await $0.assigned() }
            lastAssigned = assigned
            listedCollections.insert("assigned")
        }
        if output.format == .json {
            output.json(assigned)
            return
        }
        if assigned.isEmpty, output.format == .table {
            output.line("You hold no numbers.")
            return
        }
        let rows = assigned.map { [$0.number, $0.outpulsed, String($0.trunkGroupID)] }
        print(
            TextTable(headers: ["NUMBER", "OUTPULSED", "TRUNKGROUP"], rows: rows),
            csv: TextTable(headers: ["number", "outpulsed", "trunkgroup_id"], rows: rows)
        )
    }

    /// The words as one number, so `assigned (321) 203-1886` needs no quotes; nil for no words.
    private static func oneNumberWord(_ words: [Word]) -> Word? {
        guard let first = words.first else { return nil }
        return Word(words.map(\.text).joined(separator: " "), column: first.column)
    }

    /// Ten-digit numbers from words in any accepted form, refusing the first that is not one;
    /// a number may take several words, as in `return +1 321 203 1886`.
    static func phoneNumbers(_ words: [Word]) throws(ShellError) -> [String] {
        var numbers: [String] = []
        for item in try NumberWords(allowsIndexes: false).items(words) {
            let number: PhoneNumber
            do {
                number = try PhoneNumber(parsing: item.text)
            } catch {
                throw .usage(error.message, column: item.column)
            }
            if !numbers.contains(number.digits) { numbers.append(number.digits) }
        }
        return numbers
    }
}
