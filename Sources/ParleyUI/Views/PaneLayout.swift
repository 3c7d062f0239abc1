import Foundation
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

/// A match placed on a turn's lines.
public struct PaneHit: Hashable, Sendable {
    /// The turn's ordinal in the pane, and the line within the turn.
    public var turn: Int
    public var line: Int
    /// Display columns from the start of the text (after the gutter).
    public var column: Int
    public var width: Int
    public var ref: PassageRef
    public var range: Range<Int>

    public var position: PanePosition { PanePosition(turn: turn, lineInTurn: line) }
}

/// A match of the pane's query, known from the meeting's word index without laying out its turn: the
/// `ordinal`th match in the paragraph `ref` of turn `turn`.
public struct PaneMatch: Hashable, Sendable {
    public var turn: Int
    public var ref: PassageRef
    public var ordinal: Int
}

/// Where a match shows on one line: a match broken over two lines has a span on each.
public struct MatchSpan: Hashable, Sendable {
    public var line: Int
    /// Display columns from the start of the text (after the gutter).
    public var column: Int
    public var width: Int
}

/// One turn wrapped: its label, who asked, its paragraphs, then the blank line before the next turn.
public struct TurnLines: Sendable {
    public let lines: [PaneLine]
    /// The query's matches, each placed on a line of `lines`.
    public let hits: [PaneHit]
    /// What the matches cover, line by line, for drawing them.
    public let spans: [MatchSpan]
    /// Lines of the turn itself, without the blank line after it.
    public let textLineCount: Int
}

/// A meeting's turns (all, or one speaker's) as a pane shows them at a width, with a query's matches
/// marked. Turns are wrapped only when first shown and then kept, so that opening a meeting, however long,
/// costs what is on the screen; places in it are `PanePosition`s: a turn and a line within it.
public final class PaneLayout: @unchecked Sendable {
    /// The pane's turns, by where they stand: a turn's text is read when it is first wrapped.
    public let turns: [TurnPlace]
    public let query: SearchQuery?
    let corpus: Corpus
    let textWidth: Int
    let quoted: [PassageRef: [Int]]
    /// The meeting's word index, for the query's matches; waited for when they are first asked for.
    private let words: @Sendable () -> MeetingWords
    private let speaker: String?
    /// The same turns without a query, whose wrapped lines this layout shares: typing a search then only
    /// finds the matches in the turns on screen, and wraps nothing.
    private let plain: PaneLayout?

    // Guarded by `lock`: turns wrapped so far, and the matches once counted.
    private let lock = NSLock()
    private var wrapped: [Int: TurnLines] = [:]
    private var counted: [PaneMatch]?

    public static let gutterWidth = 2

    init(
        corpus: Corpus, turns: [TurnPlace], speaker: String?, width: Int, query: SearchQuery?,
        quoted: [PassageRef: [Int]], plain: PaneLayout? = nil, words: @escaping @Sendable () -> MeetingWords
    ) {
        self.plain = query == nil ? nil : plain
        self.corpus = corpus
        self.turns = turns
        self.speaker = speaker
        self.textWidth = max(1, width - PaneLayout.gutterWidth)
        self.query = query
        self.quoted = quoted
        self.words = words
    }

    public var isEmpty: Bool { turns.isEmpty }

    // MARK: - Turns

    /// Turn `k` itself, its document read the first time one of its turns is asked for.
    public func turn(_ k: Int) -> Turn { corpus.documents[turns[k].document].turns[turns[k].index] }

    /// Turn `k` wrapped, at the first call for it.
    public func turnLines(_ k: Int) -> TurnLines {
        if let done = lock.withLock({ wrapped[k] }) { return done }
        let made = wrap(turn: k)
        lock.withLock { wrapped[k] = made }
        return made
    }

    /// How many turns have been wrapped so far.
    var wrappedTurnCount: Int { lock.withLock { wrapped.count } }

    /// Lines of turn `k`, its label through its last paragraph.
    public func lineCount(ofTurn k: Int) -> Int {
        turns.indices.contains(k) ? turnLines(k).textLineCount : 0
    }

    /// The line at a position, which must be in the layout.
    public func line(at p: PanePosition) -> PaneLine { turnLines(p.turn).lines[p.lineInTurn] }

    private func wrap(turn ordinal: Int) -> TurnLines {
        if let plain, let query {
            let shared = plain.turnLines(ordinal)
            let (hits, spans) = place(query, on: shared.lines, turn: ordinal)
            return TurnLines(lines: shared.lines, hits: hits, spans: spans, textLineCount: shared.textLineCount)
        }
        let document = turns[ordinal].document
        let turn = self.turn(ordinal)
        var lines: [PaneLine] = []
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
            let wrapped = TextWrapper.wrap(PaneLayout.segments(of: paragraph, matches: []), width: textWidth)
            // First column: interpreted speech; second, on the first line: quoted by a related document.
            let interpreted = paragraph.interpreted ? "┊" : " "
            let isQuoted = quoted[ref] != nil
            for (k, line) in wrapped.enumerated() {
                let gutter = interpreted + (k == 0 && isQuoted ? "“" : " ")
                lines.append(
                    PaneLine(kind: .text, turn: ordinal, ref: ref, gutter: gutter, segments: line.segments, startOffset: line.startOffset))
            }
            if p + 1 < turn.paragraphs.count {
                lines.append(PaneLine(kind: .blank, turn: ordinal, ref: nil, gutter: "  ", segments: [], startOffset: 0))
            }
        }
        let textLineCount = lines.count
        if ordinal + 1 < turns.count {
            lines.append(PaneLine(kind: .blank, turn: ordinal, ref: nil, gutter: "  ", segments: [], startOffset: 0))
        }
        let (hits, spans) = query.map { place($0, on: lines, turn: ordinal) } ?? ([], [])
        return TurnLines(lines: lines, hits: hits, spans: spans, textLineCount: textLineCount)
    }

    /// A query's matches in a turn's paragraphs, placed on its wrapped lines: where each begins, and what
    /// each covers on every line it is on.
    private func place(_ query: SearchQuery, on lines: [PaneLine], turn ordinal: Int) -> ([PaneHit], [MatchSpan]) {
        let turn = self.turn(ordinal)
        var hits: [PaneHit] = []
        var spans: [MatchSpan] = []
        var first = 0
        let matcher = QueryMatcher(query)
        for (p, paragraph) in turn.paragraphs.enumerated() {
            let ref = PassageRef(document: turns[ordinal].document, turn: turn.index, paragraph: p)
            guard let start = lines[first...].firstIndex(where: { $0.ref == ref }) else { continue }
            var end = start
            while end < lines.count && lines[end].ref == ref { end += 1 }
            first = end
            let matches = matcher.matches(in: paragraph)
            guard !matches.isEmpty else { continue }
            let chars = Array(paragraph.text)
            // Each line holds the characters from its start up to the next line's (the spaces at a break are dropped).
            let bounds = (start..<end).map { k in
                lines[k].startOffset..<(lines[k].startOffset + lines[k].segments.reduce(0) { $0 + $1.text.count })
            }
            for range in matches {
                // The line holding the match's first character, and its column there.
                let k = bounds.lastIndex { $0.lowerBound <= range.lowerBound } ?? 0
                let column = DisplayWidth.of(String(chars[bounds[k].lowerBound..<range.lowerBound]))
                let width = DisplayWidth.of(String(chars[range]))
                hits.append(PaneHit(turn: ordinal, line: start + k, column: column, width: width, ref: ref, range: range))
                for (j, line) in bounds.enumerated() where line.overlaps(range) {
                    let from = max(line.lowerBound, range.lowerBound)
                    let to = min(line.upperBound, range.upperBound)
                    spans.append(
                        MatchSpan(
                            line: start + j, column: DisplayWidth.of(String(chars[line.lowerBound..<from])),
                            width: DisplayWidth.of(String(chars[from..<to]))))
                }
            }
        }
        return (hits, spans)
    }

    // MARK: - Positions

    /// The first line.
    public var start: PanePosition { PanePosition() }

    /// The last line.
    public var end: PanePosition {
        guard let last = turns.indices.last else { return PanePosition() }
        return PanePosition(turn: last, lineInTurn: turnLines(last).lines.count - 1)
    }

    /// The nearest position that is in the layout: a turn past the end is the last, a line past its
    /// turn's end that turn's last line.
    public func clamped(_ p: PanePosition) -> PanePosition {
        guard !turns.isEmpty else { return PanePosition() }
        let turn = max(0, min(p.turn, turns.count - 1))
        return PanePosition(turn: turn, lineInTurn: max(0, min(p.lineInTurn, turnLines(turn).lines.count - 1)))
    }

    /// The position `n` lines after `p` (before, for a negative `n`), stopping at the first and last lines.
    /// Only the turns passed over are wrapped.
    public func position(_ p: PanePosition, movedBy n: Int) -> PanePosition {
        guard !turns.isEmpty else { return PanePosition() }
        let from = clamped(p)
        var turn = from.turn
        var line = from.lineInTurn
        var left = n
        while left > 0 {
            let room = turnLines(turn).lines.count - 1 - line
            if left <= room { return PanePosition(turn: turn, lineInTurn: line + left) }
            guard turn + 1 < turns.count else { return PanePosition(turn: turn, lineInTurn: line + room) }
            left -= room + 1
            turn += 1
            line = 0
        }
        while left < 0 {
            if -left <= line { return PanePosition(turn: turn, lineInTurn: line + left) }
            guard turn > 0 else { return PanePosition() }
            left += line + 1
            turn -= 1
            line = turnLines(turn).lines.count - 1
        }
        return PanePosition(turn: turn, lineInTurn: line)
    }

    /// Lines from `a` to `b`, counting no further than `limit`: `limit` when `b` is that far or more.
    public func distance(from a: PanePosition, to b: PanePosition, limit: Int) -> Int {
        var p = clamped(a)
        let target = clamped(b)
        var n = 0
        while p < target && n < limit {
            let next = position(p, movedBy: 1)
            if next == p { break }
            p = next
            n += 1
        }
        return n
    }

    /// The lowest top that still fills a view `height` lines tall: the last line then stands at its bottom.
    public func lastTop(height: Int) -> PanePosition { position(end, movedBy: -(max(1, height) - 1)) }

    /// Calls `body` for up to `count` lines from `top`, in order.
    func forEachLine(from top: PanePosition, count: Int, _ body: (PanePosition, PaneLine) -> Void) {
        guard !turns.isEmpty, count > 0 else { return }
        var p = clamped(top)
        var shown = 0
        while shown < count {
            let block = turnLines(p.turn)
            while p.lineInTurn < block.lines.count && shown < count {
                body(p, block.lines[p.lineInTurn])
                p.lineInTurn += 1
                shown += 1
            }
            guard p.turn + 1 < turns.count else { return }
            p = PanePosition(turn: p.turn + 1, lineInTurn: 0)
        }
    }

    /// The turn holding a paragraph, if the pane shows it.
    public func turn(holding ref: PassageRef) -> Int? {
        turns.firstIndex { $0.document == ref.document && $0.index == ref.turn }
    }

    /// Where to put the top so that a paragraph is in view: the line above it, for air; or, when the line
    /// holding character `offset` would fall in the lower half of a view `height` lines tall, two lines
    /// above that line; never above its turn's label. Nil when the layout does not hold the paragraph.
    public func top(showing ref: PassageRef, offset: Int?, height: Int) -> PanePosition? {
        guard let k = turn(holding: ref) else { return nil }
        let lines = turnLines(k).lines
        guard let first = lines.firstIndex(where: { $0.ref == ref }) else { return nil }
        var top = first - 1
        if let offset, let target = lines.indices.last(where: { lines[$0].ref == ref && lines[$0].startOffset <= offset }),
            target - top > height / 2
        {
            top = target - 2
        }
        return PanePosition(turn: k, lineInTurn: max(0, top))
    }

    /// The paragraph and character a line begins with; nil for a turn's label and blank lines.
    public func textPosition(at p: PanePosition) -> TextPosition? {
        let line = self.line(at: clamped(p))
        guard line.kind == .text else { return nil }
        return line.ref.map { TextPosition(ref: $0, offset: line.startOffset) }
    }

    /// The line showing a character of a paragraph; nil when the layout does not hold the paragraph.
    public func position(holding text: TextPosition) -> PanePosition? {
        guard let k = turn(holding: text.ref) else { return nil }
        let lines = turnLines(k).lines
        let holding = lines.indices.last { lines[$0].kind == .text && lines[$0].ref == text.ref && lines[$0].startOffset <= text.offset }
        return (holding ?? lines.firstIndex { $0.ref == text.ref }).map { PanePosition(turn: k, lineInTurn: $0) }
    }

    /// The first paragraph shown at or after a position (the turn's first, when its label is there).
    public func firstPassage(from p: PanePosition) -> PassageRef? {
        guard !turns.isEmpty else { return nil }
        var at = clamped(p)
        while true {
            let lines = turnLines(at.turn).lines
            if let ref = lines[at.lineInTurn...].lazy.compactMap(\.ref).first { return ref }
            guard at.turn + 1 < turns.count else { return nil }
            at = PanePosition(turn: at.turn + 1, lineInTurn: 0)
        }
    }

    // MARK: - Matches

    /// Every match of the query in the pane, in reading order, from the meeting's word index: no turn is
    /// wrapped and no text read to count them.
    public var matches: [PaneMatch] {
        if let done = lock.withLock({ counted }) { return done }
        var made: [PaneMatch] = []
        if let query, !turns.isEmpty {
            let index = words()
            let found = index.matches(for: query, speaker: speaker)
            made.reserveCapacity(found.count)
            // Both are in reading order: walk the pane's turns along with the matches, by number only.
            let documents = turns.map(\.document)
            let numbers = turns.map(\.index)
            var k = 0
            var last = -1
            var ordinal = 0
            for match in found {
                let ref = index.refs[match.paragraph]
                while k < documents.count && (documents[k] != ref.document || numbers[k] != ref.turn) { k += 1 }
                guard k < documents.count else { break }
                ordinal = match.paragraph == last ? ordinal + 1 : 0
                last = match.paragraph
                made.append(PaneMatch(turn: k, ref: ref, ordinal: ordinal))
            }
        }
        lock.withLock { counted = made }
        return made
    }

    /// A match placed on its turn's lines (wrapping that turn).
    public func hit(_ match: PaneMatch) -> PaneHit? {
        guard turns.indices.contains(match.turn) else { return nil }
        let inParagraph = turnLines(match.turn).hits.filter { $0.ref == match.ref }
        return inParagraph.indices.contains(match.ordinal) ? inParagraph[match.ordinal] : nil
    }

    /// Where a match is, to the line, wrapping only its turn.
    public func position(of match: PaneMatch) -> PanePosition {
        hit(match)?.position ?? PanePosition(turn: match.turn, lineInTurn: 0)
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
