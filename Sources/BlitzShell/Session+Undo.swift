/// `undo`: return what this session ordered, through the same guarded path as `return`.
extension Session {
    func undo(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        guard !script.isChecking else { return }
        guard let journal else {
            throw .failed("There is no journal in this session, so there is nothing 'undo' can know about.")
        }
        let ordered: [String]
        do {
            ordered = try journal.orderedNumbers()
        } catch {
            throw .failed("The journal at \(journal.path) cannot be read, so nothing was returned: \(error)")
        }
        guard !ordered.isEmpty else {
            output.note("Nothing to undo: this session has not ordered any number it still holds.")
            return
        }

        // Someone may have returned a number since, outside this session: return only what is held.
        let held = Set(try call { try await $0.assigned() }.map(\.number))
        let gone = ordered.filter { !held.contains($0) }
        if !gone.isEmpty {
            output.note("No longer held, so not returned: \(gone.joined(separator: ", ")).")
        }
        let numbers = ordered.filter { held.contains($0) }
        guard !numbers.isEmpty else { return }

        output.note("Undo: returning the \(Self.count(numbers.count)) this session ordered.")
        let words = numbers.map { Word($0, column: invocation.name.column) }
        try returnNumbers(Invocation(name: invocation.name, arguments: words))
    }
}
