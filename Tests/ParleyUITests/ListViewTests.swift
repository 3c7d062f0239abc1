import ParleyModel
import Testing

@testable import ParleyUI

/// The comparison views `v` cycles through, and Enter taking the reader to the passage.
struct ListViewTests {
    let context = BrowserFixture.context

    @Test func vCyclesThroughEveryViewAndBack() {
        var s = BrowserFixture.state()
        var seen: [BrowserView] = []
        for _ in BrowserView.allCases {
            seen.append(s.view)
            s = BrowserFixture.typing([.character("v")], from: s)
        }
        #expect(seen == BrowserView.allCases)
        #expect(s.view == .compare)
    }

    @Test func speakersTableShowsCountsPerMeetingAndEnterFiltersToThatPerson() {
        let s = BrowserFixture.typing(BrowserFixture.keys("v"))
        let frame = BrowserFixture.frame(s)
        #expect(frame.row(2).hasPrefix("┃ Speaker          Feb 23 turns·words·%·Q May 18 turns·words·%·Q"))
        #expect(frame.row(3).hasPrefix("┃ Tillerson               1 500 17% 0            7 1503 31% 4"))
        #expect(frame.row(4).hasPrefix("┃ Kelly                   1 879 29% 0            7 1247 25% 4"))
        #expect(frame.roles(row: 3).contains(.selection))
        let picked = BrowserFixture.typing([.character("j"), .enter], from: s)
        #expect(picked.view == .compare)
        #expect(picked.speaker == "kelly")
    }

    @Test func keywordInContextListsEveryHitAlignedAndJumpsToIt() {
        let s = BrowserFixture.typing(BrowserFixture.keys("/deportations\nvv"))
        #expect(s.view == .concordance)
        let frame = BrowserFixture.frame(s)
        #expect(frame.row(2) .contains("8 hits for deportations"))
        // The hit stands in one column on every row.
        let columns = (3..<11).map { frame.row($0).range(of: "deportations")!.lowerBound.utf16Offset(in: frame.row($0)) }
        #expect(Set(columns).count == 1)
        let jumped = BrowserFixture.typing([.character("j"), .enter], from: s)
        #expect(jumped.view == .compare && jumped.focus == .left)
        let top = jumped.topLine(.left, context: context)
        let layout = jumped.layout(.left, context: context)
        #expect(layout.turns[layout.turn(atLine: top)].turn.speakerID == "kelly")
        let shown = (top..<(top + jumped.screen.viewHeight)).map { layout.lines[$0].segments.map(\.text).joined() }.joined(separator: " ")
        #expect(shown.contains("no mass deportations"))
    }

    @Test func keywordInContextWithoutASearchSaysHowToStart() {
        let frame = BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys("vv")))
        #expect(frame.text.contains("Search with / first"))
    }

    @Test func alignmentNeedsASpeakerThenShowsBothPassagesOfAPair() {
        let none = BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys("vvv")))
        #expect(none.text.contains("Pick a speaker"))
        let s = BrowserFixture.typing(BrowserFixture.keys("2vvv"))
        let list = s.list(context: context)
        #expect(!list.rows.isEmpty)
        guard case .pair(let left, let right, _) = list.rows[0].target else {
            Issue.record("an alignment row should point at two passages")
            return
        }
        let shown = BrowserFixture.typing([.enter], from: s)
        for (side, ref) in [(PaneSide.left, left), (.right, right)] {
            let layout = shown.layout(side, context: context)
            let top = shown.topLine(side, context: context)
            #expect(layout.lines[top..<min(layout.lines.count, top + 3)].contains { $0.ref == ref })
        }
    }

    /// The role of the cell where `word` first appears on a frame row (rows of single-width characters).
    private func role(of word: String, inRowContaining text: String, _ frame: Grid) -> Role? {
        guard let y = (0..<frame.size.height).first(where: { frame.row($0).contains(text) }) else { return nil }
        let row = frame.row(y)
        guard let range = row.range(of: word) else { return nil }
        return frame.roles(row: y)[row.distance(from: row.startIndex, to: range.lowerBound)]
    }

    @Test func anAlignedPairShowsItsSharedWordsMarkedInBothPanes() throws {
        // Kelly's February "weapon smuggling … drug smuggling" paragraph and May's "drug smuggling or human smuggling".
        var s = BrowserFixture.typing(BrowserFixture.keys("2vvv"), from: BrowserFixture.state(width: 100))
        let row = try #require(s.list(context: context).rows.firstIndex { $0.segments.map(\.text).joined().contains("We are committed") })
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: row) + [.enter], from: s)
        let frame = BrowserFixture.frame(s)
        #expect(role(of: "smuggling", inRowContaining: "weapon smuggling", frame) == .sharedTerm)
        #expect(role(of: "smuggling", inRowContaining: "human smuggling", frame) == .sharedTerm)
        // Words the other passage lacks stay plain.
        #expect(role(of: "weapon", inRowContaining: "weapon smuggling", frame) == .text)
        // Esc clears the marking.
        let cleared = BrowserFixture.typing([.escape], from: s)
        #expect(cleared.emphasis.isEmpty)
        #expect(role(of: "smuggling", inRowContaining: "weapon smuggling", BrowserFixture.frame(cleared)) == .text)
    }

    @Test func aTracedSentenceOpensAtItsSourceSentenceMarked() throws {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvv"))
        // The communique's "next working [group] meeting … in Washington, D.C." is Tillerson's.
        let row = try #require(s.list(context: context).rows.firstIndex { $0.segments.map(\.text).joined().contains("The next working") })
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: row) + [.enter], from: s)
        let frame = BrowserFixture.frame(s)
        #expect(role(of: "Washington", inRowContaining: "Washington, D.C.", frame) == .traced)
        // The sentence before it in the same paragraph is not the source.
        #expect(role(of: "prosperity", inRowContaining: "prosperity.", frame) == .text)
    }

    @Test func aSourceSentenceDeepInALongParagraphIsScrolledIntoView() throws {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvv"))
        // The communique's "Thusly, the officials agreed …" traces to the end of Videgaray's long North Triangle paragraph.
        let row = try #require(s.list(context: context).rows.firstIndex { $0.segments.map(\.text).joined().contains("Thusly") })
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: row) + [.enter], from: s)
        let marked = try #require(s.emphasis.first)
        let layout = s.layout(.left, context: context)
        let top = s.topLine(.left, context: context)
        let markedLine = try #require(layout.lines.lastIndex { $0.ref == marked.ref && $0.startOffset <= marked.ranges[0].lowerBound })
        #expect(layout.lines.firstIndex { $0.ref == marked.ref }! < top)
        #expect(markedLine - top == 2)
    }

    @Test func theSelectedTraceShowsItsSourceAndWordDifferenceUnderTheList() throws {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvv"))
        let row = try #require(s.list(context: context).rows.firstIndex { $0.segments.map(\.text).joined().contains("The next working") })
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: row), from: s)
        let frame = BrowserFixture.frame(s)
        #expect(frame.text.contains("said by Tillerson at Mexico City · Feb 23 2017, turn 4 ¶5"))
        #expect(role(of: "[-And", inRowContaining: "[-And we look forward", frame) == .removed)
        #expect(role(of: "{+The", inRowContaining: "{+The next working", frame) == .added)
        // The selected row stays in sight above the detail.
        #expect(frame.roles(row: (0..<24).first { frame.row($0).contains("The next working [group") && !frame.row($0).contains("communique:") }!).contains(.selection))
    }

    @Test func theSelectedSpeakerShowsLongestTurnsAndTheWordsOfBothMeetings() {
        let s = BrowserFixture.typing(BrowserFixture.keys("vj"), from: BrowserFixture.state(width: 100, height: 30))
        let text = BrowserFixture.frame(s).text
        #expect(text.contains("Feb 23: longest turn 879 words (turn 8)"))
        #expect(text.contains("May 18: longest turn 519 words (turn 3)"))
        #expect(text.contains("used at both: mexico 11/13, states 10/10"))
    }

    @Test func inASmallTerminalTheDetailLeavesTheSelectionInSight() {
        for height in 10...14 {
            var s = BrowserFixture.typing(BrowserFixture.keys("vvvv"), from: BrowserFixture.state(width: 40, height: height))
            s = BrowserFixture.typing(Array(repeating: .character("j"), count: 20), from: s)
            let frame = BrowserFixture.frame(s)
            #expect((0..<height).contains { frame.roles(row: $0).contains(.selection) }, "height \(height)")
        }
    }

    @Test func quotesPointAtTheSpokenSource() {
        let s = BrowserFixture.typing(BrowserFixture.keys("vvvv"))
        let list = s.list(context: context)
        #expect(list.rows.count > 20)
        let text = BrowserFixture.frame(s).text
        #expect(text.contains("→ Tillerson Feb 23"))
        let shown = BrowserFixture.typing([.character("j"), .enter], from: s)
        let layout = shown.layout(.left, context: context)
        #expect(layout.turns[layout.turn(atLine: shown.topLine(.left, context: context))].turn.speakerID == "tillerson")
    }
}

/// A related document read in the browser: traced sentences marked, Enter on one shows what was said.
struct DocumentReaderTests {
    let context = BrowserFixture.context

    @Test func theJointStatementReadsWithItsTracedSentencesMarked() {
        let s = BrowserFixture.typing(BrowserFixture.keys("vvvvv"))
        #expect(s.view == .documents)
        let frame = BrowserFixture.frame(s)
        #expect(frame.row(2).contains("Joint Statement by Rex Tillerson and John Kelly"))
        #expect(frame.text.contains("During the course of our meetings"))
        #expect((3..<20).contains { frame.roles(row: $0).contains(.traced) })
    }

    @Test func tabTurnsToTheNextDocumentAndEnterShowsTheSource() {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvvv"))
        s = BrowserFixture.typing([.tab], from: s)
        #expect(BrowserFixture.frame(s).row(2).contains("Tillerson and Kelly Visit Mexico"))
        // Down to the block quote of Kelly's "no mass deportations" passage.
        let rows = s.list(context: context).rows
        let quote = rows.firstIndex { $0.segments.map(\.text).joined().contains("There will be no mass deportations") }!
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: quote) + [.enter], from: s)
        #expect(s.view == .compare)
        let layout = s.layout(s.focus, context: context)
        #expect(layout.turns[layout.turn(atLine: s.topLine(s.focus, context: context))].turn.speakerID == "kelly")
    }
}
