import BlitzAPI
import Foundation

/// The state a shell keeps between commands: the client, who is signed in, the last search
/// results, the selected group and the user's settings.
package final class Session {
    package let client: BlitzClient
    package let target: Target
    package let output: Output
    /// Whether a person is at a terminal: confirmations are asked, errors do not stop the loop.
    package let isInteractive: Bool

    package var username: String?
    /// The password of the embedded sandbox, which the shell knows because it started it.
    package var sandboxPassword: String?
    package var groups: [ResourceGroup] = []
    package var selectedGroupID: Int?

    /// The numbers the last search returned, numbered from 1 for `order`.
    package var lastResults: [AvailableNumber] = []
    /// How many results there were before a `results` filter left none, so an empty view is
    /// not taken for a search that never ran; nil once a search fills the results again.
    package var resultsFilteredFrom: Int?
    /// Numbers of the last results ordered since, which `order` refuses to send again.
    package var orderedFromResults: Set<String> = []

    /// Which of `results`, `groups` and `assigned` this session has fetched since signing in,
    /// so `${groups[1].id}` before any `groups` says to run it rather than that there are none.
    package var listedCollections: Set<String> = []

    /// What `assigned` listed last, for `${assigned.count}`.
    package var lastAssigned: [AssignedNumber] = []
    /// The user's variables.
    package var variables = Variables()

    /// The message of the last failed command (the API's own, when it gave one); empty after a success.
    package var lastError = ""
    /// The HTTP status of the last reply.
    package var lastStatus: Int?

    /// Dry run, `--yes` and the order limit.
    package var settings = SessionSettings()
    /// What a dry run would have sent so far.
    package var dryRun = DryRunTally()
    /// Where every order and return is written before it is sent; nil only in tests of other things.
    package var journal: Journal?

    /// Asks a yes/no question; only ever called when ``isInteractive`` is true.
    package var confirm: (String) -> Bool = { _ in false }
    /// The lines of the persistent history, for `history`.
    package var historyLines: () -> [String] = { [] }
    /// Set by `quit`: the loop ends after the current command.
    package var quitRequested = false

    /// The script being run, `on-error`, `--echo` and `blitz check` (Session+Script*.swift).
    package var script = ScriptState()
    /// Where `record FILE` appends the commands that succeed, while it is on.
    package var recorder: Recorder?
    /// How the command now running should be recorded; handlers that know better set it.
    package var recording = Recording.asTyped
    // Safety (Session+Journal, Session+Undo, Session+Trace):
    /// Whether `trace on` is in effect.
    package var isTracing = false
    /// A password from the credentials file, used to sign in as its user.
    package var profilePassword: ProfilePassword?
    /// Why nobody is signed in, said when a command needs a token; nil while signed in.
    ///
    /// No password was at hand, the sign-in failed, or the user signed out.
    package var notSignedInReason: String?
    /// A profile that has a password but keeps it for another URL, for the message that says
    /// why no password was at hand.
    package var profileKeptFor: Profile?

    package init(client: BlitzClient, target: Target, output: Output, isInteractive: Bool) {
        self.client = client
        self.target = target
        self.output = output
        self.isInteractive = isInteractive
    }

    /// Calls the API and waits, turning its errors into shell errors and noting the status.
    package func call<T: Sendable>(
        _ operation: @escaping @Sendable (BlitzClient) async throws -> T
    ) throws(ShellError) -> T {
        if script.isChecking {
            var stop = ShellError.failed("blitz check sends nothing.")
            stop.stop = .checkedOnly
            throw stop
        }
        let client = self.client
        do {
            // A script lets Ctrl-C wait until the command is done; at the prompt it cancels.
            let value = try Blocking.run(cancelsOnInterrupt: isInteractive) { try await operation(client) }
            let status = try? Blocking.run(cancelsOnInterrupt: false) { await client.lastExchange?.status }
            lastStatus = status ?? lastStatus
            return value
        } catch let error as APIError {
            lastStatus = error.status
            if error.code == .notSignedIn, let notSignedInReason {
                throw ShellError(.connection, notSignedInReason)
            }
            throw ShellError(error)
        } catch is CancellationError {
            throw ShellError.failed("Interrupted.")
        } catch {
            throw ShellError.failed("The request failed: \(error.localizedDescription)")
        }
    }

    /// The selected group, if it is among the groups last listed.
    package var selectedGroup: ResourceGroup? {
        groups.first { $0.id == selectedGroupID }
    }

    /// The groups, listed from the API if this session has not seen them yet.
    package func knownGroups() throws(ShellError) -> [ResourceGroup] {
        if groups.isEmpty {
            groups = try call { try await $0.resourceGroups() }
            listedCollections.insert("groups")
        }
        return groups
    }
}
