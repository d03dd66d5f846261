import Foundation

/// `source FILE`: runs another script as if its lines stood here.
extension Session {
    /// How many scripts may be open at once through `source`, the outermost one included.
    static let includeDepthLimit = 64

    func source(_ invocation: Invocation) throws(ShellError) {
        guard invocation.arguments.count == 1, let word = invocation.arguments.first, !word.text.isEmpty else {
            throw .usage("'source' takes one script file, e.g. source common.blitz.")
        }
        guard script.openFiles.count < Self.includeDepthLimit else {
            // Each level runs on the stack; a runaway chain would overflow it and crash.
            throw .usage(
                "'\(word.text)' would be included \(script.openFiles.count + 1) scripts deep;"
                    + " includes may nest at most \(Self.includeDepthLimit) deep.",
                column: word.column
            )
        }
        // A path from a stand-in value may name another file than the run will: left to the run,
        // which checks the file when it reads it.
        if script.isCheckingBeforeRun, !word.isKnownBeforeRun {
            script.mayHaveListed = ["results", "groups", "assigned"]
            return
        }
        let url = script.url(for: word.text)
        let included: ScriptSource
        do {
            included = try ScriptSource.file(url.path, relativeTo: script.directory)
        } catch {
            // Whatever the file would have fetched, the check cannot know.
            script.mayHaveListed = ["results", "groups", "assigned"]
            throw .usage(
                "Cannot read '\(word.text)': no such readable file;"
                    + " a path is relative to the script that includes it.",
                column: word.column
            )
        }
        if let resolved = included.url, script.openFiles.contains(resolved) {
            let chain = (script.openFiles + [resolved]).map(\.lastPathComponent).joined(separator: " -> ")
            throw .usage(
                "'\(word.text)' is already being run (\(chain)); a script cannot include itself.",
                column: word.column
            )
        }
        let named = included.named(ScriptSource.displayPath(word.text, in: script.displayDirectory))
        if !script.isChecking { try refuseProblems(in: named, at: word) }
        try ScriptRunner(session: self).runLines(of: named)
    }

    /// Checks an included file when it is read, as a script is checked before it runs, in the
    /// state the session is in here: the group chosen, the variables set, the results fetched.
    ///
    /// One named through a value only the run knows could not be checked before the run. Problems that do not
    /// depend on the run refuse all of it.
    private func refuseProblems(in included: ScriptSource, at word: Word) throws(ShellError) {
        let problems = ScriptChecker.problems(in: included, includedBy: self)
        guard !problems.isEmpty else { return }
        for problem in problems {
            ScriptRunner.report(problem, to: output)
        }
        throw .usage(
            "'\(word.text)' was not run: fix the \(problems.count == 1 ? "problem" : "problems") above first.",
            column: word.column)
    }
}

extension ScriptSource {
    /// The same source, reported under `path`; what it includes is named from that path's folder.
    func named(_ path: String) -> ScriptSource {
        var copy = self
        copy.name = path
        copy.displayDirectory = (path as NSString).deletingLastPathComponent
        return copy
    }

    /// How an include written `path` in a script shown from `directory` is named in messages.
    ///
    /// Names are relative to the outermost script's folder, so `c.blitz` sourced by
    /// `n/b.blitz` is `n/c.blitz`. An absolute path or one from `~` stays as written.
    static func displayPath(_ path: String, in directory: String) -> String {
        guard !path.hasPrefix("/"), !path.hasPrefix("~"), !directory.isEmpty else { return path }
        var parts: [Substring] = []
        for part in (directory + "/" + path).split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return directory.hasPrefix("/") ? "/" + joined : joined
    }
}
