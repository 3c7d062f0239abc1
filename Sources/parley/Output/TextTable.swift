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
        var widths = [Int](repeating: 0, count: count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        return rows.map { row in
            var line = indent
            for (i, cell) in row.enumerated() {
                let alignment = i < alignments.count ? alignments[i] : .left
                let missing = widths[i] - DisplayWidth.of(cell)
                let isLast = i == row.count - 1
                if alignment == .right {
                    line += String(repeating: " ", count: missing) + cell
                } else {
                    line += isLast ? cell : cell + String(repeating: " ", count: missing)
                }
                if !isLast { line += String(repeating: " ", count: gap) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
