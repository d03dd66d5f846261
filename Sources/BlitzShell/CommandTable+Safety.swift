/// Commands that keep changes safe and visible: the journal, undo, traces.
extension CommandTable {
    static let safety: [CommandSpec] = []
}
