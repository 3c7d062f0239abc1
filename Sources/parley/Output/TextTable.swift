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
        let layout = Layout(widths: widths, alignments: alignments, gap: gap)
        return zip(rows, cellWidths).map { layout.line($0, cellWidths: $1, indent: indent) }
    }

    /// Columns of known widths, to lay out rows one at a time: a table too long to hold, whose widths were
    /// measured beforehand, gives the same lines as a `TextTable` of all its rows.
    struct Layout {
        /// The widest cell of each column.
        var widths: [Int]
        var alignments: [Alignment]
        var gap = 2
        private let spaces: String

        init(widths: [Int], alignments: [Alignment], gap: Int = 2) {
            self.widths = widths
            self.alignments = alignments
            self.gap = gap
            spaces = String(repeating: " ", count: (widths.max() ?? 0) + gap)
        }

        /// `row` laid out, `cellWidths` its cells' widths.
        func line(_ row: [String], cellWidths: [Int], indent: String = "") -> String {
            func pad(_ n: Int) -> Substring { spaces.prefix(max(0, n)) }
            var line = indent
            for (i, cell) in row.enumerated() {
                let alignment = i < alignments.count ? alignments[i] : .left
                let missing = widths[i] - cellWidths[i]
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
