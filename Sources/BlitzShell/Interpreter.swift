/// Runs lines of commands against a session: lexing, interpolation, dispatch through the
/// ``CommandTable``, and keeping `${error}` up to date.
package final class Interpreter {
    package let session: Session

    package init(session: Session) {
        self.session = session
    }

    /// Runs every command on `line`, stopping at the first that fails.
    package func execute(line: String) throws(ShellError) {
        for tokens in try Self.commands(in: line) {
            do {
                try execute(tokens)
            } catch  where error.stop == .checkedOnly {
                // blitz check stopped this command short of sending; the next one still gets checked.
                continue
            }
            if session.quitRequested { return }
        }
    }

    /// The commands on `line`, or the usage error saying why it cannot be split into commands.
    static func commands(in line: String) throws(ShellError) -> [CommandTokens] {
        do {
            return try Lexer.commands(in: line)
        } catch {
            var failure = ShellError.usage(error.message, column: error.column)
            failure.dependsOnRunTime = false
            throw failure
        }
    }

    /// Runs one command; whatever makes it fail, `${error}` holds that failure's message after.
    ///
    /// Under `blitz check` a failure says whether it depends on the run: one about a word with
    /// variables might not happen with the values the run gives them, while one about a word
    /// written out happens whatever they are.
    func execute(_ tokens: CommandTokens) throws(ShellError) {
        do {
            try run(tokens)
            session.lastError = ""
        } catch {
            session.lastError = error.apiMessage ?? error.message
            guard session.script.isChecking, error.dependsOnRunTime == nil else { throw error }
            var checked = error
            checked.dependsOnRunTime = Self.dependsOnRunTime(error, in: tokens)
            throw checked
        }
    }

    /// The collections a command fills, which `${NAME[N].FIELD}` reads.
    static func collectionsFetched(by command: String) -> Set<String> {
        switch command {
        case "search": ["results"]
        case "groups", "use", "order": ["groups"]
        case "assigned", "return", "undo": ["assigned"]
        default: []
        }
    }

    /// Whether the words behind `error` have variables: the word at its column, or, for an
    /// error about the command as a whole (at its name or nowhere), any word of it.
    ///
    /// A word's column never lies past its own text, so the last word starting at or before
    /// the error's column is the one the error is about.
    private static func dependsOnRunTime(_ error: ShellError, in tokens: CommandTokens) -> Bool {
        let wholeCommand = !tokens.tokens.allSatisfy(\.isPlain)
        guard let column = error.column, column > tokens.name.column else { return wholeCommand }
        guard let word = tokens.arguments.last(where: { $0.column <= column }) else { return wholeCommand }
        return !word.isPlain
    }

    private func run(_ tokens: CommandTokens) throws(ShellError) {
        if tokens.name.isPlain, CommandTable.command(named: tokens.name.literalText) == nil {
            var error = ShellError.usage(Session.unknownCommandMessage(tokens.name.literalText), column: tokens.column)
            error.dependsOnRunTime = false
            throw error
        }
        let words = try resolve(tokens)
        guard let name = words.first else { return }
        guard let command = CommandTable.command(named: name.text) else {
            throw .usage(Session.unknownCommandMessage(name.text), column: name.column)
        }
        let invocation = Invocation(name: name, arguments: Array(words.dropFirst()))
        if session.script.isChecking {
            session.script.mayHaveListed.formUnion(Self.collectionsFetched(by: command.name))
        }
        if session.script.echo {
            session.output.line(session.displayLine(invocation))
        }
        session.recording = .asTyped
        do {
            try command.run(session, invocation)
        } catch {
            throw error.column == nil ? error.at(column: name.column) : error
        }
        session.recordSuccess(of: invocation)
    }

    /// Whether a check knows the value the run will give `reference`: a variable set from
    /// `-v` or from values known so, never a value only a reply gives (`${results[1].number}`,
    /// `${error}`), for which a check has a stand-in.
    private func isKnownBeforeRun(_ reference: VariableReference) -> Bool {
        session.variables[reference.raw] != nil && !session.script.setAtRunTime.contains(reference.raw)
    }

    /// The command's words with variables replaced by their values.
    private func resolve(_ tokens: CommandTokens) throws(ShellError) -> [Word] {
        var words: [Word] = []
        for token in tokens.tokens {
            do {
                let text = try token.resolved { reference throws(ShellError) in
                    do throws(ShellError) {
                        return try session.value(of: reference.raw)
                    } catch {
                        throw error.column == nil ? error.at(column: reference.column) : error
                    }
                }
                var word = Word(text, column: token.column, written: token.isPlain ? nil : token.literalText)
                word.isKnownBeforeRun = token.variables.allSatisfy(isKnownBeforeRun)
                words.append(word)
            } catch let error as ShellError {
                throw error.column == nil ? error.at(column: token.column) : error
            } catch {
                throw .usage("\(error)", column: token.column)
            }
        }
        return words
    }
}

extension ShellError {
    /// The same error, pointing at `column`.
    func at(column: Int) -> ShellError {
        var error = self
        error.column = column
        return error
    }

    /// The same error about all of `words` read together (a selection, a number over several
    /// words): it depends on the run when any of them has variables, not only the one it
    /// points at.
    func about(_ words: [Word]) -> ShellError {
        guard dependsOnRunTime == nil else { return self }
        var error = self
        error.dependsOnRunTime = words.contains { $0.written != nil }
        return error
    }
}
