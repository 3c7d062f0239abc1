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
    /// The folded words next to the hit, nearest first, for sorting by context.
    public var leftWords: [String]
    public var rightWords: [String]
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
    public static func lines(
        corpus: Corpus, index: SearchIndex, query: SearchQuery, width: Int = 40, sort: ConcordanceSort = .position,
        where include: (PassageRef) -> Bool = { _ in true }
    ) -> [ConcordanceLine] {
        let meetingOfDocument = Dictionary(
            corpus.meetings.flatMap { m in m.documentIndices.map { ($0, m.id) } }, uniquingKeysWith: { a, _ in a })
        var lines: [ConcordanceLine] = []
        var textCache: (PassageRef, [Character])? = nil
        for (n, hit) in index.hits(for: query, where: include).enumerated() {
            let chars: [Character]
            if let c = textCache, c.0 == hit.ref {
                chars = c.1
            } else {
                chars = Array(corpus.paragraph(hit.ref).text)
                textCache = (hit.ref, chars)
            }
            let tokens = index.tokens(of: hit.ref)
            let leftWords = tokens.filter { $0.range.upperBound <= hit.range.lowerBound }.reversed().map(\.folded)
            let rightWords = tokens.filter { $0.range.lowerBound >= hit.range.upperBound }.map(\.folded)
            let doc = corpus.documents[hit.ref.document]
            lines.append(
                ConcordanceLine(
                    ref: hit.ref, range: hit.range,
                    left: leftContext(chars[..<hit.range.lowerBound], width: width),
                    hit: String(chars[hit.range]),
                    right: rightContext(chars[hit.range.upperBound...], width: width),
                    meetingID: meetingOfDocument[hit.ref.document],
                    speakerID: hit.ref.turn.map { doc.turns[$0].speakerID },
                    documentID: doc.id, position: n, leftWords: Array(leftWords), rightWords: rightWords))
        }
        return sorted(lines, by: sort)
    }

    public static func sorted(_ lines: [ConcordanceLine], by sort: ConcordanceSort) -> [ConcordanceLine] {
        switch sort {
        case .position:
            return lines.sorted { $0.position < $1.position }
        case .speaker:
            return lines.sorted {
                let a = $0.speakerID ?? "\u{10FFFF}"
                let b = $1.speakerID ?? "\u{10FFFF}"
                return a != b ? a < b : $0.position < $1.position
            }
        case .left:
            return lines.sorted { wordsBefore($0.leftWords, $1.leftWords) ?? ($0.position < $1.position) }
        case .right:
            return lines.sorted { wordsBefore($0.rightWords, $1.rightWords) ?? ($0.position < $1.position) }
        }
    }

    /// Compares word lists in order; an empty context sorts first; nil when equal.
    private static func wordsBefore(_ a: [String], _ b: [String]) -> Bool? {
        for (x, y) in zip(a, b) where x != y { return x < y }
        return a.count == b.count ? nil : a.count < b.count
    }

    static func leftContext(_ chars: ArraySlice<Character>, width: Int) -> String {
        let text = collapse(chars)
        guard text.count > width else { return text }
        var cut = Array(text.suffix(width))
        // Start at a word boundary unless that would waste more than a third of the width.
        if let space = cut.firstIndex(of: " "), space < width / 3 { cut.removeFirst(space + 1) }
        return String(cut)
    }

    static func rightContext(_ chars: ArraySlice<Character>, width: Int) -> String {
        let text = collapse(chars)
        guard text.count > width else { return text }
        var cut = Array(text.prefix(width))
        if let space = cut.lastIndex(of: " "), space > width - width / 3 { cut.removeLast(cut.count - space) }
        return String(cut)
    }

    private static func collapse(_ chars: ArraySlice<Character>) -> String {
        var out = ""
        var lastSpace = false
        for c in chars {
            if c.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        return out
    }
}
