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
        switch format {
        case .csv: return ([header] + rows).map { $0.map(Self.csvField).joined(separator: ",") + "\n" }.joined()
        case .tsv: return ([header] + rows).map { $0.map(Self.tsvField).joined(separator: "\t") + "\n" }.joined()
        }
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tsvField(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}

/// The formats of `--format` for the commands that print tables.
enum TableFormat: String, CaseIterable {
    case csv, tsv
}
