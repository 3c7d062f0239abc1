import ParleyModel
import Testing

@testable import ParleyUI

/// Whole screens, as a user would see them, keyed by what the user typed (tig's way).
struct BrowserFrameTests {
    @Test func kellysTurnsSideBySideAt80x24() {
        let frame = BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys("2")))
        let expected = """
             parley  Mexico City · Feb 23 2017 ⟷ Washington · May 18 2017    Kelly · sync ⇅
            ┏ Mexico City · Feb 23 2017 ━ turn 1/1 ┓┌ Washington · May 18 2017 ── turn 1/7 ┐
            ┃ ▸ SECRETARY KELLY                    ┃│ ▸ SECRETARY KELLY                    │
            ┃   Well, thank you. It's a great      ┃│   Well, thank you for that. It's     │
            ┃   honor for me to be here. It's not  ┃│   certainly a great pleasure for me  │
            ┃   my first time in Mexico, nor is it ┃│   to be meeting with our good        │
            ┃   my first time in Mexico City. I    ┃│   friends again from Mexico. In my   │
            ┃   always enjoy returning to a place  ┃│   previous life, I served at the     │
            ┃   of friendship.                     ┃│   SOUTHCOM — as the SOUTHCOM         │
            ┃                                      ┃│   commander. During that period of   │
            ┃   The relationship between the       ┃│   time, I built relationships with   │
            ┃   United States and Mexico is among, ┃│   the Government of Mexico and       │
            ┃   I believe, the most critical in    ┃│   particularly with the military and │
            ┃   the world. Not only are we         ┃│   the police that serve Mexico, and  │
            ┃   connected by 1,900 miles of        ┃│   I would like to add my voice to    │
            ┃   border; we are also connected by   ┃│   the minister's voice, to the       │
            ┃   trade, culture, history, and a     ┃│   Secretary's voice, about the brave │
            ┃   commitment to democracy. We        ┃│   men and women in the Mexican armed │
            ┃   cooperate on a wide range of       ┃│   forces and police that have done   │
            ┃   issues, including human rights,    ┃│   so much to protect your country    │
            ┃   economics, energy, environment,    ┃│   and to provide leadership in the   │
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛└──────────────────────────────────────┘
             1 Tillerson 1│7  2 Kelly 1│7  3 Videgaray 1│4  4 Osorio Chong 1│2  0 everyone
              John Kelly: 1 │ 7 turns
            """
        #expect(frame.text == expected, "\(frame.debugDescription)")
    }

    @Test func aSearchWithNoHitSaysSoOnce() {
        let frame = BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys("/zebra\n")))
        let status = frame.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("/zebra") && status.contains("Pattern not found: zebra"), "\(status)")
        #expect(!status.contains("no match"), "\(status)")
    }

    @Test func openingScreenShowsEveryoneAndKeyHints() {
        let frame = BrowserFixture.frame(BrowserFixture.state())
        #expect(frame.row(0) == " parley  Mexico City · Feb 23 ⟷ Washington · May 18 2017      everyone · sync ⇅")
        #expect(frame.row(1).hasPrefix("┏ Mexico City · Feb 23 2017 ━ turn 1/8 ┓┌ Washington · May 18 2017 ─ turn 1/35 ┐"))
        #expect(frame.row(2) == "┃ ▸ MODERATOR                          ┃│ ▸ SECRETARY TILLERSON                │")
        #expect(frame.row(3) == "┃ ┊ (Via interpreter) Good afternoon.  ┃│   Morning, all, and thank you for    │")
        #expect(frame.row(23) == "   ? help   / search   1-9 speaker   J/K turn   Tab pane   s sync   q quit")
    }

    @Test func stylesCarryMeaning() {
        let state = BrowserFixture.typing(BrowserFixture.keys("/deportations\nn"))
        let frame = BrowserFixture.frame(state)
        // The focused pane has the heavy border, the other the light one.
        #expect(frame[0, 1].role == .borderFocused)
        #expect(frame[40, 1].role == .border)
        // Interpreted speech and its gutter, notes dimmed, the current match apart from the others.
        let opening = BrowserFixture.frame(BrowserFixture.state())
        #expect(opening[4, 3].role == .note) // "(Via interpreter)"
        #expect(opening[24, 3].role == .interpreted) // "Good afternoon."
        #expect(opening[4, 2].role == .speakerCurrent)
        let roles = (0..<24).flatMap { frame.roles(row: $0) }
        #expect(roles.contains(.matchCurrent))
        #expect(roles.contains(.match))
    }

    @Test func searchShowsPositionAndCountsPerMeeting() {
        let frame = BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys("/deportations\nn")))
        #expect(frame.row(23).hasPrefix(" /deportations  2/4 · Feb 23: 4 · May 18: 0"))
        #expect(frame.row(1).contains("turn 8/8"))
    }

    @Test func promptShowsMatchesAsYouType() {
        let state = BrowserFixture.typing(BrowserFixture.keys("/deport"))
        let frame = BrowserFixture.frame(state)
        // Whole words: "deport" is said once, in May.
        #expect(frame.row(23).hasPrefix("/deport  1/1 · Feb 23: 0 · May 18: 1"))
        let more = BrowserFixture.frame(BrowserFixture.typing(BrowserFixture.keys("ations"), from: state))
        #expect(more.row(23).hasPrefix("/deportations  1/4 · Feb 23: 4 · May 18: 0"))
        #expect(BrowserRenderer.cursor(state)?.y == 23)
    }

    @Test func wideTerminalUsesTheRoom() {
        let frame = BrowserFixture.frame(BrowserFixture.state(width: 200, height: 60))
        #expect(frame.row(0).hasPrefix(" parley  Mexico City · Feb 23 2017 ⟷ Washington · May 18 2017"))
        #expect(frame.row(0).hasSuffix("everyone · sync ⇅"))
        #expect(frame.row(1).hasSuffix("turn 1/35 ┐"))
        #expect(
            frame.row(58).hasPrefix(" 1 Tillerson 1│7  2 Kelly 1│7  3 Videgaray 1│4  4 Osorio Chong 1│2  5 Moderator (Mexico City) 4│0"))
        #expect(frame.row(58).contains("0 everyone   S more") || frame.row(58).contains("0 everyone  S more"))
        #expect(frame.row(3).contains("(Via interpreter) Good afternoon. Welcome, you all, to the Ministry of Foreign Affairs. Thank"))
    }

    @Test func tooSmallTerminalSaysSoAndRecovers() {
        var state = BrowserFixture.state(width: 30, height: 8)
        let frame = BrowserFixture.frame(state)
        #expect(frame.text.contains("Terminal too small"))
        #expect(frame.text.contains("30×8, need 40×10"))
        state.apply(.resize(Size(width: 80, height: 24)), context: BrowserFixture.context)
        #expect(BrowserFixture.frame(state).row(0).hasPrefix(" parley"))
    }

    @Test func helpListsEveryKeyFromTheKeymapTable() {
        let state = BrowserFixture.typing([.character("?")])
        let text = BrowserFixture.frame(state).text
        #expect(text.contains("Keys"))
        #expect(text.contains("down one line"))
        let all = HelpOverlay.lines(keys: .standard).map(\.text).joined(separator: "\n")
        for binding in KeyBindings.sections.flatMap(\.bindings) {
            #expect(all.contains(binding.help))
        }
        // Scrolling reaches the last lines.
        let scrolled = BrowserFixture.typing(Array(repeating: .character("j"), count: 40), from: state)
        #expect(BrowserFixture.frame(scrolled).text.contains("Ctrl-Z suspends"))
    }

    @Test func pickerFiltersAsYouType() {
        let state = BrowserFixture.typing(BrowserFixture.keys("Sosor"))
        let text = BrowserFixture.frame(state).text
        #expect(text.contains("> osor"))
        #expect(text.contains("Miguel Ángel Osorio Chong"))
        #expect(!text.contains("John Kelly —"))
        let picked = BrowserFixture.typing([.enter], from: state)
        #expect(picked.speaker == "osorio-chong")
        #expect(picked.mode == .normal)
    }

    @Test func paneForSomeoneWhoNeverSpokeThereSaysSo() {
        let state = BrowserFixture.after([.selectSpeaker("nauert")])
        let frame = BrowserFixture.frame(state)
        #expect(frame.row(2).contains("Heather Nauert does not speak in"))
        #expect(frame.row(3).contains("this meeting."))
        #expect(frame.row(2).contains("▸ MS NAUERT"))
    }

    @Test func controlCharactersInATextAreShownVisibly() {
        let text =
            "Plain title\nParis, France\nMay 2, 2019\n\nMR ROSSI: Bell\u{07} and escape\u{1B}[31m here, 日本語 too.\n\nMS BIANCHI: Thank you.\n"
        let context = BrowserContext(corpus: CorpusLoader.build(sources: [("x.txt", text)]))
        let state = BrowserState(size: Size(width: 80, height: 24), meetings: [0, 0], themeName: "dark")
        let frame = BrowserRenderer.render(state, context: context)
        #expect(frame.row(3).contains("Bell^G and escape^[[31m here,"))
        #expect(frame.row(4).contains("日本語 too."))
        #expect(!frame.text.contains("\u{1B}"))
    }
}
