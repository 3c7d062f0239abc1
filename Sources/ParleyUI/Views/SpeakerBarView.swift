import ParleyModel

/// The digit keys' people with their turns in each pane's meeting: ` 1 Tillerson 1│7   2 Kelly 1│7 … 0 everyone`.
enum SpeakerBarView {
    struct Item {
        var slot: Int
        var text: String
        var x: Int
        var width: Int
    }

    static func items(state: BrowserState, context: BrowserContext) -> [Item] {
        var items: [Item] = []
        var x = 1
        let width = state.size.width
        let everyone = Item(slot: 0, text: "0 everyone", x: 0, width: 10)
        for (i, person) in context.speakerSlots(meetings: state.meetings).prefix(9).enumerated() {
            let counts = state.meetings.map { context.turnCount(person: person.id, meeting: $0) }
            let text = "\(i + 1) \(person.shortName) \(counts[0])│\(counts[1])"
            let w = DisplayWidth.of(text)
            // Keep room for "0 everyone" at the end.
            if x + w + 2 + everyone.width > width { break }
            items.append(Item(slot: i + 1, text: text, x: x, width: w))
            x += w + 2
        }
        items.append(Item(slot: 0, text: everyone.text, x: x, width: everyone.width))
        return items
    }

    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let y = state.screen.speakerBarRow
        grid.fill(Rect(x: 0, y: y, width: state.size.width, height: 1), role: .speakerBar)
        let selectedSlot =
            state.speaker.flatMap { id in context.speakerSlots(meetings: state.meetings).firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        var end = 0
        for item in items(state: state, context: context) {
            let selected = item.slot == selectedSlot && (item.slot != 0 || state.speaker == nil)
            let role: Role = selected ? .speakerBarSelected : .speakerBar
            grid.put(item.text, x: item.x, y: y, role: role)
            grid.restyle(x: item.x, y: y, width: 1, role: selected ? .speakerBarSelected : .speakerBarKey)
            end = item.x + item.width
        }
        // A person picked from the picker who has no digit is still shown as chosen.
        if let id = state.speaker, selectedSlot == 0 || selectedSlot > 9, let person = context.person(id) {
            end += grid.put("   ", x: end, y: y, role: .speakerBar)
            grid.put(person.shortName, x: end, y: y, role: .speakerBarSelected)
        } else if end + 8 <= state.size.width {
            grid.put("  S more", x: end, y: y, role: .speakerBar)
            grid.restyle(x: end + 2, y: y, width: 1, role: .speakerBarKey)
        }
    }

    static func slot(atX x: Int, state: BrowserState, context: BrowserContext) -> Int? {
        items(state: state, context: context).first { x >= $0.x && x < $0.x + $0.width }?.slot
    }
}

/// The bottom line: the search prompt while typing; otherwise the search's position and counts, a message, or key hints.
enum StatusLineView {
    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let y = state.screen.statusRow
        let width = state.size.width
        grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: .status)
        if case .searchPrompt(let text, _, _) = state.mode {
            var x = grid.put("/", x: 0, y: y, role: .prompt)
            x += grid.put(text, x: x, y: y, role: .prompt, limit: width - 1)
            // A message while typing (the index still being built) says why the counts are not there yet.
            let summary = "  " + (state.message ?? counts(state: state, context: context, typing: true))
            grid.put(summary, x: x, y: y, role: .status, limit: max(0, width - x))
            return
        }
        if case .rangePrompt(let text) = state.mode {
            var x = grid.put(rangePrompt, x: 0, y: y, role: .prompt)
            x += grid.put(text, x: x, y: y, role: .prompt, limit: max(0, width - x))
            if text.isEmpty {
                grid.put("  e.g. 2017, 2017-02..2017-05; empty for all; Esc cancels", x: x, y: y, role: .status, limit: max(0, width - x))
            }
            return
        }
        if case .awaitingMark(let set) = state.mode {
            let ask = set ? "set mark: type a letter (Esc cancels)" : "go to mark: type its letter (Esc cancels)"
            grid.put(" " + ask, x: 0, y: y, role: .prompt, limit: width)
            return
        }
        var x = 0
        // The date range stays in sight while set: everything else on screen keeps to it.
        if !state.dateRange.isUnbounded {
            x += grid.put(" dates \(state.dateRange)", x: x, y: y, role: .prompt, limit: width / 2)
        }
        if state.search.isActive {
            x += grid.put(" /\(state.search.query)", x: x, y: y, role: .prompt, limit: width / 2)
            // "Pattern not found" already says what a count of none would.
            if state.message != "Pattern not found: \(state.search.query)" {
                x += grid.put("  " + counts(state: state, context: context, typing: false), x: x, y: y, role: .status)
            }
        }
        if let message = state.message {
            let role: Role = message.hasPrefix("Pattern not found") || message.hasPrefix("no ") ? .error : .status
            grid.put("  " + message, x: x, y: y, role: role, limit: max(0, width - x))
            return
        }
        if !state.problems.isEmpty {
            let count = state.problems.count
            x += grid.put(" ! \(count) problem\(count == 1 ? "" : "s") reading files", x: x, y: y, role: .error, limit: width - x)
        }
        // Help and quit show the keys the config file gave them.
        let help = state.keys.firstKeyName(of: "help") ?? "?"
        let quit = state.keys.firstKeyName(of: "quit") ?? "q"
        var hints: [(String, String)] =
            state.view != .compare
            ? [("j/k", "move"), ("Enter", "show side by side"), ("v", "next view"), (help, "help"), (quit, "quit")]
            : state.search.isActive
                ? [("n/N", "next/prev"), ("Esc", "clear"), ("Tab", "pane"), (help, "help"), (quit, "quit")]
                : [(help, "help"), ("/", "search"), ("1-9", "speaker"), ("J/K", "turn"), ("Tab", "pane"), ("s", "sync"), (quit, "quit")]
        if state.view == .compare, let place = state.returnTo { hints.insert(("⌫", "back to \(place.view.title)"), at: 0) }
        x += 1
        for (key, what) in hints {
            let w = DisplayWidth.of(key) + 1 + DisplayWidth.of(what) + 3
            guard x + w <= width else { break }
            x += grid.put(key, x: x + 2, y: y, role: .statusKey) + 2
            x += grid.put(" " + what, x: x, y: y, role: .status) + 1
        }
    }

    /// What the date prompt starts with.
    static let rangePrompt = " dates: "

    /// `3/8 · Feb 23 4 · May 18 4`: position among all matches and the count in each pane.
    static func counts(state: BrowserState, context: BrowserContext, typing: Bool) -> String {
        guard state.activeQuery != nil else { return "" }
        let perPane = PaneSide.allCases.map { state.layout($0, context: context).matches.count }
        let total = perPane.reduce(0, +)
        if total == 0 { return typing ? "no match" : "no match in these panes" }
        let names = state.meetings.map {
            context.meeting($0).date?.short.split(separator: " ").prefix(2).joined(separator: " ") ?? context.meeting($0).shortPlace
        }
        let position = state.search.current.map { "\($0 + 1)/\(total)" } ?? "\(total) matches"
        return "\(position) · \(names[0]): \(perPane[0]) · \(names[1]): \(perPane[1])"
    }
}
