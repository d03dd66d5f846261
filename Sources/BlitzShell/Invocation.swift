/// A word of a command after interpolation, with the column it started at.
package struct Word: Equatable, Sendable {
    package var text: String
    package var column: Int
    /// The word as written before interpolation (`${results.count}`), when it had variables.
    package var written: String?
    /// Under a check, whether every variable in the word has the value the run will give it;
    /// false when one holds a stand-in for what only the run knows.
    package var isKnownBeforeRun = true

    package init(_ text: String, column: Int, written: String? = nil) {
        self.text = text
        self.column = column
        self.written = written
    }

    /// The column of the value in this `KEY=VALUE` word, kept inside the word as written even
    /// when a variable made the key longer than it was written.
    package func valueColumn(key: some StringProtocol) -> Int {
        let writtenKey = (written ?? text).prefix { $0 != "=" }
        return column + (writtenKey.contains("$") ? writtenKey.count : key.count) + 1
    }
}

/// One command as typed: its name and the words after it.
package struct Invocation: Equatable {
    package var name: Word
    package var arguments: [Word]

    package init(name: Word, arguments: [Word]) {
        self.name = name
        self.arguments = arguments
    }

    /// Splits the arguments into `KEY=VALUE` options and the other words.
    ///
    /// A key that is not in `allowed` is refused, with the closest valid key suggested,
    /// before anything is sent.
    package func options(allowed: [String]) throws(ShellError) -> (options: [String: Word], others: [Word]) {
        var options: [String: Word] = [:]
        var given: [String: Word] = [:]
        var others: [Word] = []
        for word in arguments {
            guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex else {
                others.append(word)
                continue
            }
            let key = word.text[..<equals].lowercased()
            let value = String(word.text[word.text.index(after: equals)...])
            // A key written out, as in stat=$state, is the same whatever the run gives the value.
            let writtenKey = (word.written ?? word.text).prefix { $0 != "=" }
            guard allowed.contains(key) else {
                var error = ShellError.usage(unknownKeyMessage(key, allowed: allowed), column: word.column)
                if !writtenKey.contains("$") { error.dependsOnRunTime = false }
                throw error
            }
            if let earlier = given[key] {
                var error = ShellError.usage("'\(key)' is given twice; give each key once.", column: word.column)
                error.dependsOnRunTime = earlier.written != nil || word.written != nil
                throw error
            }
            given[key] = word
            options[key] = Word(value, column: word.valueColumn(key: key))
        }
        return (options, others)
    }

    /// A usage error about what the arguments as a whole lack (a group, a rule, a selection).
    ///
    /// It depends on the run only when a word's shape does: one whose key is a variable, or
    /// one with a variable and no `=` written, may turn into any `KEY=VALUE` or selection.
    /// `prefix=$p` stays a prefix whatever `$p` holds.
    package func missing(_ message: String) -> ShellError {
        var error = ShellError.usage(message, column: name.column)
        error.dependsOnRunTime = arguments.contains { word in
            word.written.map { $0.prefix { $0 != "=" }.contains("$") } ?? false
        }
        return error
    }

    /// Refuses any argument at all, for commands that take none.
    package func expectNoArguments() throws(ShellError) {
        if let extra = arguments.first {
            throw .usage("'\(name.text)' takes no arguments; remove '\(extra.text)'.", column: extra.column)
        }
    }

    private func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
        var message = "Unknown key '\(key)' for '\(name.text)'"
        if let suggestion = Suggestion.closest(to: key, in: allowed) {
            message += ": did you mean '\(suggestion)'?"
        } else {
            message += "."
        }
        return message + " Valid keys: \(allowed.joined(separator: ", "))."
    }
}
