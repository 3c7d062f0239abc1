import ParleyModel

/// One screen line of a pane.
public struct PaneLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case label, text, blank }

    public var kind: Kind
    /// Ordinal of the turn in the pane's list.
    public var turn: Int
    /// The paragraph the line shows, for text lines.
    public var ref: PassageRef?
    /// Two columns before the text: `┊ ` marks interpreted speech.
    public var gutter: String
    public var segments: [StyledSegment]
    /// `Character` offset of the line's first character in the paragraph's text.
    public var startOffset: Int
}

/// A match placed on the pane's lines.
public struct PaneHit: Hashable, Sendable {
    public var line: Int
    /// Display columns from the start of the text (after the gutter).
    public var column: Int
    public var width: Int
    public var ref: PassageRef
    public var range: Range<Int>
}

/// A meeting's turns (all, or one speaker's) wrapped to a width, ready to scroll: computed once.
public struct PaneLayout: Sendable {
    public let turns: [(document: Int, turn: Turn)]
    public let lines: [PaneLine]
    /// Index of each turn's label line.
    public let turnStarts: [Int]
    public let hits: [PaneHit]

    public static let gutterWidth = 2

    init(context: BrowserContext, meeting: Int, speaker: String?, width: Int, query: SearchQuery?) {
        let corpus = context.corpus
        let turns = corpus.turns(of: corpus.meetings[meeting], speaker: speaker)
        let textWidth = max(1, width - PaneLayout.gutterWidth)
        let quoted = context.quotedParagraphs ?? [:]
        var lines: [PaneLine] = []
        var starts: [Int] = []
        var hits: [PaneHit] = []
        for (ordinal, (document, turn)) in turns.enumerated() {
            if ordinal > 0 { lines.append(PaneLine(kind: .blank, turn: ordinal - 1, ref: nil, gutter: "  ", segments: [], startOffset: 0)) }
            starts.append(lines.count)
            lines.append(
                PaneLine(
                    kind: .label, turn: ordinal, ref: nil, gutter: "  ",
                    segments: [StyledSegment(turn.label, role: turn.isQuestion ? .question : .speaker)], startOffset: 0))
            // Who asked, under a question's label, wrapped like text.
            if let reporter = turn.reporter {
                let who = reporter.name + (reporter.outlet.map { ", " + $0 } ?? "")
                for line in TextWrapper.wrap([StyledSegment(who, role: .note)], width: textWidth) {
                    lines.append(PaneLine(kind: .text, turn: ordinal, ref: nil, gutter: "  ", segments: line.segments, startOffset: 0))
                }
            }
            for (p, paragraph) in turn.paragraphs.enumerated() {
                let ref = PassageRef(document: document, turn: turn.index, paragraph: p)
                let matches = query.map { $0.matches(in: context.index.tokens(of: ref)) } ?? []
                let wrapped = TextWrapper.wrap(PaneLayout.segments(of: paragraph, matches: matches), width: textWidth)
                // First column: interpreted speech; second, on the first line: quoted by a related document.
                let interpreted = paragraph.interpreted ? "┊" : " "
                let isQuoted = quoted[ref] != nil
                let first = lines.count
                for (k, line) in wrapped.enumerated() {
                    let gutter = interpreted + (k == 0 && isQuoted ? "“" : " ")
                    lines.append(
                        PaneLine(
                            kind: .text, turn: ordinal, ref: ref, gutter: gutter, segments: line.segments, startOffset: line.startOffset))
                }
                let chars = Array(paragraph.text)
                for range in matches {
                    // The line holding the match's first character, and its column there.
                    let k = wrapped.lastIndex { $0.startOffset <= range.lowerBound } ?? 0
                    let lineStart = wrapped[k].startOffset
                    let column = DisplayWidth.of(String(chars[lineStart..<range.lowerBound]))
                    let width = DisplayWidth.of(String(chars[range]))
                    hits.append(PaneHit(line: first + k, column: column, width: width, ref: ref, range: range))
                }
                if p + 1 < turn.paragraphs.count {
                    lines.append(PaneLine(kind: .blank, turn: ordinal, ref: nil, gutter: "  ", segments: [], startOffset: 0))
                }
            }
        }
        self.turns = turns
        self.lines = lines
        self.turnStarts = starts
        self.hits = hits
    }

    /// The turn shown at a line (the last turn starting at or before it).
    /// The line to show first so that a paragraph is in view: the line above it, for air; or, when the line
    /// holding character `offset` would fall in the lower half of a view `height` lines tall, two lines
    /// above that line. Nil when the layout does not hold the paragraph.
    public func topLine(showing ref: PassageRef, offset: Int?, height: Int) -> Int? {
        guard let first = lines.firstIndex(where: { $0.ref == ref }) else { return nil }
        var top = first - 1
        if let offset, let target = lines.indices.last(where: { lines[$0].ref == ref && lines[$0].startOffset <= offset }),
            target - top > height / 2
        {
            top = target - 2
        }
        return max(0, top)
    }

    public func turn(atLine line: Int) -> Int {
        guard !turnStarts.isEmpty else { return 0 }
        var lo = 0, hi = turnStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if turnStarts[mid] <= line { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Lines of a turn, its label through its last paragraph.
    public func lineCount(ofTurn k: Int) -> Int {
        guard turnStarts.indices.contains(k) else { return 0 }
        let end = k + 1 < turnStarts.count ? turnStarts[k + 1] - 1 : lines.count
        return end - turnStarts[k]
    }

    /// The paragraph's runs as styled segments, with matches cut out as their own segments.
    static func segments(of paragraph: Paragraph, matches: [Range<Int>]) -> [StyledSegment] {
        let chars = Array(paragraph.text)
        var out: [StyledSegment] = []
        var bounds: Set<Int> = [0, chars.count]
        for run in paragraph.runs { bounds.insert(run.range.lowerBound); bounds.insert(run.range.upperBound) }
        for m in matches { bounds.insert(m.lowerBound); bounds.insert(m.upperBound) }
        let cuts = bounds.filter { $0 >= 0 && $0 <= chars.count }.sorted()
        var runIndex = 0
        for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
            while runIndex < paragraph.runs.count - 1 && paragraph.runs[runIndex].range.upperBound <= a { runIndex += 1 }
            let run = paragraph.runs.isEmpty ? nil : paragraph.runs[runIndex]
            let inMatch = matches.contains { $0.lowerBound <= a && b <= $0.upperBound }
            let role: Role
            if inMatch {
                role = .match
            } else {
                switch (run?.kind ?? .words, run?.interpreted ?? false) {
                case (.note, _): role = .note
                case (.italic, true): role = .interpretedItalic
                case (.italic, false): role = .textItalic
                case (.words, true): role = .interpreted
                case (.words, false): role = .text
                }
            }
            out.append(StyledSegment(String(chars[a..<b]), role: role))
        }
        return out
    }
}
