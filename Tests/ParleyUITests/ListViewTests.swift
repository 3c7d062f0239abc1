import Foundation
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
        let expected = """
             parley  Mexico City · Feb 23 ⟷ Washington · May 18 2017    speakers · everyone
            ┏ speakers ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1/11 ┓
            ┃ Speaker          Feb 23               May 18               Distinctive words ┃
            ┃                  turns words    %  Q  turns words    %  Q                    ┃
            ┃ Tillerson            1   500  17%  0      7  1503  31%  4  secretary, two, m ┃
            ┃ Kelly                1   879  29%  0      7  1247  25%  4  legal, committed, ┃
            ┃ Videgaray            1  1029  34%  0      4  1177  24%  2  dialogue, topics, ┃
            ┃ Osorio Chong         1   519  17%  0      2   478  10%  1  need, states, bui ┃
            ┃ Moderator (Mex…      4   103   3%  0      0     0   0%  0  secretary, mr, os ┃
            ┃ Heather Nauert       0     0   0%  0      4    51   1%  0  question          ┃
            ┃ Moderator (Was…      0     0   0%  0      2    22   0%  0                    ┃
            ┃ Rich Edson           0     0   0%  0      4    96   2%  0  foreign           ┃
            ┃ Felicia Schwar…      0     0   0%  0      2   114   2%  0                    ┃
            ┃ ──────────────────────────────────────────────────────────────────────────── ┃
            ┃ Feb 23: 1 turn, 500 words (17%), 0 questions answered; distinctive,          ┃
            ┃ here/elsewhere: secretary 8/4, two 5/1, meetings 6/2, close 3/0, economic    ┃
            ┃ 3/0, forward 3/0                                                             ┃
            ┃ May 18: 7 turns, 1503 words (31%), 4 questions answered, longest turn 455    ┃
            ┃ words (turn 1); distinctive, here/elsewhere: think 12/0, many 7/0,           ┃
            ┃ organizations 7/0, world 7/0, drug 15/1                                      ┃
            ┃ used at both: mexico 5/12, countries 5/6, importance 5/6, secretary 8/4,   … ┃
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
             1 Tillerson 1│7  2 Kelly 1│7  3 Videgaray 1│4  4 Osorio Chong 1│2  0 everyone
               j/k move   Enter show side by side   v next view   ? help   q quit
            """
        #expect(frame.text == expected, "\(frame.debugDescription)")
        #expect(frame.roles(row: 4).contains(.selection))
        #expect(frame.roles(row: 2).contains(.tableHeader))
        let picked = BrowserFixture.typing([.character("j"), .enter], from: s)
        #expect(picked.view == .compare)
        #expect(picked.speaker == "kelly")
    }

    @Test func aWideTerminalShowsListsWithoutCuttingThem() {
        func frame(_ keys: String) -> Grid {
            BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys(keys), from: BrowserFixture.state(width: 200, height: 60)))
        }
        let speakers = frame("v")
        #expect(
            speakers.text.contains(
                "Tillerson            1   500  17%  0      7  1503  31%  4  secretary, two, meetings │ think, many, organizations"))
        // Every row of the table and the whole detail fit.
        #expect(speakers.text.contains("Jose Diaz Bris…      0     0   0%  0      1    75   2%  0"))
        #expect(speakers.text.contains("used at both: mexico 5/12"))
        #expect(!speakers.text.contains("… ┃"))
        let alignment = frame("2vvv")
        #expect(
            alignment.text.contains(
                "0.27  We are committed to joint efforts – that is, Mexico … ⟷ One of my first stops — well, my first stop, actuall…"))
        #expect(alignment.text.contains("smuggling, including, together, secure, human, work"))
        let quotes = frame("vvvv")
        #expect(
            quotes.text.contains(
                "During the course of our meetings, we discussed the breadth of challenges and opportunities in the U.S.-Mexico relationship."
            ))
        let documents = frame("vvvvv")
        #expect(
            documents.text.contains("┃ We just concluded a very productive set of meetings with our counterparts Secretary of           ┃"))
        #expect(documents.row(1).contains("┌ Mexico City · Feb 23 2017"))
        let kwic = frame("/deportations\nvv")
        #expect(kwic.text.contains("Let me be very, very clear: There will be no, repeat, no mass  deportations . Everything we do in DHS"))
    }

    @Test func keywordInContextListsEveryHitAlignedAndJumpsToIt() {
        let s = BrowserFixture.typing(BrowserFixture.keys("/deportations\nvv"))
        #expect(s.view == .concordance)
        let frame = BrowserFixture.frame(s)
        #expect(frame.row(2).contains("8 hits for deportations"))
        // The hit stands in one column on every row.
        let columns = (3..<11).map { frame.row($0).range(of: "deportations")!.lowerBound.utf16Offset(in: frame.row($0)) }
        #expect(Set(columns).count == 1)
        let jumped = BrowserFixture.typing([.character("j"), .enter], from: s)
        #expect(jumped.view == .compare && jumped.focus == .left)
        let top = jumped.topLine(.left, context: context)
        let layout = jumped.layout(.left, context: context)
        #expect(layout.turns[layout.turn(atLine: top)].speakerID == "kelly")
        let shown = (top..<(top + jumped.screen.viewHeight)).map { layout.lines[$0].segments.map(\.text).joined() }.joined(separator: " ")
        #expect(shown.contains("no mass deportations"))
    }

    @Test func oReordersTheKeywordInContextHits() {
        var s = BrowserFixture.typing(BrowserFixture.keys("/border\nvv"))
        func rows() -> [String] { s.list(context: context).rows.map { $0.segments.map(\.text).joined() } }
        let byPosition = rows()
        #expect(BrowserFixture.frame(s).row(2).contains("31 hits for border · by position · o to reorder"))
        s = BrowserFixture.typing([.character("o")], from: s)
        #expect(BrowserFixture.frame(s).row(2).contains("by speaker"))
        // One speaker's hits together.
        let speakers = s.list(context: context).rows.map { $0.segments[0].text.dropFirst(7).trimmingCharacters(in: .whitespaces) }
        var runs: [String] = []
        for name in speakers where name != runs.last { runs.append(name) }
        #expect(runs.count == Set(runs).count)
        s = BrowserFixture.typing([.character("o")], from: s)
        #expect(BrowserFixture.frame(s).row(2).contains("by word before"))
        #expect(rows().first?.contains("cross- border") == true)
        s = BrowserFixture.typing([.character("o"), .character("o")], from: s)
        #expect(rows() == byPosition)
        // Elsewhere the key only says where it works.
        let compare = BrowserFixture.typing([.character("o")])
        #expect(compare.message?.contains("keyword-in-context") == true)
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
        #expect(
            frame.roles(
                row: (0..<24).first { frame.row($0).contains("The next working [group") && !frame.row($0).contains("communique:") }!
            ).contains(.selection))
    }

    @Test func theSelectedSpeakerShowsLongestTurnsAndTheWordsOfBothMeetings() {
        let s = BrowserFixture.typing(BrowserFixture.keys("vj"), from: BrowserFixture.state(width: 100, height: 30))
        let text = BrowserFixture.frame(s).text
        #expect(text.contains("Feb 23: 1 turn, 879 words (29%), 0 questions answered; distinctive, here/elsewhere: legal 6/0"))
        #expect(text.contains("May 18: 7 turns, 1247 words (25%), 4 questions answered, longest turn 519 words (turn 3)"))
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

    @Test func aClickSelectsTheRowDrawnUnderThePointer() throws {
        // The speakers table has two header lines and a detail under the rows: the click must allow for both.
        var s = BrowserFixture.typing(BrowserFixture.keys("v"))
        let y = try #require((0..<24).first { BrowserFixture.frame(s).row($0).contains("Osorio Chong ") })
        s.apply(.mouseClick(x: 10, y: y), context: context)
        #expect(s.listSelection == 3)
        // A click on the detail or the header selects nothing new.
        s.apply(.mouseClick(x: 10, y: 20), context: context)
        s.apply(.mouseClick(x: 10, y: 3), context: context)
        #expect(s.listSelection == 3)
        // Further down a long list, rows have scrolled.
        var q = BrowserFixture.typing(BrowserFixture.keys("vvvv") + Array(repeating: .character("j"), count: 30))
        let frame = BrowserFixture.frame(q)
        let other = try #require((3..<24).first { !frame.roles(row: $0).contains(.selection) && frame.row($0).contains("→") })
        let text = frame.row(other)
        q.apply(.mouseClick(x: 10, y: other), context: context)
        let picked = q.list(context: context).rows[q.listSelection].segments.map(\.text).joined()
        #expect(text.contains(String(picked.prefix(40))))
    }

    @Test func backspaceReturnsToTheListOnTheSameItem() {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvv") + Array(repeating: .character("j"), count: 12) + [.enter])
        #expect(s.view == .compare)
        #expect(BrowserFixture.frame(s).row(23).contains("⌫ back to quotes traced"))
        s = BrowserFixture.typing([.backspace], from: s)
        #expect(s.view == .quotes && s.listSelection == 12)
        // The related documents come back on the same document and line.
        s = BrowserFixture.typing(BrowserFixture.keys("v") + [.tab], from: s)
        let rows = s.list(context: context).rows
        let traced = rows.indices.first { $0 > 15 && rows[$0].target != nil }!
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: traced) + [.enter], from: s)
        #expect(s.view == .compare)
        s = BrowserFixture.typing([.backspace], from: s)
        #expect(s.view == .documents && s.documentShown == 1 && s.listSelection == traced)
        // Side by side with nowhere to return to, it says how it works.
        let plain = BrowserFixture.typing([.backspace])
        #expect(plain.view == .compare)
        #expect(plain.message?.hasPrefix("nothing to go back to") == true)
    }

    @Test func quotesPointAtTheSpokenSource() {
        let s = BrowserFixture.typing(BrowserFixture.keys("vvvv"))
        let list = s.list(context: context)
        #expect(list.rows.count > 20)
        let text = BrowserFixture.frame(s).text
        #expect(text.contains("→ Tillerson Feb 23"))
        let shown = BrowserFixture.typing([.character("j"), .enter], from: s)
        let layout = shown.layout(.left, context: context)
        #expect(layout.turns[layout.turn(atLine: shown.topLine(.left, context: context))].speakerID == "tillerson")
    }
}

/// A related document read in the browser: traced sentences marked, Enter on one shows what was said.
struct DocumentReaderTests {
    let context = BrowserFixture.context

    @Test func aWideTerminalReadsTheDocumentBesideWhatWasSaid() throws {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvvv") + [.tab], from: BrowserFixture.state(width: 130, height: 32))
        #expect(s.showsSourcePreview)
        // On a line no sentence of which is traced, the right pane says so.
        var frame = BrowserFixture.frame(s)
        #expect(frame.row(1).contains("┌ what was said"))
        #expect(frame.text.contains("The selected line is not traced to anything said."))
        // The line holding "complex" and "not easy": Videgaray's paragraph, its sentences traced marked.
        let rows = s.list(context: context).rows
        let line = try #require(rows.firstIndex { $0.segments.map(\.text).joined().contains("emphasized the need for continued dialogue") })
        s = BrowserFixture.typing(Array(repeating: .character("j"), count: line), from: s)
        frame = BrowserFixture.frame(s)
        #expect(frame.row(1).contains("┌ Mexico City · Feb 23 2017"))
        let y = try #require((2..<30).first { frame.row($0).contains("this is a long-term process") })
        let right = frame.roles(row: y).dropFirst(65)
        #expect(right.contains(.traced))
        // The document keeps the left half, wrapped to it.
        #expect((2..<30).allSatisfy { DisplayWidth.of(String(frame.row($0).prefix(65))) <= 65 })
        #expect(frame.row(2).hasPrefix("┃ Tillerson and Kelly Visit Mexico, Discuss Migration — article"))
    }

    @Test func quoteMarkGoesRoundTheSentencesQuotingThePassageOnTop() throws {
        var s = BrowserFixture.state()
        // Tillerson's February paragraph with "curtail irregular migration".
        let ref = PassageRef(document: 0, turn: 3, paragraph: 3)
        _ = s.reveal(ref, context: context)
        #expect(s.passageAtTop(.left, context: context) == ref)
        let quoting = context.analysis.quoteTraces(context.corpus).filter { $0.source?.ref == ref }
        #expect(quoting.count >= 3)
        for n in 0..<quoting.count {
            s = BrowserFixture.typing([.character("\"")], from: s)
            #expect(s.view == .documents)
            #expect(s.message?.contains("this is \(n + 1)") == true)
            // The selected line holds the start of the quoting sentence.
            let unit = quoting[n].unit
            let row = try #require(s.list(context: context).rows[safe: s.listSelection])
            #expect(row.at?.ref == unit.ref)
            #expect((row.at?.offset ?? .max) <= unit.range.lowerBound)
            #expect(row.segments.map(\.text).joined().contains(String(unit.text.prefix { $0 != " " })))
        }
        // Round again to the first.
        s = BrowserFixture.typing([.character("\"")], from: s)
        #expect(s.message?.contains("this is 1") == true)
    }

    @Test func quoteMarkOnAPassageNobodyQuotedSaysSo() {
        let s = BrowserFixture.typing([.character("\"")])
        #expect(s.view == .compare)
        #expect(s.message == "nothing in the related documents is traced to this passage")
    }

    @Test func aResizeKeepsTheSelectedLineOfTheDocument() throws {
        var s = BrowserFixture.typing(BrowserFixture.keys("vvvvv") + [.tab] + Array(repeating: .character("j"), count: 25))
        let before = try #require(s.list(context: context).rows[safe: s.listSelection]?.at)
        for size in [Size(width: 130, height: 32), Size(width: 60, height: 20), Size(width: 80, height: 24)] {
            s.apply(.resize(size), context: context)
            let row = try #require(s.list(context: context).rows[safe: s.listSelection])
            // The selected line holds the character the line selected before started with.
            let next = s.list(context: context).rows[safe: s.listSelection + 1]?.at
            #expect(row.at?.ref == before.ref)
            #expect((row.at?.offset ?? .max) <= before.offset)
            #expect(
                next?.ref != before.ref || (next?.offset ?? .max) > before.offset,
                "\(size) \(String(describing: row.at)) \(String(describing: next)) \(before) \(s.listSelection)")
        }
    }

    @Test func belowTheWidthForTwoPanesTheDocumentHasTheScreen() {
        let s = BrowserFixture.typing(BrowserFixture.keys("vvvvv"), from: BrowserFixture.state(width: 119, height: 30))
        #expect(!s.showsSourcePreview)
        #expect(!BrowserFixture.frame(s).text.contains("what was said"))
    }

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
        #expect(layout.turns[layout.turn(atLine: s.topLine(s.focus, context: context))].speakerID == "kelly")
    }
}
