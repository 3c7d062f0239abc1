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
        guard case .pair(let left, let right) = list.rows[0].target else {
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
