/// `set`, `unset` and `on-error`: the user's variables and the settings that shape a run.
extension Session {
    /// Names `${...}` gives the session's own values under, which a variable must not hide.
    static let sessionValueNames: Set<String> = ["group", "error", "status", "user", "results", "groups", "assigned"]

    /// The settings `set` reaches, in the order `set` lists them.
    static let settingNames = ["dry-run", "max-order", "on-error"]

    func setVariables(_ invocation: Invocation) throws(ShellError) {
        guard let first = invocation.arguments.first else {
            listVariables()
            return
        }
        if !first.text.contains("=") {
            try setSetting(invocation)
            return
        }
        var assignments: [(name: String, value: String)] = []
        for word in invocation.arguments {
            assignments.append(try Self.assignment(word))
        }
        var applied = self.settings
        var stops = script.stopsOnError
        for (offset, assignment) in assignments.enumerated() where Self.settingNames.contains(assignment.name) {
            let word = invocation.arguments[offset]
            let valueWord = Word(assignment.value, column: word.valueColumn(key: assignment.name))
            try Self.apply(setting: assignment.name, value: valueWord, to: &applied, stopsOnError: &stops)
        }
        settings = applied
        script.stopsOnError = stops
        for (offset, assignment) in assignments.enumerated() where !Self.settingNames.contains(assignment.name) {
            variables[assignment.name] = assignment.value
            if !script.isChecking || invocation.arguments[offset].isKnownBeforeRun {
                script.setAtRunTime.remove(assignment.name)
            } else {
                script.setAtRunTime.insert(assignment.name)
            }
        }
        if let secret = assignments.first(where: { Variables.isSecret($0.name) }) {
            recording = .skipped(
                comment: "set \(secret.name)=... is not recorded: it holds a secret; pass it with -v when replaying.")
        }
    }

    /// `set dry-run on`: a setting and its value as two words.
    private func setSetting(_ invocation: Invocation) throws(ShellError) {
        let words = invocation.arguments
        let name = words[0].text.lowercased()
        guard Self.settingNames.contains(name) else {
            throw .usage(
                "'\(words[0].text)' is not an assignment: write set NAME=VALUE (quote values with spaces),"
                    + " or set a setting such as set dry-run on.",
                column: words[0].column
            )
        }
        guard words.count == 2 else {
            throw .usage("'set \(name)' takes one value, e.g. set \(name) \(Self.example(for: name)).")
        }
        var stops = script.stopsOnError
        try Self.apply(setting: name, value: words[1], to: &settings, stopsOnError: &stops)
        script.stopsOnError = stops
    }

    func unsetVariables(_ invocation: Invocation) throws(ShellError) {
        guard !invocation.arguments.isEmpty else {
            throw .usage("'unset' needs the names of the variables to forget, e.g. unset tn.")
        }
        for word in invocation.arguments where !Variables.isValidName(word.text) {
            throw .usage("'\(word.text)' is not a variable name; write unset NAME, e.g. unset tn.", column: word.column)
        }
        for word in invocation.arguments {
            variables[word.text] = nil
        }
    }

    func setOnError(_ invocation: Invocation) throws(ShellError) {
        guard invocation.arguments.count == 1, let word = invocation.arguments.first else {
            throw .usage("'on-error' takes stop or continue, e.g. on-error continue.")
        }
        var stops = script.stopsOnError
        try Self.apply(setting: "on-error", value: word, to: &settings, stopsOnError: &stops)
        script.stopsOnError = stops
    }

    /// Splits `NAME=VALUE`, refusing names `$NAME` could not reach and the session's own names.
    private static func assignment(_ word: Word) throws(ShellError) -> (name: String, value: String) {
        guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex else {
            throw .usage(
                "'\(word.text)' is not an assignment: write NAME=VALUE, quoting values with spaces"
                    + " (set greeting=\"hello there\").",
                column: word.column
            )
        }
        let name = String(word.text[..<equals])
        let value = String(word.text[word.text.index(after: equals)...])
        if settingNames.contains(name.lowercased()) { return (name.lowercased(), value) }
        guard Variables.isValidName(name) else {
            throw .usage(
                "'\(name)' is not a variable name: use letters, digits and '_', starting with a letter.",
                column: word.column
            )
        }
        guard !sessionValueNames.contains(name) else {
            throw .usage(
                "'\(name)' names one of the session's own values (${\(name)}); choose another name.",
                column: word.column
            )
        }
        return (name, value)
    }
}
