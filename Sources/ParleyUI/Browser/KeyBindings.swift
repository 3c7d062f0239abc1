/// One key binding of the main screen: the keys, what they do, and how help describes them.
/// The keymap and the help overlay both read this table, so they cannot drift apart.
public struct KeyBinding: Hashable, Sendable {
    /// What a config file calls the action (`[keys]` table: `quit = "Q"`); help shows it too.
    public var name: String
    public var keys: [Key]
    /// How help writes the keys: `j ↓`.
    public var label: String
    public var action: BrowserAction
    public var help: String
}

public enum KeyBindings {
    public struct Section: Hashable, Sendable {
        public var title: String
        public var bindings: [KeyBinding]
    }

    private static func k(_ s: String) -> [Key] { s.map { Key.character($0) } }

    public static let sections: [Section] = [
        Section(
            title: "Move",
            bindings: [
                KeyBinding(
                    name: "down", keys: k("j") + [.down, .control("n"), .control("e")], label: "j ↓", action: .scrollLines(1),
                    help: "down one line"),
                KeyBinding(
                    name: "up", keys: k("k") + [.up, .control("p"), .control("y")], label: "k ↑", action: .scrollLines(-1),
                    help: "up one line"),
                KeyBinding(
                    name: "page-down", keys: k(" f") + [.pageDown, .control("f")], label: "Space PgDn", action: .scrollPages(1),
                    help: "down one page"),
                KeyBinding(
                    name: "page-up", keys: k("b") + [.pageUp, .control("b")], label: "b PgUp", action: .scrollPages(-1), help: "up one page"
                ),
                KeyBinding(
                    name: "half-page-down", keys: k("d") + [.control("d")], label: "d", action: .scrollHalfPages(1),
                    help: "down half a page"),
                KeyBinding(
                    name: "half-page-up", keys: k("u") + [.control("u")], label: "u", action: .scrollHalfPages(-1), help: "up half a page"),
                KeyBinding(name: "top", keys: k("g<") + [.home], label: "g Home", action: .top, help: "first line"),
                KeyBinding(name: "bottom", keys: k("G>") + [.end], label: "G End", action: .bottom, help: "last line"),
                KeyBinding(name: "next-turn", keys: k("J"), label: "J", action: .nextTurn, help: "next turn"),
                KeyBinding(
                    name: "previous-turn", keys: k("K"), label: "K", action: .previousTurn, help: "previous turn (start of this one first)"),
                KeyBinding(
                    name: "next-turn-of-speaker", keys: k("]"), label: "]", action: .nextTurnOfSpeaker,
                    help: "next turn of the same speaker"),
                KeyBinding(
                    name: "previous-turn-of-speaker", keys: k("["), label: "[", action: .previousTurnOfSpeaker,
                    help: "previous turn of the same speaker"),
            ]),
        Section(
            title: "Panes and speakers",
            bindings: [
                KeyBinding(
                    name: "focus-other", keys: [.tab, .backTab], label: "Tab", action: .focusOther,
                    help: "focus the other pane (documents: next one)"),
                KeyBinding(name: "focus-left", keys: k("h") + [.left], label: "h ←", action: .focus(.left), help: "focus the left pane"),
                KeyBinding(
                    name: "focus-right", keys: k("l") + [.right], label: "l →", action: .focus(.right), help: "focus the right pane"),
                KeyBinding(name: "sync", keys: k("s"), label: "s", action: .toggleSync, help: "sync scrolling by turn on/off"),
                KeyBinding(
                    name: "speaker", keys: k("123456789"), label: "1–9", action: .speakerSlot(1),
                    help: "only this speaker's turns (speaker bar)"),
                KeyBinding(name: "everyone", keys: k("0"), label: "0", action: .speakerSlot(0), help: "everyone's turns"),
                KeyBinding(
                    name: "pick-speaker", keys: k("S"), label: "S", action: .openSpeakerPicker, help: "pick any speaker (type to filter)"),
            ]),
        Section(
            title: "Meetings",
            bindings: [
                KeyBinding(
                    name: "pick-meeting", keys: k("M"), label: "M", action: .openMeetingPicker, help: "pick a meeting (Tab: other pane)"),
                KeyBinding(name: "next-meeting", keys: k(")"), label: ")", action: .stepMeeting(1), help: "next meeting by date"),
                KeyBinding(name: "previous-meeting", keys: k("("), label: "(", action: .stepMeeting(-1), help: "previous meeting by date"),
                KeyBinding(
                    name: "next-speaker-meeting", keys: k("}"), label: "}", action: .stepSpeakerMeeting(1),
                    help: "next meeting of this speaker"),
                KeyBinding(
                    name: "previous-speaker-meeting", keys: k("{"), label: "{", action: .stepSpeakerMeeting(-1),
                    help: "previous meeting of this speaker"),
                KeyBinding(
                    name: "dates", keys: k("D"), label: "D", action: .beginDateRange,
                    help: "keep to a range of dates: 2017, 2017-02..2017-05"),
            ]),
        Section(
            title: "Search",
            bindings: [
                KeyBinding(
                    name: "search", keys: k("/"), label: "/", action: .beginSearch,
                    help: "search both panes as you type; Enter keeps, Esc cancels"),
                KeyBinding(name: "next-match", keys: k("n"), label: "n", action: .nextMatch, help: "next match, across both panes"),
                KeyBinding(name: "previous-match", keys: k("N"), label: "N", action: .previousMatch, help: "previous match"),
                KeyBinding(
                    name: "clear", keys: [.escape], label: "Esc", action: .clearSearch, help: "clear the search and the marked words"),
            ]),
        Section(
            title: "Views",
            bindings: [
                KeyBinding(
                    name: "next-view", keys: k("v"), label: "v", action: .nextView,
                    help: "next view: speakers, kwic, … timeline"),
                KeyBinding(
                    name: "timeline", keys: k("W"), label: "W", action: .toggleTimeline,
                    help: "when and where: the timeline of the speaker or the search (again: back)"),
                KeyBinding(
                    name: "open", keys: [.enter], label: "Enter", action: .activate, help: "in a list: show the item's passage side by side"
                ),
                KeyBinding(
                    name: "back", keys: [.backspace], label: "Backspace", action: .back, help: "back to the list an item was shown from"),
                KeyBinding(
                    name: "quoted", keys: k("\""), label: "\"", action: .showQuotingSentence,
                    help: "where the passage on top is quoted; again: the next place"),
                KeyBinding(
                    name: "order", keys: k("o"), label: "o", action: .nextOrder,
                    help: "kwic: order by position, speaker, word before, after"),
                KeyBinding(
                    name: "mark", keys: k("m"), label: "m letter", action: .beginSetMark,
                    help: "mark the passage at the top of the focused pane"),
                KeyBinding(
                    name: "copy", keys: k("y"), label: "y", action: .copyPassage, help: "copy the passage on top, with its citation"),
                KeyBinding(
                    name: "go-to-mark", keys: k("'"), label: "' letter", action: .beginGoToMark,
                    help: "go back to a mark (kept between runs)"),
            ]),
        Section(
            title: "Screen",
            bindings: [
                KeyBinding(name: "next-theme", keys: k("t"), label: "t", action: .nextTheme, help: "next colour theme"),
                KeyBinding(
                    name: "keep-theme", keys: k("T"), label: "T", action: .keepTheme, help: "keep this theme: write it to config.toml"),
                KeyBinding(name: "redraw", keys: [.control("l")], label: "Ctrl-L", action: .redraw, help: "redraw the screen"),
                KeyBinding(name: "help", keys: k("?") + [.function(1)], label: "? F1", action: .toggleHelp, help: "this help"),
                KeyBinding(
                    name: "problems", keys: k("!"), label: "!", action: .toggleProblems, help: "files that could not be read, and why"),
                KeyBinding(name: "quit", keys: k("q"), label: "q", action: .quit, help: "quit"),
            ]),
    ]

    /// Lines help shows besides the table: what the mouse and the search syntax do.
    public static let notes: [String] = [
        "Mouse: the wheel scrolls the pane under the pointer; a click focuses a pane or picks a speaker.",
        "Search: words match whole words, any case unless you type a capital; accents are ignored.",
        "\"two words\" matches a phrase, deport* a prefix; several words match any of them.",
        "Ctrl-Z suspends (fg to come back).",
    ]
}
