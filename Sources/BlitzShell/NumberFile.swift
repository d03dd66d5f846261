import Foundation

/// The numbers in a file for `order --from` and `return --from`: one a line, CSV with a
/// `number` column (such as `export FILE.csv` writes), or a JSON array of objects with a
/// `number` field (such as `export FILE.json` writes).
///
/// Blank lines and lines starting with `#` are skipped; a number given twice counts once.
package enum NumberFile {
    /// Reads the file at `url`; `path` is how the user named it, for messages.
    package static func read(_ url: URL, path: String) throws(ShellError) -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .usage(
                "Cannot read '\(path)': no such readable file; give a file of numbers (relative to the script).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("'\(path)' is not UTF-8 text; give one number a line, or CSV with a number column.")
        }
        return try parse(text, path: path)
    }

    /// The ten-digit numbers in `text`, in the order they appear.
    package static func parse(_ text: String, path: String) throws(ShellError) -> [String] {
        if text.trimmingWhitespace.hasPrefix("[") {
            return try parseJSON(text, path: path)
        }
        let lines = ScriptSource(text: text, name: path, directory: URL(fileURLWithPath: "/")).lines
        let rows = lines.enumerated().filter { _, line in
            let trimmed = line.trimmingWhitespace
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        guard let header = rows.first else {
            throw .usage("'\(path)' holds no numbers; write one number a line, or CSV with a number column.")
        }
        let fields = csvFields(header.element).map { $0.lowercased() }
        let column = fields.firstIndex(of: "number")
        if column == nil, fields.count > 1 {
            throw .usage(
                "\(path):\(header.offset + 1): the CSV has no 'number' column; name the column of numbers 'number'.")
        }
        var numbers: [String] = []
        for (offset, line) in column == nil ? rows : Array(rows.dropFirst()) {
            let cells = csvFields(line)
            let cell = cells.indices.contains(column ?? 0) ? cells[column ?? 0] : ""
            let number = try phoneNumber(cell, place: "\(path):\(offset + 1)")
            if !numbers.contains(number) { numbers.append(number) }
        }
        return numbers
    }

    /// The numbers of a JSON array of objects, each with a `number` string.
    private static func parseJSON(_ text: String, path: String) throws(ShellError) -> [String] {
        let shape = "a JSON array of objects with a number field, as export FILE.json writes"
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
            throw .usage("'\(path)' is not valid JSON; give \(shape).")
        }
        guard !array.isEmpty else {
            throw .usage("'\(path)' holds no numbers; give \(shape).")
        }
        var numbers: [String] = []
        for (offset, element) in array.enumerated() {
            guard let cell = (element as? [String: Any])?["number"] as? String else {
                throw .usage("\(path): item \(offset + 1) has no \"number\" string; give \(shape).")
            }
            let number = try phoneNumber(cell, place: "\(path): item \(offset + 1)")
            if !numbers.contains(number) { numbers.append(number) }
        }
        return numbers
    }

    private static func phoneNumber(_ text: String, place: String) throws(ShellError) -> String {
        do {
            return try PhoneNumber(parsing: text).digits
        } catch {
            throw .usage("\(place): \(error.message)")
        }
    }

    /// The fields of one CSV line, with RFC 4180 quotes removed (`""` inside quotes is `"`).
    static func csvFields(_ line: String) -> [String] {
        let characters = Array(line)
        var fields: [String] = []
        var field = ""
        var isQuoted = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if isQuoted, character == "\"" {
                let isEscape = index < characters.count && characters[index] == "\""
                if isEscape { field.append("\"") }
                index += isEscape ? 1 : 0
                isQuoted = isEscape
            } else if !isQuoted, character == "\"" {
                isQuoted = true
            } else if !isQuoted, character == "," {
                fields.append(field.trimmingWhitespace)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field.trimmingWhitespace)
        return fields
    }
}
