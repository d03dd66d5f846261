/// A table of text with a header row, printed as aligned columns or as CSV.
package struct TextTable: Equatable {
    package var headers: [String]
    package var rows: [[String]]
    /// Columns aligned to the right, such as counts and indexes.
    package var rightAligned: Set<Int> = []

    package init(headers: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table as lines of aligned columns, two spaces apart, without trailing spaces.
    package func alignedLines() -> [String] {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return ([headers] + rows).map { row in
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(widths[column] - cell.count, 0))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            return Self.droppingTrailingSpaces(cells.joined(separator: "  "))
        }
    }

    /// The table as CSV lines (RFC 4180 quoting), header first.
    package func csvLines() -> [String] {
        ([headers] + rows).map { row in row.map(Self.csvField).joined(separator: ",") }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func droppingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
