/// Every match of the search in both panes, the left pane's first, each with its side: the two panes'
/// lists read as one, so that a common word's tens of thousands of matches are never copied per key.
public struct SearchHits: RandomAccessCollection, Sendable {
    public let left: [PaneMatch]
    public let right: [PaneMatch]

    public var startIndex: Int { 0 }
    public var endIndex: Int { left.count + right.count }

    public subscript(position: Int) -> (side: PaneSide, match: PaneMatch) {
        position < left.count ? (.left, left[position]) : (.right, right[position - left.count])
    }
}
