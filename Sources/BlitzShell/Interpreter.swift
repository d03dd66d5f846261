/// Runs lines of commands against a session: lexing, interpolation, dispatch through the
/// ``CommandTable``, and keeping `${error}` up to date.
package final class Interpreter {
    package let session: Session

    package init(session: Session) {
        self.session = session
    }

    /// Runs every command on `line`, stopping at the first that fails.
    package func execute(line: String) throws(ShellError) {
        let commands: [CommandTokens]
        do {
            commands = try Lexer.commands(in: line)
        } catch {
            throw .usage(error.message, column: error.column)
        }
        for tokens in commands {
            do {
                try execute(tokens)
            } catch  where error.stop == .checkedOnly {
                // blitz check stopped this command short of sending; the next one still gets checked.
                continue
            }
            if session.quitRequested { return }
        }
    }

    private func execute(_ tokens: CommandTokens) throws(ShellError) {
        let words = try resolve(tokens)
        guard let name = words.first else { return }
        guard let command = CommandTable.command(named: name.text) else {
            throw .usage(Session.unknownCommandMessage(name.text), column: name.column)
        }
        let invocation = Invocation(name: name, arguments: Array(words.dropFirst()))
        if session.script.echo {
            session.output.line(session.displayLine(invocation))
        }
        session.recording = .asTyped
        do {
            try command.run(session, invocation)
            session.lastError = ""
        } catch {
            session.lastError = error.apiMessage ?? error.message
            throw error.column == nil ? error.at(column: name.column) : error
        }
        session.recordSuccess(of: invocation)
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
                words.append(Word(text, column: token.column, written: token.isPlain ? nil : token.literalText))
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
}
