import ParleyModel
import Testing

@testable import ParleyUI

/// Panes wrap only the turns they show, and every move through a meeting lands where counting its lines
/// from the top would.
struct PaneLayoutTests {
    let context = BrowserFixture.context

    @Test func theFirstFrameWrapsOnlyTheTurnsOnScreen() {
        // A context of its own, so that no other test has wrapped its turns yet.
        let context = BrowserContext(corpus: BrowserFixture.context.corpus)
        var s = BrowserFixture.state()
        s.apply(.resize(Size(width: 80, height: 24)), context: context)
        _ = BrowserRenderer.render(s, context: context)
        let right = s.layout(.right, context: context)
        #expect(right.turns.count == 35)
        // The May pane shows two turns on 21 lines; moving needs at most the next and the last.
        #expect(right.wrappedTurnCount <= 4)
    }

    @Test func movingByLinesLandsWhereCountingFromTheTopWould() {
        let layout = context.layout(meeting: 1, speaker: nil, width: 38, query: nil)
        let total = layout.lines.count
        let starts = layout.turnStarts
        for from in stride(from: 0, to: total, by: 7) {
            let turn = layout.turn(atLine: from)
            let p = PanePosition(turn: turn, lineInTurn: from - starts[turn])
            for n in [-100, -21, -3, -1, 0, 1, 2, 5, 20, 60, 1000] {
                let moved = layout.position(p, movedBy: n)
                #expect(layout.lineNumber(of: moved) == max(0, min(total - 1, from + n)), "from line \(from) by \(n)")
            }
        }
        #expect(layout.lineNumber(of: layout.lastTop(height: 21)) == total - 21)
        #expect(layout.lineNumber(of: layout.end) == total - 1)
    }

    @Test func distanceCountsLinesUpToALimit() {
        let layout = context.layout(meeting: 1, speaker: nil, width: 38, query: nil)
        let a = PanePosition(turn: 0, lineInTurn: 2)
        let b = layout.position(a, movedBy: 30)
        #expect(layout.distance(from: a, to: b, limit: 100) == 30)
        #expect(layout.distance(from: a, to: b, limit: 10) == 10)
        #expect(layout.distance(from: b, to: a, limit: 100) == 0)
    }

    @Test func scrollingLineByLinePassesFromTurnToTurn() {
        var s = BrowserFixture.state()
        s.sync = false
        var tops: [Int] = []
        for _ in 0..<60 {
            s.apply(.scrollLines(1), context: context)
            tops.append(s.topLine(.left, context: context))
        }
        // One line a key, across the blank line after each turn, until the last screen.
        let lastTop = s.layout(.left, context: context).lines.count - s.screen.viewHeight
        #expect(tops == (1...60).map { min($0, lastTop) })
        #expect(s.top(.left, context: context).turn >= 1)
    }

    @Test func everyMatchCountedFromTheIndexIsOnItsTurnsLines() {
        for query in ["mexico", "Mexico", "border*", "\"the united states\"", "kelly tillerson", "it's"] {
            for speaker in [nil, "tillerson", "kelly"] as [String?] {
                for meeting in context.transcriptMeetings {
                    let layout = context.layout(meeting: meeting, speaker: speaker, width: 50, query: SearchQuery(query, caseMode: .smart))
                    let placed = layout.turns.indices.flatMap { layout.turnLines($0).hits }
                    #expect(layout.matches.count == placed.count, "\(query) by \(speaker ?? "everyone") in meeting \(meeting)")
                    #expect(layout.matches.map { layout.hit($0) } == placed.map { Optional($0) })
                }
            }
        }
    }
}

/// Matches are drawn over lines wrapped once for every query: each covers the very columns that wrapping
/// the paragraph with its matches cut out as segments of their own would give them.
struct MatchSpanTests {
    let context = BrowserFixture.context

    /// Columns of `.match` segments on each line of a paragraph wrapped with its matches as segments.
    func segmentedColumns(_ paragraph: Paragraph, query: SearchQuery, width: Int) -> [[Range<Int>]] {
        let matches = query.matches(in: SearchIndex.tokens(of: paragraph))
        return TextWrapper.wrap(PaneLayout.segments(of: paragraph, matches: matches), width: width).map { line in
            var x = 0
            var marked: [Range<Int>] = []
            for segment in line.segments {
                let w = DisplayWidth.of(segment.text)
                if segment.role == .match { marked.append(x..<(x + w)) }
                x += w
            }
            return marked
        }
    }

    @Test func spansCoverWhatMatchSegmentsWould() {
        for text in ["border", "\"united states\"", "mexico*", "Mexico", "it's", "the"] {
            let query = SearchQuery(text, caseMode: .smart)
            for meeting in context.transcriptMeetings {
                for width in [24, 38, 61] {
                    let layout = context.layout(meeting: meeting, speaker: nil, width: width, query: query)
                    for k in layout.turns.indices {
                        let block = layout.turnLines(k)
                        for (p, paragraph) in layout.turn(k).paragraphs.enumerated() {
                            let ref = PassageRef(document: layout.turns[k].document, turn: layout.turns[k].index, paragraph: p)
                            let lines = block.lines.indices.filter { block.lines[$0].ref == ref }
                            let expected = segmentedColumns(paragraph, query: query, width: width - PaneLayout.gutterWidth)
                            let drawn = lines.map { line in
                                block.spans.filter { $0.line == line }.map { $0.column..<($0.column + $0.width) }
                            }
                            // Neighbouring match segments on a line (a phrase's words) are one run when drawn.
                            #expect(drawn.map(merged) == expected.map(merged), "\(text) at width \(width), \(ref)")
                        }
                    }
                }
            }
        }
    }

    func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = out.last, last.upperBound >= r.lowerBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
