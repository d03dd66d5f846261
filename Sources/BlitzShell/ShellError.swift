import BlitzAPI

/// Why a shell command failed: a message for the user and the exit status it leads to.
package struct ShellError: Error, Equatable, CustomStringConvertible {
    /// The kinds of failure, each with its exit status.
    package enum Kind: Int32, Sendable {
        /// A command did not do what was asked (exit 1).
        case failed = 1
        /// The command line or script was not understood (exit 2).
        case usage = 2
        /// The API could not be reached or signed in to (exit 3).
        case connection = 3
    }

    package var kind: Kind
    package var message: String
    /// The column of the word the message is about, when known (1-based).
    package var column: Int?
    /// The API's own message, when the failure came from the API.
    package var apiMessage: String?
    /// The HTTP status, when the failure came from an API reply.
    package var status: Int?
    /// Where in a script the failing command was, once the script runner knows.
    package var location: ScriptLocation?
    /// Why a script must stop here in a way other than a plain failure, if it must.
    package var stop: Stop?
    /// For a problem `blitz check` found: whether the run could turn out differently.
    ///
    /// It does when the words the problem is about have variables, whose values only the run
    /// knows, or when it is about what the run fetches; nil is not yet decided. A script is
    /// refused before it runs only for problems that do not depend on it.
    package var dependsOnRunTime: Bool?

    /// Failures that end a script differently from a command that did not work.
    package enum Stop: Equatable, Sendable {
        /// An `expect` did not hold: the script stops even under `on-error continue`, since an
        /// expectation is an assertion the rest of the script relies on.
        case expectation
        /// SIGINT, SIGTERM or SIGHUP arrived: the script stops and exits 128 + the signal.
        case signal(Int32)
        /// `blitz check` reached the point where the command would send a request: it is valid.
        case checkedOnly
    }

    package init(_ kind: Kind, _ message: String, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.column = column
    }

    package static func usage(_ message: String, column: Int? = nil) -> ShellError {
        ShellError(.usage, message, column: column)
    }

    package static func failed(_ message: String) -> ShellError {
        ShellError(.failed, message)
    }

    package init(_ error: APIError) {
        self.init(error.isConnectionFailure ? .connection : .failed, error.message)
        apiMessage = error.apiMessage
        status = error.status
    }

    package var description: String { message }

    /// The exit status this failure ends a run with: 128 + the signal for an interruption.
    package var exitStatus: Int32 {
        if case .signal(let signal) = stop { return 128 + signal }
        return kind.rawValue
    }
}
