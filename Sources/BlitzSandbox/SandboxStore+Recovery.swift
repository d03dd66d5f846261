import BlitzStorage
import CSQLite
import Foundation

extension SandboxStore {
    /// Moves a store file SQLite cannot read out of the way, with its WAL and shared-memory
    /// files, so the store is seeded afresh instead of failing on every start.
    ///
    /// Seeding runs without a journal for speed, so a process killed in the middle of a first
    /// seed can leave a file with no valid header. Nothing is deleted: the file keeps its bytes
    /// under a new name, and `progress` says where.
    static func setAsideIfUnreadable(_ path: String, progress: (@Sendable (String) -> Void)?) throws {
        guard FileManager.default.fileExists(atPath: path), let reason = unreadableReason(path) else { return }
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = "\(path).unreadable-\(stamp)"
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            } catch {
                throw SandboxError.storage("cannot move the unreadable '\(path + suffix)' aside: \(reason)")
            }
        }
        progress?("'\(path)' could not be read (\(reason)); it was moved to '\(aside)' and a new store is seeded.")
    }

    /// Why SQLite cannot use the file at `path` as a database, or nil when it can.
    private static func unreadableReason(_ path: String) -> String? {
        do {
            let database = try Database(path: path)
            _ = try database.prepare("SELECT count(*) FROM sqlite_master").rows { $0.integer(0) }
            return nil
        } catch let error as DatabaseError where [SQLITE_NOTADB, SQLITE_CORRUPT].contains(error.code) {
            return "not a SQLite database, or a damaged one"
        } catch {
            // Locked, unreadable by permissions and the like: let the normal open report it.
            return nil
        }
    }
}
