import ParleyModel
import Testing

@testable import ParleyUI

/// The meeting picker as a user sees it, small and large.
struct MeetingPickerFrameTests {
    typealias F = ArchiveFixture

    @Test func pickerAt80x24ListsMeetingsByDateWithThePanesMarked() {
        let frame = F.frame(F.typing([.character("M")]))
        let expected = """
            ┏ ┏ Meeting ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓ ┐
            ┃ ┃ >                                                                 5 of 5 ┃ │
            ┃ ┃   date        place         title                 who spoke        turns ┃ │
            ┃ ┃ L 2017-03-03  Mexico City   Remarks at the Bord…  Kelly, Videgaray     3 ┃ │
            ┃ ┃ R 2017-05-18  Washington    Press Availability …  Tillerson, Kelly     2 ┃ │
            ┃ ┃   2017-10-18  Houston       Remarks on Energy C…  Tillerson, Mode…     3 ┃ │
            ┃ ┃   2018-06-09  Monterrey     Briefing on Migrati…  Videgaray, Till…     2 ┃ │
            ┃ ┃   2019-01-12  Mérida        Reunión de Segurida…  Osorio Chong, K…     2 ┃ │
            """
        #expect((1...8).map { frame.row($0) }.joined(separator: "\n") == expected, "\(frame.debugDescription)")
        #expect(frame.row(22) == " 1┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ Enter here · Tab right pane · Esc ━┛")
        // The focused pane's meeting is selected when the picker opens.
        #expect(frame[10, 4].role == .selection)
        #expect(frame[10, 5].role == .overlay)
    }

    @Test func pickerAt80x24FiltersAsYouType() {
        let frame = F.frame(F.typing([.character("M")] + "mexico".map { Key.character($0) }))
        #expect(frame.row(2) == "┃ ┃ > mexico                                                          3 of 5 ┃ │")
        #expect(frame.row(4).contains("L 2017-03-03  Mexico City"))
        #expect(frame.row(5).contains("  2018-06-09  Monterrey"))
        #expect(frame.row(6).contains("  2019-01-12  Mérida"))
        #expect(frame.row(7) == "┃ ┃                                                                          ┃ │")
        let none = F.frame(F.typing([.character("M")] + "zzz".map { Key.character($0) }))
        #expect(none.row(3).contains("no meeting matches"))
    }

    @Test func aNarrowPickerShortensItsHeadingsToTheirColumns() {
        var s = F.typing([.character("M")])
        s.apply(.resize(Size(width: 60, height: 16)), context: F.context)
        let frame = F.frame(s)
        #expect(frame.row(3) == "┃ ┃   date        place         title      who sp… turns ┃ │", "\(frame.debugDescription)")
        #expect(frame.row(4).hasSuffix("  Kelly,…     3 ┃ │"), "\(frame.debugDescription)")
    }

    @Test func pickerAt200x60ShowsWholeTitlesAndSpeakers() {
        var s = F.typing([.tab, .character("M")] + "2018".map { Key.character($0) })
        s.apply(.resize(Size(width: 200, height: 60)), context: F.context)
        let frame = F.frame(s)
        #expect(frame.row(2).contains("> 2018"))
        #expect(frame.row(2).contains("1 of 5 ┃"))
        #expect(frame.row(3).contains("  date        place               title"))
        #expect(
            frame.row(4).contains(
                "  2018-06-09  Monterrey           Briefing on Migration Monterrey, Mexico                          Videgaray, Tillerson"))
        #expect(frame.row(4).hasSuffix("2 ┃                   │") || frame.row(4).hasSuffix("2 ┃                   ┃"))
        #expect(frame.row(58).contains("Enter here · Tab left pane · Esc"))
        #expect(frame.size == Size(width: 200, height: 60))
    }

    /// What the picker leaves uncovered is the browser as it was: the panes beside and the bars above and
    /// below the box are drawn, cell for cell, however the frame under the box is made.
    @Test func pickerCoversOnlyItsBoxAndLeavesTheBrowserAroundItDrawn() {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            var browser = F.state(width: size.width, height: size.height)
            browser.apply(.resize(size), context: F.context)
            let picker = F.typing([.character("M")] + "mex".map { Key.character($0) }, from: browser)
            var expected = F.frame(browser)
            guard case .meetingPicker(let filter, let selection) = picker.mode else {
                Issue.record("the picker did not open")
                return
            }
            MeetingPickerOverlay.draw(into: &expected, filter: filter, selection: selection, state: picker, context: F.context)
            let frame = F.frame(picker)
            #expect(frame == expected, "\(frame.debugDescription)")
            // At 200 columns both panes show past the box's sides: the left one's text, the right one's edge.
            let box = MeetingPickerOverlay.rect(in: size)
            guard size.width >= 200 else { continue }
            let pane = picker.screen.pane(.right)
            let rows = (pane.y + 1)..<(pane.y + pane.height - 1)
            #expect(rows.map { y in (2..<box.x).map { frame[$0, y].text }.joined() }.joined().contains { $0.isLetter })
            #expect(rows.allSatisfy { frame[pane.x + pane.width - 1, $0].text == "│" })
        }
    }
}
