import Foundation

/// Where a script's lines come from: a file, `-c` text, or standard input.
struct ScriptSource {
    /// The name errors are reported under: the file's path, `-c` or `<stdin>`.
    var name: String
    /// The directory `source` resolves relative paths against.
    let directory: URL
    /// The file, with symbolic links resolved, so an include cycle is seen whatever the path.
    var url: URL?
    /// Every line, read before the script starts so it can be checked before anything runs.
    let lines: [String]
    /// The folder of ``name`` for an include, which the includes it has are named from; empty
    /// for the outermost script, whose includes are named relative to its own folder.
    var displayDirectory = ""

    init(name: String, directory: URL, lines: [String]) {
        self.name = name
        self.directory = directory
        self.lines = lines
    }

    /// The source the options name: `-c`, a script file, or standard input.
    static func open(options: ShellOptions) throws(ShellError) -> ScriptSource {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let commands = options.commands {
            return ScriptSource(text: commands, name: "-c", directory: here)
        }
        if let path = options.scriptFile {
            return try file(path, relativeTo: here)
        }
        return ScriptSource(name: "<stdin>", directory: here, lines: try standardInputLines())
    }

    /// Standard input to its end; Ctrl-C while it is read stops before anything ran.
    private static func standardInputLines() throws(ShellError) -> [String] {
        let reader = PlainLineReader()
        var lines: [String] = []
        while true {
            switch reader.readLine(prompt: "") {
            case .line(let line): lines.append(line)
            case .endOfInput: return lines
            case .interrupted:
                var error = ShellError.failed("Interrupted while reading the script; nothing ran.")
                error.stop = .signal(SIGINT)
                throw error
            }
        }
    }

    /// A script file, read whole; a missing or unreadable file is a usage error.
    static func file(_ path: String, relativeTo directory: URL) throws(ShellError) -> ScriptSource {
        let url = URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .usage("Cannot read the script '\(path)': no such readable file.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("The script '\(path)' is not UTF-8 text.")
        }
        var source = ScriptSource(text: text, name: path, directory: url.deletingLastPathComponent())
        source.url = url.resolvingSymlinksInPath()
        return source
    }

    /// Lines of `text`, tolerating a byte-order mark, CRLF endings and no final newline.
    init(text: String, name: String, directory: URL) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // "\r\n" is one Character in Swift, so both endings are named.
        var lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.init(name: name, directory: directory, lines: lines)
    }
}
