import ParleyModel

/// Words of a passage the panes mark because the reader came to it from a list: an aligned pair's
/// shared words, the spoken sentences a related document traces to.
public struct Emphasis: Hashable, Sendable {
    public var ref: PassageRef
    /// `Character` offsets in the paragraph's text.
    public var ranges: [Range<Int>]
    public var role: Role

    public init(ref: PassageRef, ranges: [Range<Int>], role: Role) {
        self.ref = ref
        self.ranges = ranges
        self.role = role
    }
}

extension Array where Element == Emphasis {
    /// Where the first marked words of a paragraph begin; nil when none of it is marked.
    func firstOffset(in ref: PassageRef) -> Int? {
        filter { $0.ref == ref }.flatMap(\.ranges).map(\.lowerBound).min()
    }
}
