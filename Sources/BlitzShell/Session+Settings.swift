/// The settings `set` and `on-error` change, and how `set` alone lists them with the variables.
extension Session {
    /// Applies one setting's value, or throws saying which values it takes.
    static func apply(
        setting name: String,
        value word: Word,
        to settings: inout SessionSettings,
        stopsOnError: inout Bool
    ) throws(ShellError) {
        let value = word.text.lowercased()
        switch name {
        case "dry-run":
            guard let on = switchValue(value) else {
                throw .usage("dry-run is on or off; '\(word.text)' is neither.", column: word.column)
            }
            settings.dryRun = on
        case "max-order":
            guard let limit = Int(value), limit > 0 else {
                throw .usage(
                    "max-order is a whole number above 0, e.g. set max-order=10; '\(word.text)' is not.",
                    column: word.column)
            }
            settings.maxOrder = limit
        default:
            guard value == "stop" || value == "continue" else {
                throw .usage("on-error is stop or continue; '\(word.text)' is neither.", column: word.column)
            }
            stopsOnError = value == "stop"
        }
    }

    static func example(for setting: String) -> String {
        switch setting {
        case "dry-run": "on"
        case "max-order": "10"
        default: "continue"
        }
    }

    private static func switchValue(_ text: String) -> Bool? {
        switch text {
        case "on", "true", "yes", "1": true
        case "off", "false", "no", "0": false
        default: nil
        }
    }

    /// The variables (secrets redacted) and the settings, as `set` alone prints them.
    func listVariables() {
        let variableRows = variables.values.keys.sorted().map { name in
            [name, Variables.isSecret(name) ? Redaction.marker : variables[name] ?? "", "variable"]
        }
        let settingRows = [
            ["dry-run", settings.dryRun ? "on" : "off", "setting"],
            ["max-order", String(settings.maxOrder), "setting"],
            ["on-error", script.stopsOnError ? "stop" : "continue", "setting"],
        ]
        if output.format == .json {
            output.json(VariableListing(variables: variableRows, settings: settingRows))
            return
        }
        print(
            TextTable(headers: ["NAME", "VALUE", "KIND"], rows: variableRows + settingRows),
            csv: TextTable(headers: ["name", "value", "kind"], rows: variableRows + settingRows)
        )
    }
}

/// What `set` alone prints in JSON: two objects of names to values.
private struct VariableListing: Encodable {
    var variables: [String: String]
    var settings: [String: String]

    init(variables: [[String]], settings: [[String]]) {
        self.variables = Dictionary(uniqueKeysWithValues: variables.map { ($0[0], $0[1]) })
        self.settings = Dictionary(uniqueKeysWithValues: settings.map { ($0[0], $0[1]) })
    }
}
