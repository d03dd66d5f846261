import Testing

@testable import BlitzShell

struct CompletionEditTests {
    /// Each case: the text before the cursor, the completer's candidates, and the edit.
    @Test(arguments: [
        ("sea", ["search"], CompletionEdit(insertion: "rch ")),
        ("search sta", ["state="], CompletionEdit(insertion: "te=")),
        ("search state=F", ["state=FL"], CompletionEdit(insertion: "L ")),
        ("search state=fl", ["state=FL"], CompletionEdit(deleteCount: 8, insertion: "state=FL ")),
        ("order 1,3 gr", ["group="], CompletionEdit(insertion: "oup=")),
        ("ping; sta", ["status", "state"], CompletionEdit(insertion: "t", listing: ["status", "state"])),
        ("s", ["search", "set", "status"], CompletionEdit(insertion: "", listing: ["search", "set", "status"])),
        ("search state=", ["state=FL", "state=GA"], CompletionEdit(listing: ["FL", "GA"])),
        ("", ["ping", "quit"], CompletionEdit(listing: ["ping", "quit"])),
        ("xyz", [], CompletionEdit(isBeep: true)),
        ("search ratecenter=\"ST P", ["ratecenter=\"ST PETERSBURG\""], CompletionEdit(insertion: "ETERSBURG\" ")),
        ("echo caf", ["café", "café"], CompletionEdit(insertion: "é ")),
    ])
    func plansTheEdit(line: String, candidates: [String], expected: CompletionEdit) {
        #expect(CompletionEdit.plan(lineBeforeCursor: line, candidates: candidates) == expected)
    }

    /// Each case: the text before the cursor and the word being completed.
    @Test(arguments: [
        ("", ""), ("sea", "sea"), ("search ", ""), ("search sta", "sta"), ("a;b", "b"), ("a \"b c", "\"b c"),
        ("x='a b' y", "y"), ("x\ty", "y"),
    ])
    func findsTheWordBeforeTheCursor(line: String, expected: String) {
        #expect(CompletionEdit.currentWord(in: line) == expected)
    }

    @Test(arguments: [
        (["state", "status"], "stat"), (["a"], "a"), ([], ""), (["abc", "xyz"], ""), (["café", "cafés"], "café"),
    ])
    func findsTheCommonPrefix(words: [String], expected: String) {
        #expect(CompletionEdit.commonPrefix(of: words) == expected)
    }

    @Test func laysCandidatesOutInColumns() {
        let names = ["search", "set", "status", "state", "return"]
        #expect(CompletionEdit.columns(names, width: 30) == "search  set     status\nstate   return")
        #expect(CompletionEdit.columns(names, width: 5) == names.joined(separator: "\n"))
    }
}
