import ParleyModel
import Testing

@testable import ParleyUI

/// The timeline view: one person, or one search, across the archive; Enter opens a meeting beside the
/// current one. And `D`, which narrows the archive to a range of dates.
struct TimelineViewTests {
    typealias F = ArchiveFixture

    /// The state after typing `keys`, then `v` until the timeline is on screen.
    static func timeline(_ keys: String, from start: BrowserState? = nil, width: Int = 80, height: Int = 24) -> BrowserState {
        var s = F.typing(BrowserFixture.keys(keys), from: start ?? F.state(width: width, height: height))
        while s.view != .timeline { s = F.typing([.character("v")], from: s) }
        return s
    }

    static func rows(_ frame: Grid, _ range: ClosedRange<Int>) -> String { range.map { frame.row($0) }.joined(separator: "\n") }

    @Test func personTimelineAt80x24HasARowPerMeetingWhereTheySpoke() {
        let frame = F.frame(Self.timeline("1/border\n"))
        let expected = """
            ┃ Kelly spoke at 3 of 5 meetings · 4 turns, 30 words · "border": 2 hits        ┃
            ┃   Date       Place        Turns  Words  Share  Hits                          ┃
            ┃ L 2017-03-03 Mexico City      2     19    73%     2 ████████████████████████ ┃
            ┃ R 2017-05-18 Washington       1      4    36%     0                          ┃
            ┃   2019-01-12 Mérida           1      7    70%     0                          ┃
            """
        #expect(Self.rows(frame, 2...6) == expected, "\(frame.debugDescription)")
        #expect(frame.row(0).hasSuffix("timeline · Kelly"))
        #expect(frame.row(1).hasSuffix(" 1/3 ┓"))
        #expect(frame.row(18).hasPrefix("┃ Mexico City · Mar 3 2017: first hit, said by Kelly (turn 1) · Enter opens it"))
        #expect(frame.row(20).hasPrefix("┃ Good morning. We met today to talk about the border."))
        // The bar is drawn in the hit colour, the place in the speaker colour.
        #expect(frame[60, 5].role == .match || frame[60, 4].role == .selection)
        #expect(frame[16, 5].role == .speaker)
    }

    @Test func wGoesStraightToTheTimelineFromAnyViewAndBackSideBySide() {
        let timeline = F.typing(BrowserFixture.keys("1/border\nW"))
        #expect(timeline.view == .timeline)
        #expect(F.frame(timeline).row(2).contains("Kelly spoke at 3 of 5 meetings"))
        #expect(F.typing([.character("W")], from: timeline).view == .compare)
        // From another list view too: no view between is worked out.
        let fromSpeakers = F.typing(BrowserFixture.keys("vW"))
        #expect(fromSpeakers.view == .timeline)
    }

    @Test func personTimelineAt200x60GivesWholePlacesAndABarOfFortyCells() {
        let frame = F.frame(Self.timeline("1/border\n", width: 200, height: 60))
        #expect(frame.row(3).hasPrefix("┃   Date       Place                        Turns  Words  Share  Hits"))
        #expect(
            frame.row(4).hasPrefix(
                "┃ L 2017-03-03 Mexico City, Mexico              2     19    73%     2 " + String(repeating: "█", count: 40) + " "))
        #expect(frame.row(6).hasPrefix("┃   2019-01-12 Mérida, Mexico                   1      7    70%     0  "))
        #expect(frame.row(7).allSatisfy { $0 == " " || $0 == "┃" })
        #expect(frame.row(55).hasPrefix("┃ Mexico City · Mar 3 2017: first hit, said by Kelly (turn 1) · Enter opens it beside this pane"))
        #expect(frame.size == Size(width: 200, height: 60))
    }

    @Test func termTimelineAt80x24HasHitsPerMeetingAndTheTopSpeaker() {
        let frame = F.frame(Self.timeline("/border\n"))
        let expected = """
            ┃ "border" said at 2 of 5 meetings: 3 hits · most: Kelly 2, Tillerson 1        ┃
            ┃   Date       Place              Words  Hits                     Kelly        ┃
            ┃ L 2017-03-03 Mexico City           26     2 ███████████████████ 2 ██████     ┃
            ┃   2017-10-18 Houston, Texas        19     1 █████████▌          ·            ┃
            """
        #expect(Self.rows(frame, 2...5) == expected, "\(frame.debugDescription)")
        #expect(frame.row(0).hasSuffix("timeline · everyone"))
    }

    @Test func termTimelineAt200x60HasAColumnPerSpeakerWhoSaidIt() {
        let frame = F.frame(Self.timeline("/border\n", width: 200, height: 60))
        #expect(frame.row(3).contains("Hits " + String(repeating: " ", count: 41) + "Kelly       Tillerson"))
        #expect(frame.row(4).contains("     2 " + String(repeating: "█", count: 40) + " 2 ██████    ·"))
        #expect(
            frame.row(5).contains("     1 " + String(repeating: "█", count: 20) + String(repeating: " ", count: 20) + " ·           1 ███"))
    }

    @Test func withEveryoneShownAndNoSearchTheTimelineFollowsWhoeverIsOnTop() {
        let s = Self.timeline("")
        #expect(s.timelineSubject(context: F.context) == "kelly")
        // The second turn of the left pane is Videgaray's.
        let videgaray = Self.timeline("J")
        #expect(videgaray.timelineSubject(context: F.context) == "videgaray")
        #expect(
            F.frame(videgaray).row(2).hasPrefix("┃ Luis Videgaray Caso spoke at 2 of 5 meetings")
                || F.frame(videgaray).row(2).contains("Videgaray"))
    }

    @Test func enterOpensTheMeetingBesideTheFocusedPaneOnThePersonsFirstTurn() {
        // Kelly's third meeting, Mérida, goes in the right pane beside Mexico City.
        var s = Self.timeline("1")
        s = F.typing([.character("j"), .character("j"), .enter], from: s)
        #expect(s.view == .compare)
        #expect(F.panes(s) == ["2017-03-03-mexico-city", "2019-01-12-merida"])
        #expect(s.focus == .right)
        let frame = F.frame(s)
        #expect(frame.row(2).contains("SECRETARY KELLY") || F.frame(s).debugDescription.contains("Thank you for having us in Mérida."))
        // Backspace goes back to the timeline, on the same row.
        s = F.typing([.backspace], from: s)
        #expect(s.view == .timeline && s.listSelection == 2)
    }

    @Test func enterOnAMeetingAlreadyInAPaneScrollsThatPaneToTheFirstHit() {
        var s = Self.timeline("/tillerson\n")
        s = Self.timeline("", from: F.typing([.escape, .character("/")] + BrowserFixture.keys("pipelines\n"), from: F.state()))
        #expect(s.list(context: F.context).rows.count == 1)
        s = F.typing([.enter], from: s)
        #expect(F.panes(s) == ["2017-03-03-mexico-city", "2017-10-18-houston"])
        #expect(s.focus == .right)
        // Houston's first hit is in Tillerson's second turn.
        #expect(s.position(.right).turn == 1)
    }

    // MARK: - Dates

    @Test func datesNarrowThePickerTheStepsAndTheTimeline() {
        var s = F.typing([.character("D")] + BrowserFixture.keys("2017\n"))
        #expect(s.dateRange.description == "2017")
        #expect(s.message == "3 of 5 meetings are dated 2017")
        #expect(BrowserState.meetingPickerEntries(filter: "", range: s.dateRange, context: F.context).count == 3)
        // ) from Washington stops at Houston, the last meeting of 2017.
        s = F.typing([.tab, .character(")")], from: s)
        #expect(F.panes(s)[1] == "2017-10-18-houston")
        s = F.typing([.character(")")], from: s)
        #expect(s.message == "no later meeting in 2017")
        // Kelly's timeline keeps to 2017.
        let t = Self.timeline("1", from: s)
        #expect(t.list(context: F.context).rows.count == 2)
        #expect(F.frame(t).row(2).hasPrefix("┃ Kelly spoke at 2 of 3 meetings (2017)"))
        #expect(F.frame(t).row(23).hasPrefix(" dates 2017   j/k move"))
    }

    @Test func aPaneOutsideTheNewRangeMovesInside() {
        let s = F.typing([.character("D")] + BrowserFixture.keys("2018..\n"))
        #expect(F.panes(s) == ["2018-06-09-monterrey", "2019-01-12-merida"])
        #expect(s.message == "2 of 5 meetings are dated from 2018")
    }

    @Test func theStatusLinePromptsForDatesAndShowsTheRangeWhileSet() {
        let prompt = F.frame(F.typing([.character("D")] + BrowserFixture.keys("2017-0")))
        #expect(prompt.row(23) == " dates: 2017-0")
        #expect(BrowserRenderer.cursor(F.typing([.character("D")] + BrowserFixture.keys("2017-0")))?.x == 14)
        let set = F.frame(F.typing([.character("D")] + BrowserFixture.keys("2017-03 2017-05\n") + [.character("j")]))
        #expect(set.row(23).hasPrefix(" dates 2017-03 to 2017-05   ? help"))
    }

    @Test func aRangeWithNoMeetingOrABadDateSaysSoAndChangesNothing() {
        let none = F.typing([.character("D")] + BrowserFixture.keys("2016\n"))
        #expect(none.dateRange.isUnbounded)
        #expect(none.message == "no meeting is dated 2016; the meetings run from 2017-03-03 to 2019-01-12; the dates are unchanged")
        let bad = F.typing([.character("D")] + BrowserFixture.keys("2017-13\n"))
        #expect(bad.dateRange.isUnbounded)
        #expect(bad.message?.contains("there is no month 13") == true)
        let backwards = F.typing([.character("D")] + BrowserFixture.keys("2018 2017\n"))
        #expect(backwards.dateRange.isUnbounded && backwards.message == "no dates: 2018 is after 2017")
    }

    @Test func anEmptyRangeClearsItAndEscKeepsIt() {
        var s = F.typing([.character("D")] + BrowserFixture.keys("2017\n"))
        s = F.typing([.character("D"), .escape], from: s)
        #expect(s.dateRange.description == "2017")
        // The prompt opens on the range set; erasing it and Enter shows the whole archive again.
        s = F.typing([.character("D")] + Array(repeating: Key.backspace, count: 4) + [.enter], from: s)
        #expect(s.dateRange.isUnbounded)
        #expect(s.message == "dates: all 5 meetings")
    }

    @Test func aRangeGivenAtLaunchOpensOnItsFirstTwoMeetingsAndCanBeWidened() throws {
        let app = try BrowserApp(
            corpus: F.context.corpus, theme: .monochrome, colorsAllowed: false, dateRange: try DateRange.parse(from: "2018", to: nil))
        #expect(F.panes(app.state) == ["2018-06-09-monterrey", "2019-01-12-merida"])
        #expect(app.state.dateRange.description == "from 2018")
        let widened = F.typing([.character("D")] + Array(repeating: Key.backspace, count: 6) + [.enter], from: app.state)
        #expect(widened.dateRange.isUnbounded)
        #expect(BrowserState.meetingPickerEntries(filter: "", range: widened.dateRange, context: F.context).count == 5)
    }
}

extension TimelineViewTests {
    /// The cells of `word` on a row of the frame, as their roles.
    static func roles(of word: String, row: Int, in frame: Grid) -> [Role] {
        let cells = Array(frame.row(row))
        guard let start = (0...(cells.count - word.count)).first(where: { String(cells[$0..<($0 + word.count)]) == word }) else {
            return []
        }
        return Array(frame.roles(row: row)[start..<(start + word.count)])
    }

    /// Under a search's timeline, the selected meeting's first hit, marked: the whole short paragraph it is in.
    @Test func theDetailShowsTheFirstHitMarked() {
        let frame = F.frame(Self.timeline("/border\n"))
        #expect(frame.row(20) == "┃ Good morning. We met today to talk about the border." + String(repeating: " ", count: 25) + "┃")
        #expect(Self.roles(of: "border", row: 20, in: frame) == Array(repeating: .match, count: 6))
        #expect(Self.roles(of: "talk", row: 20, in: frame) == Array(repeating: .text, count: 4))
    }

    /// A hit deep in a long paragraph: the text around it, with "…" where it goes on.
    @Test func theDetailCutsALongParagraphAroundTheHit() {
        let s = BrowserFixture.typing(BrowserFixture.keys("/border\nW"))
        #expect(s.view == .timeline)
        let frame = BrowserFixture.frame(s)
        let detail = (14...20).map { frame.row($0) }
        #expect(detail[0].contains("first hit, said by Tillerson (turn 4)"))
        #expect(detail[2].hasPrefix("┃ …We also reiterated our joint commitment to maintaining law and order along"))
        #expect(Self.roles(of: "border", row: 17, in: frame) == Array(repeating: .match, count: 6))
        #expect(detail[6].contains("flowing… "))
    }
}
