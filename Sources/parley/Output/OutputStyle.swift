import ParleyUI

/// The colours of `--color`, after rg and bat: file names magenta, places (turn and paragraph) green,
/// hits bold red, labels and headings bold. Applied to text that is already sanitised, so the only
/// escape sequences written are these.
enum OutputStyle {
    static let path = "35"
    static let place = "32"
    static let hit = "1;31"
    static let label = "1"
    static let heading = "1;4"

    static func paint(_ text: some StringProtocol, _ style: String) -> String {
        text.isEmpty ? String(text) : "\u{1B}[\(style)m\(text)\u{1B}[0m"
    }

    /// `[hit]` spans (search snippets) and `«shared»` words (align) painted as hits, markers kept.
    static func hits(in line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "«" }) {
            let close: Character = rest[open] == "[" ? "]" : "»"
            // `[-…-]` is a word difference, not a hit.
            let inner = rest.index(after: open)
            guard inner < rest.endIndex, rest[inner] != "-", let end = rest[inner...].firstIndex(of: close) else {
                out += rest[...open]
                rest = rest[inner...]
                continue
            }
            out += rest[..<inner] + paint(rest[inner..<end], hit)
            rest = rest[end...]
        }
        return out + rest
    }

    /// A `search` heading (meeting, file, place, label in columns) or snippet line.
    static func searchLine(_ line: String) -> String {
        if line.hasPrefix("    ") { return hits(in: line) }
        let columns = line.split(separator: "  ", omittingEmptySubsequences: false)
        guard line.contains("¶"), columns.count >= 4 else {
            return line.hasSuffix(":") || line.contains(" hit") && !line.hasPrefix(" ") ? paint(line, label) : line
        }
        // Columns are separated by runs of spaces; colour each non-empty cell in order.
        var styles = [path, path, place, label][...]
        return columns.map { cell -> String in
            guard !cell.isEmpty, let style = styles.popFirst() else { return String(cell) }
            let trimmed = cell.trimmingCharacters(in: .whitespaces)
            return String(cell.prefix { $0 == " " }) + paint(trimmed, style) + String(cell.reversed().prefix { $0 == " " })
        }.joined(separator: "  ")
    }

    /// A `show` line: the meeting heading, turn labels (not indented) bold, paragraphs as they are.
    static func showLine(_ line: String, isFirst: Bool) -> String {
        if isFirst { return paint(line, heading) }
        if line.isEmpty || line.hasPrefix(" ") || line.hasPrefix("(") || line.allSatisfy({ $0 == "=" }) { return line }
        return paint(line, label)
    }

    /// The first line of a table (its header) bold.
    static func tableLine(_ line: String, isFirst: Bool) -> String {
        isFirst ? paint(line, label) : line
    }

    /// A line that starts a block (not indented: a meeting, a person) bold.
    static func blockLine(_ line: String) -> String {
        line.isEmpty || line.hasPrefix(" ") ? line : paint(line, label)
    }

    /// `align`: the heading bold, shared words as hits.
    static func alignLine(_ line: String, isFirst: Bool) -> String {
        isFirst ? paint(line, heading) : hits(in: line)
    }

    /// A kwic line with the hit, which starts at display column `column` and is `width` columns wide, painted.
    static func kwicLine(_ line: String, hitColumn column: Int, hitWidth width: Int) -> String {
        var start = line.startIndex
        var seen = 0
        while start < line.endIndex, seen < column {
            seen += DisplayWidth.of(String(line[start]))
            start = line.index(after: start)
        }
        var end = start
        var taken = 0
        while end < line.endIndex, taken < width {
            taken += DisplayWidth.of(String(line[end]))
            end = line.index(after: end)
        }
        guard seen == column, start < end else { return line }
        return String(line[..<start]) + paint(line[start..<end], hit) + String(line[end...])
    }
}
