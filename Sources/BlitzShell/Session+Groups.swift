import BlitzAPI

/// `groups` and `use GROUP`.
extension Session {
    func listGroups(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        groups = try call { try await $0.resourceGroups() }
        listedCollections.insert("groups")
        switch output.format {
        case .json:
            output.json(groups)
        case .table:
            print(groupsTable)
        case .csv:
            print(
                TextTable(
                    headers: ["id", "description", "built"],
                    rows: groups.map { [String($0.id), $0.description, String($0.built)] }
                )
            )
        }
    }

    func useGroup(_ invocation: Invocation) throws(ShellError) {
        // For blitz check: any use line may choose the group that later orders go into.
        script.mayHaveChosenGroup = true
        guard invocation.arguments.count == 1, let word = invocation.arguments.first else {
            throw .usage("'use' takes one group id, e.g. use 2; 'groups' lists them.")
        }
        guard let id = Int(word.text) else {
            throw .usage(
                "'\(word.text)' is not a group id: give the number 'groups' shows, e.g. use 2.", column: word.column)
        }
        let known = try knownGroups()
        guard let group = known.first(where: { $0.id == id }) else {
            throw .failed("There is no group \(id): your groups are \(Self.groupIDs(known)).")
        }
        selectedGroupID = id
        output.note("Orders go into group \(id) (\(group.description)).")
        if !group.isBuilt {
            output.warning("group \(id) is not built yet: orders into it will fail until the carrier builds it.")
        }
    }

    var groupsTable: TextTable {
        TextTable(
            headers: ["ID", "DESCRIPTION", "BUILT", "SELECTED"],
            rows: groups.map { group in
                [
                    String(group.id), group.description, group.isBuilt ? "yes" : "no",
                    group.id == selectedGroupID ? "*" : "",
                ]
            },
            rightAligned: [0]
        )
    }

    static func groupIDs(_ groups: [ResourceGroup]) -> String {
        groups.isEmpty ? "none" : groups.map { String($0.id) }.joined(separator: ", ")
    }

    /// Prints a table in the session's format: aligned columns, or CSV with the API's field names.
    ///
    /// The two may differ: people read headings, spreadsheets and scripts read the API's names.
    func print(_ table: TextTable, csv: TextTable? = nil) {
        let lines = output.format == .csv ? (csv ?? table).csvLines() : table.alignedLines()
        for line in lines { output.line(line) }
    }
}
