import Foundation

/// The file `record FILE` appends each command that succeeded to, as a script that replays.
package final class Recorder {
    /// The file as the user named it, for messages.
    package let path: String
    private let handle: FileHandle

    /// Opens `url` for appending, creating it when it does not exist.
    package init(url: URL, path: String) throws(ShellError) {
        let manager = FileManager.default
        if !manager.fileExists(atPath: url.path) {
            guard manager.createFile(atPath: url.path, contents: nil) else {
                throw .failed("Cannot create '\(path)' to record into; choose a file in a writable directory.")
            }
        }
        guard let handle = try? FileHandle(forWritingTo: url) else {
            throw .failed("Cannot write to '\(path)'; choose a file you may write.")
        }
        self.path = path
        self.handle = handle
        _ = try? handle.seekToEnd()
    }

    deinit {
        try? handle.close()
    }

    /// Appends one line; a failure to write is returned rather than thrown, since the command
    /// itself has already succeeded.
    package func append(_ line: String) -> String? {
        do {
            try handle.write(contentsOf: Data((line + "\n").utf8))
            return nil
        } catch {
            return "Could not record into '\(path)': \(error.localizedDescription)"
        }
    }
}
