import BlitzStorage
import Foundation
import Synchronization

/// An append-only SQLite record of every order and return blitz sends.
///
/// Before a RequestNumbers or ReturnNumbers request goes out, the command records its
/// intent (``recordIntent(action:target:user:groupID:prefix:numbers:)``): every number
/// starts `pending`. When the reply arrives (or reconciliation through Assigned settles
/// it), ``recordOutcome(entry:outcomes:)`` appends the outcome of each number. A crash in
/// between leaves the numbers pending, and any later session reads them as
/// ``JournalOutcome/noOutcome``: never silence.
///
/// Nothing is ever updated or deleted, which triggers in the file enforce. Outcomes are
/// appended rows rather than updates, so the file keeps the whole story of a lost reply
/// (say `unknown`, then `confirmed_ordered` once Assigned was asked), and a number's
/// outcome is its latest row. Nothing is written on open: a pending entry of another
/// session might belong to a blitz still running, and only that process may settle it.
///
/// The journal holds no secrets: it has no field for a password or token, and the target
/// URL is stored without any user or password in it.
///
/// Several processes may write one file at once: it runs in WAL mode, every write is one
/// `BEGIN IMMEDIATE` transaction, and a busy file is waited for (up to 5 seconds). Within a
/// process the connection is guarded by a lock, so a `Journal` can be shared freely.
package final class Journal: Sendable {
    /// The session this journal writes as: one per blitz process, so `undo` knows its own.
    package let session: String
    /// The file's path, or `:memory:`, for messages.
    package let path: String
    private let database: Mutex<Database>

    /// Opens the journal at `file`, creating it and its directory if needed.
    ///
    /// A new directory gets mode 0700 and a new file mode 0600.
    /// - Parameters:
    ///   - file: the journal file, usually ``StatePaths/journalFile``.
    ///   - session: this process's session id; a fresh UUID unless a test picks one.
    /// - Throws: ``JournalError`` when the file cannot be created or opened, or was written by
    ///   a newer blitz.
    package init(file: URL, session: String = UUID().uuidString) throws {
        path = file.path
        self.session = session
        do {
            try StatePaths.createPrivateDirectory(file.deletingLastPathComponent())
        } catch let error as StatePathsError {
            throw JournalError.cannotCreate(path: error.path, reason: error.reason)
        }
        try Self.createPrivateFile(at: path)
        database = Mutex(try Self.openDatabase(path: path))
    }

    private init(inMemorySession session: String) throws {
        path = ":memory:"
        self.session = session
        database = Mutex(try Self.openDatabase(path: path))
    }

    /// A journal that lives and dies with the process, for tests and `--no-journal` style runs.
    package static func inMemory(session: String = UUID().uuidString) throws -> Journal {
        try Journal(inMemorySession: session)
    }

    /// Runs `body` on the connection under the lock, turning SQLite errors into journal errors.
    func withDatabase<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.withLock { database in try body(database) }
        } catch let error as DatabaseError {
            throw JournalError.storage(path: path, message: error.description)
        }
    }

    private static func createPrivateFile(at path: String) throws {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return
        }
        guard errno == EEXIST else {
            throw JournalError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func openDatabase(path: String) throws -> Database {
        do {
            let database = try Database(path: path)
            try JournalSchema.prepare(database, path: path)
            return database
        } catch let error as DatabaseError {
            throw JournalError.storage(path: path, message: error.description)
        }
    }
}

/// Why the journal could not do what was asked.
package enum JournalError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The journal's directory or file could not be created.
    case cannotCreate(path: String, reason: String)
    /// SQLite failed: the file is unreadable, corrupt, or stayed locked too long.
    case storage(path: String, message: String)
    /// The file was written by a newer blitz whose layout this one does not know.
    case newerSchema(path: String, version: Int64)
    /// An intent with no numbers, or the same number twice.
    case invalidIntent(String)
    /// No entry has this id.
    case unknownEntry(Int64)
    /// The entry has no line for this number.
    case unknownNumber(entry: Int64, number: String)
    /// The outcome cannot be recorded for this entry's action, or at all.
    case outcomeDoesNotFit(entry: Int64, outcome: JournalOutcome, action: JournalAction)

    package var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create the journal '\(path)': \(reason)"
        case .storage(let path, let message):
            "cannot use the journal '\(path)': \(message)"
        case .newerSchema(let path, let version):
            "the journal '\(path)' has layout version \(version), written by a newer blitz; upgrade blitz"
        case .invalidIntent(let reason):
            "cannot journal this request: \(reason)"
        case .unknownEntry(let entry):
            "the journal has no entry \(entry)"
        case .unknownNumber(let entry, let number):
            "journal entry \(entry) does not include the number '\(number)'"
        case .outcomeDoesNotFit(let entry, let outcome, let action):
            "cannot record '\(outcome.words)' for journal entry \(entry), which is a \(action.rawValue)"
        }
    }
}
