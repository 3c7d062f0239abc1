import ParleyUI

/// Rows of cells printed in aligned columns, measured in terminal columns (an accent or a dash is one,
/// a CJK character two). The last column is not padded, so lines carry no trailing spaces.
struct TextTable {
    enum Alignment { case left, right }

    var alignments: [Alignment]
    var rows: [[String]] = []
    var gap = 2

    init(alignments: [Alignment]) { self.alignments = alignments }

    mutating func add(_ row: [String]) { rows.append(row) }

    func lines(indent: String = "") -> [String] {
        let count = rows.map(\.count).max() ?? 0
        // Each cell measured once: a search's table has a row per hit.
        let cellWidths = rows.map { $0.map { DisplayWidth.of($0) } }
        var widths = [Int](repeating: 0, count: count)
        for row in cellWidths {
            for (i, width) in row.enumerated() { widths[i] = max(widths[i], width) }
        }
        let spaces = String(repeating: " ", count: (widths.max() ?? 0) + gap)
        func pad(_ n: Int) -> Substring { spaces.prefix(max(0, n)) }
        return zip(rows, cellWidths).map { row, rowWidths in
            var line = indent
            for (i, cell) in row.enumerated() {
                let alignment = i < alignments.count ? alignments[i] : .left
                let missing = widths[i] - rowWidths[i]
                let isLast = i == row.count - 1
                if alignment == .right {
                    line += pad(missing)
                    line += cell
                } else {
                    line += cell
                    if !isLast { line += pad(missing) }
                }
                if !isLast { line += pad(gap) }
            }
            // The byte is looked at first: most lines end in a letter, known without breaking graphemes.
            while line.utf8.last == 0x20, line.last == " " { line.removeLast() }
            return line
        }
    }
}
