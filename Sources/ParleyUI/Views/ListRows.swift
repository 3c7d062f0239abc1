/// A list view's rows: held, or each made when it is drawn or read. A keyword-in-context list of a common
/// word has a row for each of a million hits, of which a screen shows a few dozen.
public struct ListRows: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private enum Source: Sendable {
        case held([ListRow])
        case made(count: Int, row: @Sendable (Int) -> ListRow, detail: (@Sendable (Int) -> [[StyledSegment]])?)
    }

    private let source: Source

    public init(_ rows: [ListRow]) { source = .held(rows) }

    public init(arrayLiteral rows: ListRow...) { source = .held(rows) }

    /// `count` rows, the row at an index made by `row` each time it is asked for. `detail`, when given, makes
    /// the row's detail instead, apart from the row: a screen draws dozens of rows and shows one detail, which
    /// may have to read a paragraph.
    public init(count: Int, row: @escaping @Sendable (Int) -> ListRow, detail: (@Sendable (Int) -> [[StyledSegment]])? = nil) {
        source = .made(count: count, row: row, detail: detail)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch source {
        case .held(let rows): return rows.count
        case .made(let count, _, _): return count
        }
    }

    public subscript(index: Int) -> ListRow {
        switch source {
        case .held(let rows): return rows[index]
        case .made(_, let row, _):
            precondition(index >= 0 && index < endIndex, "row \(index) of \(endIndex)")
            return row(index)
        }
    }

    /// What is shown under the list while the row at `index` is selected; nothing past the rows.
    public func detail(at index: Int) -> [[StyledSegment]] {
        guard indices.contains(index) else { return [] }
        switch source {
        case .held(let rows): return rows[index].detail
        case .made(_, let row, let detail): return detail?(index) ?? row(index).detail
        }
    }
}
