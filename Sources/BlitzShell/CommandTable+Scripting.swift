/// Commands for scripts: variables, checks, includes, recording and local work on results.
extension CommandTable {
    static let scripting: [CommandSpec] = []
}
