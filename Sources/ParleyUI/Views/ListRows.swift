/// A list view's rows: held, or each made when it is drawn or read. A keyword-in-context list of a common
/// word has a row for each of a million hits, of which a screen shows a few dozen.
public struct ListRows: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private enum Source: Sendable {
        case held([ListRow])
        case made(count: Int, row: @Sendable (Int) -> ListRow)
    }

    private let source: Source

    public init(_ rows: [ListRow]) { source = .held(rows) }

    public init(arrayLiteral rows: ListRow...) { source = .held(rows) }

    /// `count` rows, the row at an index made by `row` each time it is asked for.
    public init(count: Int, row: @escaping @Sendable (Int) -> ListRow) { source = .made(count: count, row: row) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch source {
        case .held(let rows): return rows.count
        case .made(let count, _): return count
        }
    }

    public subscript(index: Int) -> ListRow {
        switch source {
        case .held(let rows): return rows[index]
        case .made(_, let row):
            precondition(index >= 0 && index < endIndex, "row \(index) of \(endIndex)")
            return row(index)
        }
    }
}
