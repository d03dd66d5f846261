import Foundation
import Testing

/// Tab completion and `~/.editrc` in the real `blitz` at a terminal, driven in tmux.
struct InteractiveEditingTests {
    /// Presses Tab after `text` and waits until the line reads `expected`.
    private func complete(_ text: String, to expected: String, in shell: InteractiveShell) throws {
        try shell.tmux.type(text)
        try shell.tmux.press("Tab")
        try shell.tmux.waitUntil("\"\(text)\" to complete to \"\(expected)\"") { screen in
            screen.hasSuffix("> " + expected.trimmingCharacters(in: .whitespaces))
        }
        try shell.tmux.press("C-u")
        try shell.tmux.waitUntil("the line cleared") { $0.hasSuffix(">") }
    }

    /// Presses Tab after `text` and waits for `listing` on the line below it.
    private func list(_ text: String, shows listing: String, in shell: InteractiveShell) throws {
        try shell.tmux.type(text)
        try shell.tmux.press("Tab")
        try shell.tmux.waitFor("\n" + listing)
        try shell.tmux.press("C-u")
        try shell.tmux.waitUntil("the line cleared") { $0.hasSuffix(">") }
    }

    @Test func completesCommandsKeysAndStateCodes() throws {
        let shell = try InteractiveShell()
        try shell.waitForPrompt()
        try complete("gro", to: "groups ", in: shell)
        try complete("search stat", to: "search state=", in: shell)
        try complete("search state=f", to: "search state=FL ", in: shell)
        try complete("ping; sea", to: "ping; search ", in: shell)
        try list("search state=N", shows: "NB  NC  ND  NE  NH  NJ  NL  NM  NS  NT  NU  NV  NY", in: shell)
    }

    @Test func completesGroupIdsBeforeGroupsWasTypedAndResultIndexes() throws {
        let shell = try InteractiveShell()
        try shell.waitForPrompt()
        try list("use ", shows: "2  3  4", in: shell)
        try complete("use 3", to: "use 3 ", in: shell)

        try shell.run("search state=FL qty=3")
        try list("order ", shows: "group=   prefix=  all      1        2        3", in: shell)
        try list("order 1,", shows: "1,1  1,2  1,3", in: shell)
        try complete("order 2 group=4", to: "order 2 group=4 ", in: shell)
    }

    @Test func followsViModeFromEditrc() throws {
        let home = try BlitzProcess()
        _ = try home.file(".editrc", "bind -v\n")
        let shell = try InteractiveShell(home: home)
        try shell.waitForPrompt()
        try shell.tmux.type("xyz ping")
        // Escape leaves insert mode; 0 goes to the start of the line and dw deletes "xyz ".
        try shell.tmux.press("Escape")
        try shell.tmux.type("0dw")
        try shell.tmux.waitUntil("the first word deleted") { $0.hasSuffix("trainee@sandbox> ping") }
        try shell.tmux.press("Enter")
        try shell.tmux.waitFor("Blitz customer API 2.7.1 (sandbox)")

        // Tab still completes in vi insert mode, bound after the user's editrc.
        try complete("gro", to: "groups ", in: shell)
    }
}
