import ParleyModel

public enum PaneSide: Int, Hashable, Sendable, CaseIterable {
    case left, right

    public var other: PaneSide { self == .left ? .right : .left }
}

/// Where a pane is scrolled to, kept as a turn and a line within it so a resize or a new filter
/// keeps the reader on the same passage. Lines of a turn run from its label to the blank line after it.
public struct PanePosition: Hashable, Sendable, Comparable {
    public var turn: Int = 0
    public var lineInTurn: Int = 0

    public init(turn: Int = 0, lineInTurn: Int = 0) {
        self.turn = turn
        self.lineInTurn = lineInTurn
    }

    public static func < (a: PanePosition, b: PanePosition) -> Bool { (a.turn, a.lineInTurn) < (b.turn, b.lineInTurn) }
}

/// The search the user typed: the prompt while typing, then the kept query and the current match.
public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    /// The match `n`/`N` last moved to, counting left-pane matches first.
    public var current: Int? = nil

    public var isActive: Bool { !query.isEmpty }
}

/// Where a search began: the panes' positions and which one had focus, restored on Esc.
public struct SearchOrigin: Hashable, Sendable {
    public var positions: [PanePosition]
    public var focus: PaneSide
}

/// What has the keyboard.
public enum BrowserMode: Hashable, Sendable {
    case normal
    /// Typing a search; `previous` comes back on Esc, and matches are sought from `origin`.
    case searchPrompt(text: String, previous: SearchState, origin: SearchOrigin)
    case help(scroll: Int)
    /// The list of what went wrong reading the corpus and the marks (`!`).
    case problems(scroll: Int)
    case speakerPicker(filter: String, selection: Int)
    /// Choosing a meeting for a pane; `selection` counts the entries the filter keeps.
    case meetingPicker(filter: String, selection: Int)
    /// Typing the dates to narrow the archive to; `previous` stays on Esc.
    case rangePrompt(text: String)
    /// After `m` (set) or `'` (go to): waiting for the mark's letter.
    case awaitingMark(set: Bool)
}

/// A place in a list view: the view, the item selected, and the document the documents view reads.
public struct ListPlace: Hashable, Sendable {
    public var view: BrowserView
    public var selection: Int
    public var document: Int
}

/// Everything the browser shows, as plain data. Changed only by `BrowserState.apply`.
public struct BrowserState: Hashable, Sendable {
    public var size: Size
    /// Indices into `corpus.meetings` for the left and right panes.
    public var meetings: [Int]
    /// One person's turns, or everyone's (nil).
    public var speaker: String?
    public var focus: PaneSide = .left
    public var positions: [PanePosition] = [PanePosition(), PanePosition()]
    public var sync: Bool = true
    public var search = SearchState()
    public var mode: BrowserMode = .normal
    public var view: BrowserView = .compare
    /// The selected row of the list view on screen.
    public var listSelection = 0
    /// Where the selected line of a document began before the terminal was resized.
    public var resizeAnchor: TextPosition? = nil
    /// Where each pane's top line began before the terminal was resized.
    public var paneResizeAnchors: [TextPosition?] = [nil, nil]
    /// The sentences quoting a passage that `"` goes round.
    public var quoteTour: QuoteTour? = nil
    /// The list an item was shown from, for Backspace to return to.
    public var returnTo: ListPlace? = nil
    /// The dates the archive is narrowed to: the meeting picker, the meeting steps, the timeline and the
    /// keyword-in-context lines keep to it.
    public var dateRange = DateRange()
    /// The order of the keyword-in-context lines.
    public var concordanceOrder: ConcordanceSort = .position
    /// Which related document the documents view reads, counting the corpus's non-transcripts.
    public var documentShown = 0
    /// Words the panes mark, set by opening a list item and cleared by Esc or the next item opened.
    public var emphasis: [Emphasis] = []
    /// Marks set with `m` and a letter; the app saves them whenever they change.
    public var marks: [Character: PassageRef] = [:]
    /// What went wrong reading the corpus, the speakers file and the marks, one line each: counted on
    /// the status line and listed by `!`.
    public var problems: [String] = []
    public var themeName: String
    /// The key bindings, with the config file's changes; help lists these.
    public var keys: KeyTable = .standard
    /// False under NO_COLOR: the theme key then says why it does nothing.
    public var colorsAllowed = true
    /// Something only the app can do (write a file, reach the clipboard), asked for by a key and done
    /// by the app right after the update.
    public var request: BrowserRequest? = nil
    /// A one-off message for the status line; cleared by the next key.
    public var message: String? = nil
    public var quit = false

    public init(size: Size, meetings: [Int], themeName: String) {
        self.size = size
        self.meetings = meetings
        self.themeName = themeName
    }

    public func position(_ side: PaneSide) -> PanePosition { positions[side.rawValue] }

    public mutating func setPosition(_ side: PaneSide, _ p: PanePosition) { positions[side.rawValue] = p }

    /// The smart-case query the panes highlight, or nil.
    public var activeQuery: SearchQuery? {
        let text: String
        if case .searchPrompt(let typed, _, _) = mode { text = typed } else { text = search.query }
        let q = SearchQuery(text, caseMode: .smart)
        return q.isEmpty ? nil : q
    }
}

/// Effects the update asks of the app.
public enum BrowserRequest: Hashable, Sendable {
    /// Write this theme name to the config file.
    case keepTheme(String)
    /// Put this text on the terminal's clipboard.
    case copy(String)
}
