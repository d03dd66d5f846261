import BlitzAPI

/// Reading `$NAME` and the session's read-only values such as `${results[2].number}`.
extension Session {
    /// The value of a variable reference, or an error naming it when it is not set.
    func value(of reference: String) throws(ShellError) -> String {
        if let value = variables[reference] { return value }
        if let value = try sessionValue(reference) { return value }
        var error = ShellError.usage(Self.unsetMessage(reference))
        // A path such as results.cnt names no value whatever the run does; a plain name may
        // be set by then.
        if reference.contains(where: { $0 == "." || $0 == "[" }) { error.dependsOnRunTime = false }
        throw error
    }

    /// The fields each of the session's collections has, in the order messages list them.
    static let collectionFields = [
        "results": ["number", "id", "ratecenter", "state", "lata"],
        "groups": ["id", "description", "built"],
        "assigned": ["number", "outpulsed", "trunkgroup_id"],
    ]

    /// Why `reference` has no value: a plain name is a variable not set; a path (`results.nope`)
    /// says what the collection has, since `set results.nope=...` could never make one.
    private static func unsetMessage(_ reference: String) -> String {
        let name = String(reference.prefix { $0 != "." && $0 != "[" })
        guard name.count < reference.count else {
            return "Variable '\(reference)' is not set; set it with set \(reference)=VALUE or -v \(reference)=VALUE."
        }
        guard let fields = collectionFields[name] else {
            return "'\(reference)' is not a value: only results, groups and assigned have fields"
                + " (${results[1].number}) and a count (${results.count}); a variable is read as ${\(name)}."
        }
        let list = fields.dropLast().joined(separator: ", ") + " or " + (fields.last ?? "")
        return "'\(reference)' is not a value: each of the \(name) has the field \(list)"
            + " (${\(name)[1].\(fields[0])}), and there is \(name).count (${\(name).count})."
    }

    private func sessionValue(_ reference: String) throws(ShellError) -> String? {
        switch reference {
        case "group": return selectedGroupID.map(String.init) ?? ""
        case "error": return lastError
        case "status": return lastStatus.map(String.init) ?? ""
        case "user": return username ?? ""
        case "results.count": return String(lastResults.count)
        case "groups.count": return String(groups.count)
        case "assigned.count": return String(lastAssigned.count)
        default: return try indexedValue(reference)
        }
    }

    /// `results[N].field`, `groups[N].field` and `assigned[N].field`, 1-based.
    private func indexedValue(_ reference: String) throws(ShellError) -> String? {
        guard let open = reference.firstIndex(of: "["), let close = reference.firstIndex(of: "]"), open < close else {
            return nil
        }
        let collection = String(reference[..<open])
        let indexText = String(reference[reference.index(after: open)..<close])
        let rest = reference[reference.index(after: close)...]
        guard rest.hasPrefix("."), let index = Int(indexText) else {
            var error = ShellError.usage(
                "'\(reference)' is not a value: write \(collection)[N].FIELD, e.g. results[1].number.")
            error.dependsOnRunTime = false
            throw error
        }
        let field = String(rest.dropFirst())
        guard var records = records(of: collection) else { return nil }
        if !script.isChecking, !listedCollections.contains(collection) {
            throw .failed(Self.notListedMessage(collection, reference: reference))
        }
        if script.isChecking {
            // blitz check sends nothing, so any index may exist once the script runs.
            records = Array(repeating: records.first ?? [:], count: index)
        }
        guard (1...max(records.count, 1)).contains(index), index <= records.count else {
            throw .failed("\(collection)[\(index)] does not exist: there are \(records.count) \(collection).")
        }
        guard let value = records[index - 1][field] else {
            let known = records[index - 1].keys.sorted().joined(separator: ", ")
            var error = ShellError.usage("\(collection) have no field '\(field)'; use one of \(known).")
            // Every record has the same fields, so the run could not make this one exist.
            error.dependsOnRunTime = false
            throw error
        }
        if script.isChecking, !listedCollections.contains(collection), !script.mayHaveListed.contains(collection) {
            // No command before this one could have fetched it, whatever values the run gives.
            var error = ShellError.failed(Self.notListedMessage(collection, reference: reference))
            error.dependsOnRunTime = false
            throw error
        }
        return value
    }

    /// `${groups[1].id}` before `groups` ran: a reference never fetches anything itself, so it
    /// says which command fills the collection.
    private static func notListedMessage(_ collection: String, reference: String) -> String {
        switch collection {
        case "results": "There are no results yet: run a search before using ${\(reference)}."
        case "groups": "The groups have not been listed yet: run 'groups' before using ${\(reference)}."
        default: "Your numbers have not been listed yet: run 'assigned' before using ${\(reference)}."
        }
    }

    /// The records of a collection; under `blitz check`, one made-up record with every field.
    private func records(of collection: String) -> [[String: String]]? {
        let placeholder = AvailableNumber(
            id: 1, number: "2015550100", rateCenter: "RATECENTER", state: "FL", lata: "000")
        switch collection {
        case "results":
            return script.isChecking ? [Self.fields(placeholder)] : lastResults.map(Self.fields)
        case "groups":
            let group = ResourceGroup(id: 1, description: "group", built: 1)
            return script.isChecking ? [Self.fields(group)] : groups.map(Self.fields)
        case "assigned":
            let assigned = AssignedNumber(number: "2015550100", outpulsed: "2015550100", trunkGroupID: 1)
            return script.isChecking ? [Self.fields(assigned)] : lastAssigned.map(Self.fields)
        default:
            return nil
        }
    }

    private static func fields(_ number: AvailableNumber) -> [String: String] {
        [
            "id": String(number.id), "number": number.number, "ratecenter": number.rateCenter,
            "state": number.state, "lata": number.lata,
        ]
    }

    private static func fields(_ group: ResourceGroup) -> [String: String] {
        ["id": String(group.id), "description": group.description, "built": String(group.built)]
    }

    private static func fields(_ assigned: AssignedNumber) -> [String: String] {
        ["number": assigned.number, "outpulsed": assigned.outpulsed, "trunkgroup_id": String(assigned.trunkGroupID)]
    }
}
