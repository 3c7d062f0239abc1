import Foundation
import ParleyModel

/// Runs the browser on a terminal: draw, wait for an event, turn it into actions, update, draw again.
public final class BrowserApp {
    public let context: BrowserContext
    public private(set) var state: BrowserState
    private var themes: [String: Theme] = [:]

    /// Shows `meetings` (two) or the first two with transcripts in `dateRange`; fails when there is nothing to show.
    /// The range starts set, as if typed after `D`, so that the reader can widen it again.
    public convenience init(
        corpus: Corpus, theme: Theme, colorsAllowed: Bool, meetings: [Meeting]? = nil, dateRange: DateRange = DateRange()
    ) throws {
        try self.init(
            context: BrowserContext(corpus: corpus), theme: theme, colorsAllowed: colorsAllowed, meetings: meetings, dateRange: dateRange)
    }

    init(context: BrowserContext, theme: Theme, colorsAllowed: Bool, meetings: [Meeting]? = nil, dateRange: DateRange = DateRange()) throws
    {
        let corpus = context.corpus
        let chosen =
            meetings?.compactMap { m in corpus.meetings.firstIndex { $0.id == m.id } }
            ?? context.transcriptMeetings.filter { dateRange.contains(corpus.meetings[$0].date) }
        guard let first = chosen.first else { throw BrowserError.noTranscripts }
        let second = chosen.dropFirst().first ?? first
        self.context = context
        self.state = BrowserState(size: Size(width: 80, height: 24), meetings: [first, second], themeName: theme.name)
        self.state.colorsAllowed = colorsAllowed
        self.state.dateRange = dateRange
        self.state.problems = corpus.problems.map(\.description)
        themes[theme.name] = theme
    }

    /// The config file `T` writes the theme to; nil when there is no home folder to keep it in.
    private var configFile: URL?

    /// Takes the settings of the config file: sync, key bindings; its first problem is shown on the status line.
    public func useConfig(_ config: UserConfig, file: URL?) {
        configFile = file
        if let sync = config.sync { state.sync = sync }
        state.keys = KeyTable.standard.remapped(config.keys)
        if let problem = config.problems.first { state.message = problem }
    }

    /// Where marks are read from and written to; without one they last for the session only.
    private var markStore: MarkStore?

    /// Takes the marks saved for this corpus; a problem with the file is shown, never fatal.
    public func useMarks(_ store: MarkStore) {
        markStore = store
        state.marks = store.marks
        state.problems += store.warnings
        if let warning = store.warnings.first {
            let more = store.warnings.count - 1
            state.message = more > 0 ? "\(warning) (and \(more) more)" : warning
        }
    }

    /// Runs until the user quits or the terminal goes away. `typedAhead` are keys pressed while the corpus
    /// was loading: they act first, in order, as if typed once the first frame was up.
    /// Marks still being read: finding which file holds them reads every document, so the first frame
    /// does not wait; they are taken as soon as they are read, or waited for by a key that needs them.
    private var marksBeingRead: BackgroundWork<MarkStore>?

    /// How the marks are to be read, once the first frame is up.
    private var marksReader: (@Sendable () -> MarkStore)?

    /// Reads the marks in the background with `read` once the first frame is drawn (with two cores, a
    /// third thread at work slowed the frame), taking them once read.
    public func useMarks(readBy read: @escaping @Sendable () -> MarkStore) {
        marksReader = read
    }

    /// Takes the marks if they have been read (or, `waiting`, once they are); whether it took them now.
    @discardableResult
    private func takeMarks(waiting: Bool) -> Bool {
        guard let reading = marksBeingRead, let store = waiting ? reading.value : reading.wait(milliseconds: 0) else { return false }
        marksBeingRead = nil
        let message = state.message
        useMarks(store)
        if state.message == nil { state.message = message }
        return true
    }

    /// How often the loop looks for quotes traced or marks read in the background: quotes kept from the
    /// last run come within milliseconds of the first frame, and are marked as soon as that.
    static let backgroundCheckMilliseconds = 20

    /// How often a list view waiting for work over the whole archive redraws to show how far it has got.
    static let progressRedrawMilliseconds = 100

    /// How long a list view waits for work over the whole archive (the speakers table, the traced
    /// quotes) before showing its progress and letting keys act while the work goes on; nil: as long as
    /// it takes. A table kept from the last run is read back well within the launcher's choice.
    public var viewPatience: Int? {
        get { context.analysis.patience }
        set { context.analysis.patience = newValue }
    }

    /// True when the frame last drawn shows a list view still waiting for work in the background.
    private var drawnListPending = false

    public func run(on backend: TerminalBackend, typedAhead: [InputEvent] = []) {
        // A message from starting up (a bad config file, a damaged marks file) outlives the first layout.
        let startMessage = state.message
        state.apply(.resize(backend.size), context: context)
        if state.message == nil { state.message = startMessage }
        draw(on: backend)
        if let read = marksReader {
            marksBeingRead = BackgroundWork(read)
            marksReader = nil
        }
        var pending = typedAhead[...]
        while !state.quit {
            // What the next keys may want is prepared in the background, never before a frame is drawn:
            // the word indexes of the meetings on screen, and the quotes.
            context.prepare(meetings: state.meetings)
            // While the quotes are traced or the marks read in the background, wake now and then to show
            // them once they are; while a list view waits for its table, to show how far it has got.
            let quotesPending = !context.areQuotesReady
            let wake =
                quotesPending || marksBeingRead != nil
                ? Self.backgroundCheckMilliseconds : drawnListPending ? Self.progressRedrawMilliseconds : nil
            let event: InputEvent
            if let next = pending.popFirst() {
                event = next
            } else {
                switch backend.nextEvent(waitingAtMost: wake) {
                case .ended: return
                case .nothingYet:
                    let tookMarks = takeMarks(waiting: false)
                    if (quotesPending && context.areQuotesReady) || tookMarks || drawnListPending { draw(on: backend) }
                    continue
                case .event(let next): event = next
                }
            }
            let actions = Keymap.actions(for: event, mode: state.mode, keys: state.keys)
            let needsMarks = actions.contains { [.beginSetMark, .beginGoToMark].contains($0) }
            takeMarks(waiting: needsMarks)
            let before = state
            if searches(state) && !context.isSearchReady(meetings: state.meetings) {
                // The meetings' word indexes are still being built in the background; the next step waits for them.
                var waiting = state
                waiting.message = "indexing these meetings for search…"
                draw(waiting, on: backend)
            }
            for action in actions {
                state.apply(action, context: context)
            }
            if state.marks != before.marks { saveMarks() }
            if let request = state.request { perform(request, on: backend) }
            // On a large corpus a view's first opening takes a moment: say so on the screen already shown.
            // (Typing a search in the keyword view rebuilds its list too, but quickly; no message flickers then.)
            let moved = state.view != before.view || state.speaker != before.speaker || state.meetings != before.meetings
            if moved && !state.quit && state.listNeedsWork(context: context) {
                var waiting = before
                waiting.message = "working out the \(state.view.title)…"
                draw(waiting, on: backend)
            }
            // Keys typed ahead are worked through before the screen catches up with them.
            if pending.isEmpty { draw(on: backend) }
        }
    }

    /// Whether the next key may count matches in the panes: typing a search or walking its matches.
    private func searches(_ state: BrowserState) -> Bool {
        if case .searchPrompt = state.mode { return true }
        return state.search.isActive
    }

    private func perform(_ request: BrowserRequest, on backend: TerminalBackend) {
        state.request = nil
        switch request {
        case .copy(let text):
            backend.copyToClipboard(text)
        case .keepTheme(let name):
            guard let file = configFile else {
                state.message = "no config folder to keep the theme in (HOME and XDG_CONFIG_HOME are unset)"
                return
            }
            guard ThemeCatalog.names.contains(name) else {
                state.message = "theme \(name) came from a file; put it in the themes folder to keep it by name"
                return
            }
            do {
                try ThemeChoice.write(theme: name, to: file)
                state.message = "theme \(name) kept in \(file.path)"
            } catch {
                state.message = "could not keep the theme in \(file.path): \(error)"
            }
        }
    }

    /// Writing is an effect, done here at the edge and never inside the update.
    private func saveMarks() {
        guard var store = markStore else { return }
        let warnings = store.warnings.count
        // The store's marks are what this browser last saved, so a letter only the store has was removed here.
        for letter in store.marks.keys where state.marks[letter] == nil {
            store.remove(letter)
        }
        for (letter, ref) in state.marks where store.mark(letter) != ref {
            store.set(letter, at: ref)
        }
        if store.warnings.count > warnings, let warning = store.warnings.last { state.message = warning }
        // Saving merges in what another parley on the same corpus saved meanwhile.
        state.marks = store.marks
        markStore = store
    }

    private func draw(on backend: TerminalBackend) {
        draw(state, on: backend)
    }

    private func draw(_ shown: BrowserState, on backend: TerminalBackend) {
        // Asked before the frame is made: work that ends while it is drawn then gets one more frame, where
        // asked after, a frame showing the work under way could be left on screen with no redraw to come.
        let listPending = shown.view != .compare && !shown.screen.isTooSmall && shown.list(context: context).isPending
        let grid = BrowserRenderer.render(shown, context: context)
        backend.draw(grid, theme: theme(named: shown.themeName), cursor: BrowserRenderer.cursor(shown))
        drawnListPending = listPending
    }

    /// Themes load once, on first use; a theme that fails to load keeps the current one and says why.
    private func theme(named name: String) -> Theme {
        if let theme = themes[name] { return theme }
        do {
            let theme = try ThemeCatalog.load(nameOrPath: name)
            themes[name] = theme
            return theme
        } catch {
            state.message = "\(error)"
            let fallback = themes.values.first ?? .monochrome
            state.themeName = fallback.name
            return fallback
        }
    }
}

public enum BrowserError: Error, CustomStringConvertible {
    case noTranscripts

    public var description: String {
        switch self {
        case .noTranscripts: return "no transcript to browse: the corpus has no file with speaker turns (LABEL: text)"
        }
    }
}
