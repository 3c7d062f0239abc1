/// A paragraph where a search matches, and how many times. Kept in four 32-bit numbers: a common word is in
/// most paragraphs of an archive, and a timeline holds them all at once.
public struct ParagraphMatchCount: Sendable, Hashable {
    private let document: Int32
    /// -1 for a paragraph outside any turn.
    private let turn: Int32
    private let paragraph: Int32
    private let matches: Int32

    public init(ref: PassageRef, count: Int) {
        document = Int32(ref.document)
        turn = ref.turn.map(Int32.init) ?? -1
        paragraph = Int32(ref.paragraph)
        matches = Int32(clamping: count)
    }

    public var ref: PassageRef {
        PassageRef(document: Int(document), turn: turn < 0 ? nil : Int(turn), paragraph: Int(paragraph))
    }

    public var count: Int { Int(matches) }

    /// Whether this paragraph comes before `other` in reading order, as `PassageRef` orders them.
    func precedes(_ other: ParagraphMatchCount) -> Bool { ref < other.ref }
}
