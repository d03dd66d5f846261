/// Why a script file could not be read.
package enum LineReaderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened; `reason` is the system's explanation.
    case cannotOpen(path: String, reason: String)

    /// One sentence for the user.
    package var message: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot read '\(path)': \(reason)"
        }
    }

    package var description: String {
        message
    }
}
