/// Concordance lines held in a few arrays rather than each as a value with its strings: `kwic` in another
/// order than reading holds every line of a query at once, and a common word's million lines took four
/// hundred megabytes as values, a third of that here. The words around each hit are not kept.
public struct ConcordanceLineStore: Sendable {
    /// Each line's left context, hit and right context as UTF-8, one line after another.
    private var text: [UInt8] = []
    private var entries: [Entry] = []
    /// The meeting, speaker and document ids the lines name, each once.
    private var names: [String] = []
    private var nameNumbers: [String: Int32] = [:]

    private struct Entry: Sendable {
        var textStart: Int
        var leftLength: UInt32
        var hitLength: UInt32
        var rightLength: UInt32
        var document: Int32
        /// -1 outside a turn.
        var turn: Int32
        var paragraph: Int32
        var rangeStart: Int32
        var rangeEnd: Int32
        var position: Int
        /// Numbers of `names`; -1 for none.
        var meeting: Int32
        var speaker: Int32
        var documentID: Int32
    }

    public init() {}

    public var count: Int { entries.count }

    /// Room for `lines` lines of about `textBytes` bytes each, so that the arrays are not grown, and for a
    /// while held twice, a line at a time.
    public mutating func reserveCapacity(lines: Int, textBytes: Int) {
        entries.reserveCapacity(lines)
        text.reserveCapacity(lines * textBytes)
    }

    public mutating func append(contentsOf lines: [ConcordanceLine]) {
        for line in lines { append(line) }
    }

    public mutating func append(_ line: ConcordanceLine) {
        let start = text.count
        text += line.left.utf8
        text += line.hit.utf8
        text += line.right.utf8
        entries.append(
            Entry(
                textStart: start, leftLength: UInt32(line.left.utf8.count), hitLength: UInt32(line.hit.utf8.count),
                rightLength: UInt32(line.right.utf8.count), document: Int32(line.ref.document), turn: Int32(line.ref.turn ?? -1),
                paragraph: Int32(line.ref.paragraph), rangeStart: Int32(line.range.lowerBound), rangeEnd: Int32(line.range.upperBound),
                position: line.position, meeting: number(line.meetingID), speaker: number(line.speakerID),
                documentID: number(line.documentID)))
    }

    /// Line `i`, as it was appended but for the words around its hit.
    public subscript(i: Int) -> ConcordanceLine {
        let entry = entries[i]
        let leftEnd = entry.textStart + Int(entry.leftLength)
        let hitEnd = leftEnd + Int(entry.hitLength)
        let rightEnd = hitEnd + Int(entry.rightLength)
        return ConcordanceLine(
            ref: PassageRef(document: Int(entry.document), turn: entry.turn < 0 ? nil : Int(entry.turn), paragraph: Int(entry.paragraph)),
            range: Int(entry.rangeStart)..<Int(entry.rangeEnd), left: string(entry.textStart..<leftEnd), hit: string(leftEnd..<hitEnd),
            right: string(hitEnd..<rightEnd), meetingID: name(entry.meeting), speakerID: name(entry.speaker),
            documentID: name(entry.documentID) ?? "", position: entry.position, paragraphWords: [], wordsBeforeHit: 0, wordsAfterHit: 0)
    }

    private func string(_ bytes: Range<Int>) -> String { String(decoding: text[bytes], as: UTF8.self) }

    private func name(_ number: Int32) -> String? { number < 0 ? nil : names[Int(number)] }

    private mutating func number(_ name: String?) -> Int32 {
        guard let name else { return -1 }
        if let known = nameNumbers[name] { return known }
        names.append(name)
        nameNumbers[name] = Int32(names.count - 1)
        return Int32(names.count - 1)
    }
}
