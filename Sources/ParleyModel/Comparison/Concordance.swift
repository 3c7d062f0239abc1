/// One hit of a query with the text around it, for a keyword-in-context list.
public struct ConcordanceLine: Sendable, Hashable, Codable {
    public var ref: PassageRef
    /// `Character` offsets of the hit in the paragraph's text.
    public var range: Range<Int>
    /// Up to `width` characters before the hit (spaces collapsed, cut at a word boundary where possible).
    public var left: String
    public var hit: String
    public var right: String
    public var meetingID: String?
    /// The person whose turn it is; nil in a document that is not a transcript.
    public var speakerID: String?
    public var documentID: String
    /// The hit's place in reading order across the corpus (0-based), the order `position` sorts by.
    public var position: Int
    /// The folded words of the hit's paragraph, one array shared by all its lines (a common word has
    /// a line for nearly every word of an archive), and how many of them end before the hit and start
    /// after it: the words next to the hit are its two ends.
    var paragraphWords: [String]
    var wordsBeforeHit: Int
    var wordsAfterHit: Int

    /// The folded words next to the hit, nearest first, for sorting by context.
    public var leftWords: ReversedCollection<ArraySlice<String>> { paragraphWords[..<wordsBeforeHit].reversed() }
    public var rightWords: ArraySlice<String> { paragraphWords[(paragraphWords.count - wordsAfterHit)...] }
}

/// How to order concordance lines.
public enum ConcordanceSort: String, Sendable, CaseIterable, Codable {
    /// Reading order: documents in corpus order, then turn and paragraph.
    case position
    /// By speaker id, then reading order; lines from non-transcripts last.
    case speaker
    /// By the word just left of the hit, then the one before it, and so on.
    case left
    /// By the word just right of the hit, then the one after it, and so on.
    case right
}

/// Keyword in context: every hit of a query across the corpus with its left and right context.
public enum Concordance {
    /// Every hit of `query` across the corpus with `width` characters of context each side, a document at a
    /// time on all cores: of a document read back from the store only the paragraphs with a hit are read,
    /// and none is kept, so an archive's concordance holds its lines, not its text.
    public static func lines(corpus: Corpus, query: SearchQuery, width: Int = 40, sort: ConcordanceSort = .position) -> [ConcordanceLine] {
        let search = ConcordanceSearch(corpus: corpus, query: query, width: width)
        var lines: [ConcordanceLine] = []
        for batch in search.batches { lines += search.lines(in: batch, from: lines.count) }
        return sorted(lines, by: sort)
    }

    public static func sorted(_ lines: [ConcordanceLine], by sort: ConcordanceSort) -> [ConcordanceLine] {
        switch sort {
        case .position:
            return lines.sorted { $0.position < $1.position }
        case .speaker:
            // Each id ranked once: a common word's million lines would otherwise compare ids twenty million
            // times. Lines without a speaker go last.
            let last = "\u{10FFFF}"
            let ids = Set(lines.map { $0.speakerID ?? last }).sorted()
            let rank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            let keys = lines.map { (rank[$0.speakerID ?? last]!, $0.position) }
            return keys.indices.sorted { keys[$0] < keys[$1] }.map { lines[$0] }
        case .left:
            return sortedByContext(lines) { $0.leftWords }
        case .right:
            return sortedByContext(lines) { $0.rightWords }
        }
    }

    /// Lines in the order their context words give (`wordsBefore`), then by position. The first few words
    /// of each line are ranked once and compared as numbers; only lines alike in all of them compare the
    /// words after, as strings: sorting a common word's million lines by string compared words tens of
    /// millions of times.
    private static func sortedByContext<Words: Collection<String>>(
        _ lines: [ConcordanceLine], words: (ConcordanceLine) -> Words
    ) -> [ConcordanceLine] {
        let depth = 4
        var distinct = Set<String>()
        for line in lines { distinct.formUnion(words(line).prefix(depth)) }
        // Rank 0 stands for no word, which sorts before every word, as a shorter context does.
        let rank = Dictionary(uniqueKeysWithValues: distinct.sorted().enumerated().map { ($1, UInt64($0 + 1)) })
        // Two ranks of 32 bits in each half of the key, the first word highest.
        let keys = lines.map { line -> (UInt64, UInt64) in
            var key: (UInt64, UInt64) = (0, 0)
            for (i, word) in words(line).prefix(depth).enumerated() {
                let shifted = rank[word]! << (i % 2 == 0 ? 32 : 0)
                if i < 2 { key.0 |= shifted } else { key.1 |= shifted }
            }
            return key
        }
        return lines.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return wordsBefore(words(lines[a]).dropFirst(depth), words(lines[b]).dropFirst(depth))
                ?? (lines[a].position < lines[b].position)
        }.map { lines[$0] }
    }

    /// Compares word lists in order; an empty context sorts first; nil when equal.
    private static func wordsBefore(_ a: some Collection<String>, _ b: some Collection<String>) -> Bool? {
        for (x, y) in zip(a, b) where x != y { return x < y }
        return a.count == b.count ? nil : a.count < b.count
    }

    /// The hit at `range` of a paragraph's text with up to `before` and `after` characters around it, spaces
    /// collapsed and cut at a word where that wastes little; a range past the text is cut to it.
    public static func line(_ text: [Character], range: Range<Int>, before: Int, after: Int) -> (left: String, hit: String, right: String) {
        let line = excerpt(text, range: range, before: before, after: after)
        return (line.left, line.hit, line.right)
    }

    /// `line`, and whether each side was cut short of the paragraph's start or end.
    public static func excerpt(
        _ text: [Character], range: Range<Int>, before: Int, after: Int
    ) -> (left: String, hit: String, right: String, leftIsCut: Bool, rightIsCut: Bool) {
        let range = range.clamped(to: 0..<text.count)
        let left = leftContextCut(text[..<range.lowerBound], width: before)
        let right = rightContextCut(text[range.upperBound...], width: after)
        return (left.text, String(text[range]), right.text, left.isCut, right.isCut)
    }

    static func leftContext(_ chars: ArraySlice<Character>, width: Int) -> String {
        leftContextCut(chars, width: width).text
    }

    static func rightContext(_ chars: ArraySlice<Character>, width: Int) -> String {
        rightContextCut(chars, width: width).text
    }

    private static func leftContextCut(_ chars: ArraySlice<Character>, width: Int) -> (text: String, isCut: Bool) {
        leftContextCut(backwards: chars.reversed(), width: width)
    }

    private static func rightContextCut(_ chars: ArraySlice<Character>, width: Int) -> (text: String, isCut: Bool) {
        rightContextCut(forwards: chars, width: width)
    }

    /// The left context of a hit from the units before it, given nearest first.
    static func leftContextCut<Unit: ContextUnit>(backwards units: some Sequence<Unit>, width: Int) -> (text: String, isCut: Bool) {
        // The end of what the whole collapses to, read backwards from the hit only as far as the width needs:
        // a paragraph's context is a few dozen characters of hundreds.
        let text = collapsed(units, keeping: width + 1)
        guard text.count > width else { return (Unit.string(text.reversed()), false) }
        var cut = Array(text.prefix(width).reversed())
        // Start at a word boundary unless that would waste more than a third of the width.
        if let space = cut.firstIndex(of: Unit.space), space < width / 3 { cut.removeFirst(space + 1) }
        return (Unit.string(cut), true)
    }

    /// The right context of a hit from the units after it.
    static func rightContextCut<Unit: ContextUnit>(forwards units: some Sequence<Unit>, width: Int) -> (text: String, isCut: Bool) {
        let text = collapsed(units, keeping: width + 1)
        guard text.count > width else { return (Unit.string(text), false) }
        var cut = Array(text.prefix(width))
        if let space = cut.lastIndex(of: Unit.space), space > width - width / 3 { cut.removeLast(cut.count - space) }
        return (Unit.string(cut), true)
    }

    /// The first `limit` units with each run of whitespace made one space (in whichever direction `units`
    /// runs, a run gives one space).
    private static func collapsed<Unit: ContextUnit>(_ units: some Sequence<Unit>, keeping limit: Int) -> [Unit] {
        var out: [Unit] = []
        out.reserveCapacity(limit)
        var lastSpace = false
        for unit in units {
            guard out.count < limit else { break }
            if unit.isContextSpace {
                if !lastSpace { out.append(Unit.space) }
                lastSpace = true
            } else {
                out.append(unit)
                lastSpace = false
            }
        }
        return out
    }
}

/// What a concordance line's context is cut from: a text's `Character`s, or its scalars where each scalar is
/// a `Character`.
protocol ContextUnit: Equatable {
    static var space: Self { get }
    /// Whitespace, as `Character.isWhitespace` says.
    var isContextSpace: Bool { get }
    static func string(_ units: some Sequence<Self>) -> String
}

extension Character: ContextUnit {
    static var space: Character { " " }

    var isContextSpace: Bool {
        // ASCII is told apart without Unicode's tables (a CR LF is whitespace either way).
        asciiValue.map { ScalarText.isASCIIWhitespace($0) } ?? isWhitespace
    }

    static func string(_ units: some Sequence<Character>) -> String { String(units) }
}

extension Unicode.Scalar: ContextUnit {
    static var space: Unicode.Scalar { " " }

    var isContextSpace: Bool {
        // ASCII is told apart without Unicode's tables.
        isASCII ? ScalarText.isASCIIWhitespace(UInt8(value)) : Character(self).isWhitespace
    }

    static func string(_ units: some Sequence<Unicode.Scalar>) -> String {
        var text = String()
        text.unicodeScalars.append(contentsOf: units)
        return text
    }
}
