import ParleyModel
import Testing

@testable import ParleyUI

/// Picking any meeting of an archive for either pane, and stepping through the archive by date.
struct MeetingPickerTests {
    let context = ArchiveFixture.context
    typealias F = ArchiveFixture

    func ids(_ filter: String) -> [String] {
        context.catalog.filter(filter).map { context.corpus.meetings[$0.meeting].id }
    }

    @Test func typingLetterByLetterKeepsWhatAFreshFilterKeeps() {
        let typing = MeetingCatalog(corpus: context.corpus, meetings: context.transcriptMeetings)
        for text in ["wsh", "washington kelly", "may 18", "2017-05", "mexic", "me x", "18", "kelly, 2018", "merida"] {
            var typed = ""
            for character in text {
                typed.append(character)
                let fresh = MeetingCatalog(corpus: context.corpus, meetings: context.transcriptMeetings).filter(typed)
                #expect(typing.filter(typed).map(\.meeting) == fresh.map(\.meeting), "'\(typed)'")
            }
            // Backspace widens again.
            typed.removeLast()
            #expect(
                typing.filter(typed).map(\.meeting)
                    == MeetingCatalog(corpus: context.corpus, meetings: context.transcriptMeetings).filter(typed).map(\.meeting))
        }
        // Two letters match only as they stand; a third lets the subsequence in.
        #expect(typing.filter("ws").isEmpty)
        #expect(typing.filter("wsh").map { context.corpus.meetings[$0.meeting].id } == ["2017-05-18-washington"])
    }

    @Test func catalogListsMeetingsByDate() {
        #expect(
            ids("") == [
                "2017-03-03-mexico-city", "2017-05-18-washington", "2017-10-18-houston", "2018-06-09-monterrey", "2019-01-12-merida",
            ])
        let may = context.catalog.entries[1]
        #expect(may.title.hasPrefix("Press Availability on Trade"))
        #expect(may.speakers == ["Tillerson", "Kelly"])
        #expect(may.turns == 2)
        // Most turns first.
        #expect(context.catalog.entries[0].speakers == ["Kelly", "Videgaray"])
    }

    @Test func filterMatchesDatesPlacesAndPeople() {
        #expect(ids("2017-05") == ["2017-05-18-washington"])
        #expect(ids("may 18") == ["2017-05-18-washington"])
        // A day matches a day, not the end of a year or of another day: 18 is not 2018.
        #expect(ids("18") == ["2017-05-18-washington", "2017-10-18-houston"])
        #expect(ids("2018") == ["2018-06-09-monterrey"])
        #expect(ids("october") == ["2017-10-18-houston"])
        // Accents and case do not count, either way round.
        #expect(ids("MERIDA") == ["2019-01-12-merida"])
        #expect(ids("reunión") == ["2019-01-12-merida"])
        // Every word must match; a word may match fuzzily within one word of the meeting.
        #expect(ids("kelly mexico") == ["2017-03-03-mexico-city", "2019-01-12-merida"])
        #expect(ids("wshngtn") == ["2017-05-18-washington"])
        #expect(ids("tillerson 2017") == ["2017-05-18-washington", "2017-10-18-houston"])
        #expect(ids("nowhere").isEmpty)
    }

    @Test func enterPutsTheMeetingInTheFocusedPane() {
        let s = F.typing([.character("M")] + "2018".map { Key.character($0) } + [.enter])
        #expect(s.mode == .normal)
        #expect(F.panes(s) == ["2018-06-09-monterrey", "2017-05-18-washington"])
        #expect(s.focus == .left)
        #expect(s.position(.left) == PanePosition())
        #expect(s.message == "left pane: Monterrey · Jun 9 2018 (4 of 5)")
    }

    @Test func tabOrCtrlOPutsItInTheOtherPaneAndFocusesIt() {
        let s = F.typing([.character("M")] + "merida".map { Key.character($0) } + [.tab])
        #expect(F.panes(s) == ["2017-03-03-mexico-city", "2019-01-12-merida"])
        #expect(s.focus == .right)
        let back = F.typing([.character("M")] + "hous".map { Key.character($0) } + [.control("o")], from: s)
        #expect(F.panes(back) == ["2017-10-18-houston", "2019-01-12-merida"])
        #expect(back.focus == .left)
    }

    @Test func pickerOpensOnTheFocusedMeetingAndArrowsMove() {
        var s = F.typing([.tab, .character("M")])
        #expect(s.mode == .meetingPicker(filter: "", selection: 1))
        s = F.typing([.down, .down, .down, .down, .enter], from: s)
        #expect(F.panes(s) == ["2017-03-03-mexico-city", "2019-01-12-merida"])
        s = F.typing([.character("M"), .up, .escape], from: s)
        #expect(s.mode == .normal)
        #expect(F.panes(s) == ["2017-03-03-mexico-city", "2019-01-12-merida"])
    }

    @Test func typingNarrowsAndBackspaceWidens() {
        var s = F.typing([.character("M"), .character("z"), .character("z")])
        #expect(BrowserState.meetingPickerEntries(filter: "zz", context: context).isEmpty)
        s = F.typing([.enter], from: s)
        #expect(s.message == "no meeting matches 'zz'")
        #expect(F.panes(s) == ["2017-03-03-mexico-city", "2017-05-18-washington"])
        s = F.typing([.character("M"), .character("z"), .backspace, .character("j"), .character("u"), .character("n")], from: s)
        #expect(s.mode == .meetingPicker(filter: "jun", selection: 0))
    }

    @Test func parensStepTheFocusedPaneByDate() {
        var s = F.typing([.character(")")])
        #expect(F.panes(s) == ["2017-05-18-washington", "2017-05-18-washington"])
        s = F.typing([.character(")"), .character(")")], from: s)
        #expect(F.panes(s)[0] == "2018-06-09-monterrey")
        s = F.typing([.character(")"), .character(")")], from: s)
        #expect(F.panes(s)[0] == "2019-01-12-merida")
        #expect(s.message == "no later meeting")
        s = F.typing([.tab, .character("("), .character("(")], from: s)
        #expect(F.panes(s) == ["2019-01-12-merida", "2017-03-03-mexico-city"])
        #expect(s.message == "no earlier meeting")
    }

    @Test func bracesFollowTheChosenSpeakerToTheirNextMeeting() {
        // Videgaray speaks in March 2017 and June 2018 only.
        var s = F.typing([.character("S")] + "vide".map { Key.character($0) } + [.enter])
        #expect(s.speaker == "videgaray")
        s = F.typing([.character("}")], from: s)
        #expect(F.panes(s)[0] == "2018-06-09-monterrey")
        #expect(s.message == "Videgaray: left pane: Monterrey · Jun 9 2018 (4 of 5)")
        s = F.typing([.character("}")], from: s)
        #expect(F.panes(s)[0] == "2018-06-09-monterrey")
        #expect(s.message == "no later meeting where Videgaray spoke")
        s = F.typing([.character("{")], from: s)
        #expect(F.panes(s)[0] == "2017-03-03-mexico-city")
    }

    @Test func withNoSpeakerChosenBracesFollowWhoeverIsOnTop() {
        // Tillerson opens May 2017 on the right; his next meeting is in Houston, where a moderator speaks last.
        var s = F.typing([.tab, .character("}")])
        #expect(F.panes(s)[1] == "2017-10-18-houston")
        let layout = s.layout(.right, context: context)
        #expect(layout.turns[s.position(.right).turn].speakerID == "tillerson")
        // Kelly opens March 2017 on the left; his next meetings skip Houston and Monterrey, where he did not speak.
        s = F.typing([.character("}")])
        #expect(F.panes(s)[0] == "2017-05-18-washington")
        s = F.typing([.character("}")], from: s)
        #expect(F.panes(s)[0] == "2019-01-12-merida")
        #expect(s.layout(.left, context: context).turns[s.position(.left).turn].speakerID == "kelly")
    }

    @Test func digitSlotsGoToThePeopleOfTheMeetingsOnScreen() {
        #expect(context.speakerSlots(meetings: F.state().meetings).first?.id == "kelly")
        // Houston beside Monterrey: Tillerson speaks three times, Videgaray once, the moderator once; Kelly not at all.
        let s = F.typing(
            [.character("M")] + "houston".map { Key.character($0) } + [.enter, .character("M")] + "monterrey".map { Key.character($0) } + [
                .tab
            ])
        #expect(F.panes(s) == ["2017-10-18-houston", "2018-06-09-monterrey"])
        #expect(context.speakerSlots(meetings: s.meetings).map(\.id) == ["tillerson", "videgaray", "moderator-2017-10-18-houston"])
        #expect(F.frame(s).row(22) == " 1 Tillerson 2│1  2 Videgaray 0│1  3 Moderator (Houston) 1│0  0 everyone  S more")
        #expect(F.typing([.character("1")], from: s).speaker == "tillerson")
        #expect(F.typing([.character("4")], from: s).message == "no speaker 4: press S to pick from everyone")
        // Anyone in the archive is still found by S.
        #expect(F.typing([.character("S")] + "osorio".map { Key.character($0) } + [.enter], from: s).speaker == "osorio-chong")
    }

    @Test func speakerPickerListsThePeopleOnScreenBeforeTheRestOfTheArchive() {
        let s = F.typing(
            [.character("M")] + "houston".map { Key.character($0) } + [.enter, .character("M")] + "monterrey".map { Key.character($0) } + [
                .tab
            ])
        let ids = BrowserState.pickerEntries(filter: "", meetings: s.meetings, context: context).map { $0?.id }
        #expect(ids.prefix(4) == [nil, "tillerson", "videgaray", "moderator-2017-10-18-houston"])
        #expect(Set(ids.dropFirst(4)) == ["kelly", "osorio-chong"])
        #expect(F.typing([.character("S"), .enter, .character("S"), .down, .enter], from: s).speaker == "tillerson")
    }
}
