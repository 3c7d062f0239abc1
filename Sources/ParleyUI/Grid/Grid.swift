/// A screen's worth of cells that views draw into and a backend copies to the terminal.
///
/// Invariants the drawing calls keep: a wide character is a lead cell followed by a continuation cell
/// in the same row; overwriting either half turns the other half into a space; control characters are
/// never stored raw, only as their visible caret form drawn with `Role.control`.
public struct Grid: Sendable, Equatable, CustomDebugStringConvertible {
    public let size: Size
    /// Row-major: the cell at (x, y) is `cells[y * size.width + x]`.
    public private(set) var cells: [Cell]

    public init(size: Size) {
        let size = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at a position; `.blank` outside the grid. Setting a cell outside the grid does nothing;
    /// setting one that was half of a wide character blanks the other half.
    public subscript(x: Int, y: Int) -> Cell {
        get { index(x, y).map { cells[$0] } ?? .blank }
        set { store(newValue, x: x, y: y, wide: !newValue.isContinuation && DisplayWidth.of(newValue.text) >= 2) }
    }

    /// Writes `text` from (x, y) and returns the columns it took, never going past `x + limit` nor the right edge.
    ///
    /// Each grapheme is drawn as `DisplayWidth` measures it: a wide character takes a lead cell and a
    /// continuation cell and, when only one column is left, becomes a space instead; control characters
    /// are shown in caret form with `Role.control` (cut to spaces when the form does not fit whole); a tab
    /// is one space; a grapheme of width zero (a lone combining mark or joiner) is left out; an emoji
    /// sequence or a flag is drawn in the plain form `DisplayWidth.drawable` gives it; a cluster of narrow
    /// letters (an Indic conjunct) takes a cell for each of its letters (`DisplayWidth.cells`).
    /// The columns returned do not depend on `y` or on clipping at the left edge, so a caller can lay out
    /// a line with `x += put(...)` even when part of it is off screen.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        let room = max(0, min(limit ?? Int.max, size.width - x))
        let end = x + room
        if let drawn = putPrintableASCII(text, x: x, y: y, role: role, end: end) { return drawn }
        var column = x
        for character in text {
            if column >= end { break }
            if let a = character.asciiValue, a >= 0x20, a != 0x7F {
                store(Cell(text: Self.asciiText[Int(a) - 0x20], role: role), x: column, y: y, wide: false)
                column += 1
                continue
            }
            let width: Int
            if let scalar = Self.plainScalar(character) {
                // Box lines, accented letters, CJK: one code point with no other form, measured alone.
                width = DisplayWidth.width(of: scalar)
            } else {
                let shown = DisplayWidth.drawable(character)
                if shown.count != 1 || shown.first != character {
                    // A multi-code-point emoji or a flag: its plain form, of the same width, goes in instead.
                    column += put(shown, x: column, y: y, role: role, limit: end - column)
                    continue
                }
                if character == "\t" {
                    store(Cell(text: " ", role: role), x: column, y: y, wide: false)
                    column += 1
                    continue
                }
                if let caret = DisplayWidth.caretNotation(character) {
                    guard column + caret.count <= end else {
                        column = blankOut(from: column, to: end, y: y, role: role)
                        break
                    }
                    for symbol in caret {
                        store(Cell(text: String(symbol), role: .control), x: column, y: y, wide: false)
                        column += 1
                    }
                    continue
                }
                if case let cells = DisplayWidth.cells(of: character), cells.count > 1 {
                    // A cluster of narrow letters (an Indic conjunct): a cell for each, as the terminal draws it.
                    guard column + cells.count <= end else {
                        column = blankOut(from: column, to: end, y: y, role: role)
                        break
                    }
                    for cell in cells {
                        store(Cell(text: cell, role: role), x: column, y: y, wide: DisplayWidth.of(cell) >= 2)
                        column += 1
                    }
                    continue
                }
                width = DisplayWidth.of(character)
            }
            switch width {
            case 0:
                continue
            case 1:
                store(Cell(text: String(character), role: role), x: column, y: y, wide: false)
                column += 1
            default:
                // Half of it would be cut off by an edge: a space keeps the columns honest.
                if column + 2 > end {
                    store(Cell(text: " ", role: role), x: column, y: y, wide: false)
                    column += 1
                    continue
                }
                if column == -1 {
                    store(Cell(text: " ", role: role), x: 0, y: y, wide: false)
                } else {
                    store(Cell(text: String(character), role: role), x: column, y: y, wide: true)
                    store(Cell(text: "", role: role, isContinuation: true), x: column + 1, y: y, wide: false)
                }
                column += 2
            }
        }
        return column - x
    }

    /// `put` for text that is all printable ASCII, most of any text: a cell a byte, with no grapheme to find
    /// and no width to look up. Nil, with nothing drawn, for any other text.
    private mutating func putPrintableASCII(_ text: String, x: Int, y: Int, role: Role, end: Int) -> Int? {
        let drawn = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            var column = x
            for byte in bytes {
                if column >= end { break }
                store(Cell(text: Self.asciiText[Int(byte) - 0x20], role: role), x: column, y: y, wide: false)
                column += 1
            }
            return column - x
        }
        return drawn ?? nil
    }

    /// Each printable ASCII character as a string, made once rather than for every cell drawn.
    private static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// The code point of a grapheme that is a single one drawn as it is: not a control character (those
    /// have a caret form) nor a regional indicator (a flag's letter); nil for any other grapheme.
    private static func plainScalar(_ character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            VisibleText.form(of: scalar) == nil, !(0x1F1E6...0x1F1FF).contains(scalar.value)
        else { return nil }
        return scalar
    }

    /// Fills a rectangle (clipped to the grid) with spaces drawn with `role`.
    public mutating func fill(_ rect: Rect, role: Role) {
        let left = max(0, rect.x)
        let right = min(size.width, rect.x + max(0, rect.width))
        let top = max(0, rect.y)
        let bottom = min(size.height, rect.y + max(0, rect.height))
        guard left < right, top < bottom else { return }
        let space = Cell(text: " ", role: role)
        for y in top..<bottom {
            let row = y * size.width
            // Only a wide character across the rectangle's edge can lose a half: inside, both go.
            if cells[row + left].isContinuation, left > 0 {
                cells[row + left - 1] = Cell(text: " ", role: cells[row + left - 1].role)
            }
            if right < size.width, cells[row + right].isContinuation {
                cells[row + right] = Cell(text: " ", role: cells[row + right].role)
            }
            for i in (row + left)..<(row + right) {
                cells[i] = space
            }
        }
    }

    /// Changes the role of `width` cells from (x, y), keeping their text, except cells already in one of the
    /// `kept` roles. A wide character with one half in the range is restyled whole, so a highlight never
    /// covers half a glyph.
    public mutating func restyle(x: Int, y: Int, width: Int, role: Role, keeping kept: Set<Role> = []) {
        guard y >= 0, y < size.height else { return }
        let left = max(0, x)
        let right = min(size.width, x + max(0, width))
        guard left < right else { return }
        let rowStart = y * size.width
        for column in left..<right where !kept.contains(cells[rowStart + column].role) {
            cells[rowStart + column].role = role
        }
        if cells[rowStart + left].isContinuation, left > 0 {
            cells[rowStart + left - 1].role = role
        }
        if right < size.width, cells[rowStart + right].isContinuation {
            cells[rowStart + right].role = role
        }
    }

    /// The row's text as a person reads it: continuation cells skipped, trailing spaces trimmed.
    public func row(_ y: Int) -> String {
        var text = untrimmedRow(y)
        while text.last == " " {
            text.removeLast()
        }
        return text
    }

    /// Every row, trimmed, joined with newlines: the form whole-screen tests compare.
    public var text: String {
        (0..<size.height).map(row).joined(separator: "\n")
    }

    /// The role of every cell in a row, continuation cells included; empty outside the grid.
    public func roles(row y: Int) -> [Role] {
        guard y >= 0, y < size.height else { return [] }
        return cells[y * size.width..<(y + 1) * size.width].map(\.role)
    }

    /// Each row in quotes at full width, followed by its runs of roles, so a failing test shows
    /// both what is written and how it is drawn.
    public var debugDescription: String {
        var lines = ["Grid \(size.width)×\(size.height) ["]
        for y in 0..<size.height {
            lines.append("    \"\(untrimmedRow(y))\"  \(roleRuns(row: y))")
        }
        lines.append("]")
        return lines.joined(separator: "\n")
    }

    private func index(_ x: Int, _ y: Int) -> Int? {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return nil }
        return y * size.width + x
    }

    private func untrimmedRow(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var text = ""
        for cell in cells[y * size.width..<(y + 1) * size.width] where !cell.isContinuation {
            text += cell.text
        }
        return text
    }

    private func roleRuns(row y: Int) -> String {
        let roles = roles(row: y)
        guard let first = roles.first else { return "" }
        if roles.allSatisfy({ $0 == first }) { return first.name }
        var runs: [String] = []
        var start = 0
        for column in 1...roles.count where column == roles.count || roles[column] != roles[start] {
            runs.append("\(roles[start].name) \(start)..<\(column)")
            start = column
        }
        return runs.joined(separator: ", ")
    }

    /// Spaces from `start` up to `end`; returns `end`.
    private mutating func blankOut(from start: Int, to end: Int, y: Int, role: Role) -> Int {
        for column in start..<end {
            store(Cell(text: " ", role: role), x: column, y: y, wide: false)
        }
        return end
    }

    /// The one place cells change text one at a time, so no wide character is ever left with only one
    /// half (`fill` keeps the same rule for a whole rectangle). `wide` says whether `cell` is the first half
    /// of a wide character, which the caller has measured already.
    private mutating func store(_ cell: Cell, x: Int, y: Int, wide: Bool) {
        guard let i = index(x, y) else { return }
        let wasContinuation = cells[i].isContinuation
        if wasContinuation, !cell.isContinuation, x > 0 {
            cells[i - 1] = Cell(text: " ", role: cells[i - 1].role)
        }
        let keepsSecondHalf = !cell.isContinuation && wide
        if !wasContinuation, !keepsSecondHalf, x + 1 < size.width, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(text: " ", role: cells[i + 1].role)
        }
        cells[i] = cell
    }
}
