/// Rows for a spreadsheet or a script: `--format csv` (RFC 4180 quoting: a field with a comma, a quote or
/// a line break in double quotes, quotes doubled) or `--format tsv` (tab-separated, a tab or line break
/// inside a field turned into a space). Both start with a header row, and end lines with LF, as the
/// console writes no bare carriage return to a terminal.
struct DelimitedTable {
    var header: [String]
    var rows: [[String]] = []

    init(header: [String]) { self.header = header }

    mutating func add(_ row: [String]) { rows.append(row) }

    func text(_ format: TableFormat) -> String {
        ([header] + rows).map { Self.line($0, format) }.joined()
    }

    /// One row as `text` writes it, with its line feed: for a table written a few rows at a time.
    static func line(_ row: [String], _ format: TableFormat) -> String {
        switch format {
        case .csv: return row.map(csvField).joined(separator: ",") + "\n"
        case .tsv: return row.map(tsvField).joined(separator: "\t") + "\n"
        }
    }

    static func csvField(_ value: String) -> String {
        // Without one of these bytes no Character of the field can be one of them: most fields, known
        // without breaking graphemes.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }),
            value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tsvField(_ value: String) -> String {
        // A tab or a line break starts with one of these bytes (NEL is C2 85; the line and paragraph
        // separators E2 80 A8 and A9): without any, the field is as it is.
        guard value.utf8.contains(where: { ($0 >= 0x09 && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }) else { return value }
        return String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}

/// The formats of `--format` for the commands that print tables.
enum TableFormat: String, CaseIterable {
    case csv, tsv
}
