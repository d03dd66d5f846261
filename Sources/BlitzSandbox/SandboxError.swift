/// Why a sandbox could not be opened, seeded or started.
package enum SandboxError: Error, CustomStringConvertible, Equatable {
    /// The database could not be opened, read or seeded.
    case storage(String)
    /// The HTTP listener could not be started.
    case listener(String)

    package var description: String {
        switch self {
        case .storage(let message): "Sandbox storage failed: \(message)."
        case .listener(let message): "Sandbox could not listen: \(message)."
        }
    }
}
