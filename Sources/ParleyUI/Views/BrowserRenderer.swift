import ParleyModel

/// Draws the whole browser from its state: a pure function from state to a grid of cells.
public enum BrowserRenderer {
    public static func render(_ state: BrowserState, context: BrowserContext) -> Grid {
        var grid = Grid(size: state.size)
        let screen = state.screen
        if screen.isTooSmall {
            TooSmallView.draw(into: &grid, size: state.size)
            return grid
        }
        TitleBarView.draw(into: &grid, state: state, context: context)
        if state.view == .compare {
            for side in PaneSide.allCases {
                PaneView.draw(into: &grid, side: side, state: state, context: context)
            }
        } else {
            ListView.draw(into: &grid, state: state, context: context)
        }
        SpeakerBarView.draw(into: &grid, state: state, context: context)
        StatusLineView.draw(into: &grid, state: state, context: context)
        switch state.mode {
        case .help(let scroll): HelpOverlay.draw(into: &grid, scroll: scroll, keys: state.keys)
        case .problems(let scroll): ProblemsOverlay.draw(into: &grid, problems: state.problems, scroll: scroll)
        case .speakerPicker(let filter, let selection):
            SpeakerPickerOverlay.draw(into: &grid, filter: filter, selection: selection, state: state, context: context)
        case .meetingPicker(let filter, let selection):
            MeetingPickerOverlay.draw(into: &grid, filter: filter, selection: selection, state: state, context: context)
        case .normal, .searchPrompt, .rangePrompt, .awaitingMark: break
        }
        return grid
    }

    /// Where the terminal cursor belongs: at the end of a prompt, or hidden.
    public static func cursor(_ state: BrowserState) -> (x: Int, y: Int)? {
        guard !state.screen.isTooSmall else { return nil }
        if case .searchPrompt(let text, _, _) = state.mode {
            return (min(state.size.width - 1, 1 + DisplayWidth.of(text)), state.screen.statusRow)
        }
        if case .rangePrompt(let text) = state.mode {
            return (min(state.size.width - 1, DisplayWidth.of(StatusLineView.rangePrompt) + DisplayWidth.of(text)), state.screen.statusRow)
        }
        return nil
    }
}

enum TooSmallView {
    static func draw(into grid: inout Grid, size: Size) {
        let min = ScreenLayout.minimumSize
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height), need \(min.width)×\(min.height)",
            "Enlarge it, or q to quit",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + i, role: i == 0 ? .error : .text)
        }
    }
}

enum TitleBarView {
    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let width = state.size.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .titleBar)
        var x = grid.put(" parley ", x: 0, y: 0, role: .titleAccent)
        let meetings = state.meetings.map { context.meeting($0) }
        let who = context.person(state.speaker)?.shortName ?? "everyone"
        let status =
            state.view == .compare
            ? "  \(who) · \(state.sync ? "sync ⇅" : "sync off") " : "  \(state.view.title) · \(who) "
        let room = width - x - DisplayWidth.of(status)
        var pair = " \(meetings[0].title) ⟷ \(meetings[1].title)"
        if DisplayWidth.of(pair) > room, let a = meetings[0].date, let b = meetings[1].date, a.year == b.year {
            // Tight: say the shared year once.
            let day = { (d: Day) in String(d.short.prefix { !$0.isNumber }) + String(d.day) }
            pair = " \(meetings[0].shortPlace) · \(day(a)) ⟷ \(meetings[1].shortPlace) · \(day(b)) \(a.year)"
        }
        x += grid.put(DisplayWidth.truncate(pair, to: max(0, room)), x: x, y: 0, role: .titleBar)
        grid.put(status, x: max(x, width - DisplayWidth.of(status)), y: 0, role: .titleBar)
    }
}

enum PaneView {
    static func draw(into grid: inout Grid, side: PaneSide, state: BrowserState, context: BrowserContext) {
        let rect = state.screen.pane(side)
        let focused = state.focus == side
        let layout = state.layout(side, context: context)
        let top = state.top(side, context: context)
        let current = layout.isEmpty ? nil : top.turn
        let title = context.meeting(state.meetings[side.rawValue]).title
        let counter = current.map { "turn \($0 + 1)/\(layout.turns.count)" } ?? "no turns"
        BoxView.draw(into: &grid, rect: rect, title: title, rightTitle: counter, focused: focused)

        let textX = rect.x + 2
        let width = rect.width - 4
        let height = rect.height - 2
        if layout.isEmpty {
            let who = context.person(state.speaker)?.shortName ?? "No one"
            let wrapped = TextWrapper.wrap([StyledSegment("\(who) does not speak in this meeting.", role: .note)], width: width)
            for (row, line) in wrapped.prefix(height).enumerated() {
                grid.put(line.text, x: textX, y: rect.y + 1 + row, role: .note, limit: width)
            }
            return
        }
        // Where the passage at the top was quoted, on the pane's bottom edge.
        if let quoted = context.quotedParagraphs, let ref = state.passageAtTop(side, context: context), let docs = quoted[ref] {
            let kinds = docs.map { context.corpus.documents[$0].kind.rawValue }
            let note = DisplayWidth.truncate(" “ quoted in the \(kinds.joined(separator: ", ")) ", to: max(0, rect.width - 4))
            grid.put(note, x: rect.x + 2, y: rect.y + rect.height - 1, role: .traced)
        }
        let lines = PaneLines(
            layout: layout, top: top, currentTurn: current, emphasis: state.emphasis,
            currentHit: currentHit(side: side, state: state, context: context))
        lines.draw(into: &grid, rect: rect, context: context)
    }

    static func currentHit(side: PaneSide, state: BrowserState, context: BrowserContext) -> PaneHit? {
        guard let current = state.search.current else { return nil }
        let hits = state.allHits(context: context)
        guard hits.indices.contains(current), hits[current].side == side else { return nil }
        return state.layout(side, context: context).hit(hits[current].match)
    }
}

/// A pane's text lines from `top`, drawn inside a box: labels with the current turn's marker, gutters,
/// marked words and the current search match. The panes and the source preview both draw with it.
struct PaneLines {
    var layout: PaneLayout
    var top: PanePosition
    var currentTurn: Int?
    var emphasis: [Emphasis]
    var currentHit: PaneHit?

    func draw(into grid: inout Grid, rect: Rect, context: BrowserContext) {
        let textX = rect.x + 2
        let width = rect.width - 4
        var row = 0
        layout.forEachLine(from: top, count: rect.height - 2) { at, line in
            let y = rect.y + 1 + row
            row += 1
            var x = textX
            if line.kind == .label {
                let marker = line.turn == currentTurn ? "▸ " : "  "
                x += grid.put(marker, x: x, y: y, role: .speakerCurrent, limit: width)
                for seg in line.segments {
                    let role = line.turn == currentTurn && seg.role == .speaker ? Role.speakerCurrent : seg.role
                    x += grid.put(seg.text, x: x, y: y, role: role, limit: max(0, textX + width - x))
                }
                return
            }
            x += grid.put(String(line.gutter.prefix(1)), x: x, y: y, role: .note, limit: width)
            x += grid.put(String(line.gutter.dropFirst()), x: x, y: y, role: .traced, limit: width)
            let textStart = x
            for seg in line.segments {
                x += grid.put(seg.text, x: x, y: y, role: seg.role, limit: max(0, textX + width - x))
            }
            for span in layout.turnLines(at.turn).spans where span.line == at.lineInTurn {
                let sx = textStart + span.column
                grid.restyle(x: sx, y: y, width: min(span.width, textX + width - sx), role: .match)
            }
            for marked in emphasis where marked.ref == line.ref {
                Self.emphasize(marked, at: at, of: layout, into: &grid, x: textStart, y: y, limit: textX + width, context: context)
            }
            if let hit = currentHit, hit.position == at {
                let hx = textX + PaneLayout.gutterWidth + hit.column
                grid.restyle(x: hx, y: y, width: min(hit.width, textX + width - hx), role: .matchCurrent)
            }
        }
    }

    /// Restyles the part of an emphasised passage that lies on one pane line; search matches keep their look.
    static func emphasize(
        _ emphasis: Emphasis, at position: PanePosition, of layout: PaneLayout, into grid: inout Grid, x: Int, y: Int, limit: Int,
        context: BrowserContext
    ) {
        let lines = layout.turnLines(position.turn).lines
        let line = lines[position.lineInTurn]
        let text = Array(context.corpus.paragraph(emphasis.ref).text)
        let start = line.startOffset
        // A paragraph's lines are all in its turn: the line after the turn's last is never the same paragraph's.
        let next = lines[safe: position.lineInTurn + 1]
        let end = next?.ref == line.ref ? next!.startOffset : text.count
        for range in emphasis.ranges {
            let from = max(range.lowerBound, start)
            var to = min(range.upperBound, end)
            // The space a line breaks at is not drawn: leave it unmarked.
            while to > from && text[to - 1].isWhitespace { to -= 1 }
            guard from < to else { continue }
            let column = x + DisplayWidth.of(String(text[start..<from]))
            let width = DisplayWidth.of(String(text[from..<to]))
            grid.restyle(x: column, y: y, width: min(width, limit - column), role: emphasis.role, keeping: [.match, .matchCurrent])
        }
    }

}

enum BoxView {
    /// A border with a title on the left and another on the right of its top edge; heavy when focused.
    static func draw(into grid: inout Grid, rect: Rect, title: String, rightTitle: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        let (h, v, tl, tr, bl, br) = focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        // Each edge in one call: drawn a cell at a time, the edges of a 200×60 screen were hundreds of calls.
        let edge = String(repeating: h, count: rect.width)
        grid.put(edge, x: rect.x, y: rect.y, role: role)
        grid.put(edge, x: rect.x, y: bottom, role: role)
        for y in rect.y...bottom {
            grid.put(v, x: rect.x, y: y, role: role)
            grid.put(v, x: right, y: y, role: role)
        }
        grid.put(tl, x: rect.x, y: rect.y, role: role)
        grid.put(tr, x: right, y: rect.y, role: role)
        grid.put(bl, x: rect.x, y: bottom, role: role)
        grid.put(br, x: right, y: bottom, role: role)
        let inner = rect.width - 4
        let rightText = rightTitle.isEmpty ? "" : " \(rightTitle) "
        let rightWidth = DisplayWidth.of(rightText)
        // The title runs from after the corner to one border cell before the right title.
        let titleRoom = (right - rightWidth) - (rect.x + 1) - 1
        let titleRole: Role = focused ? .paneTitleFocused : .paneTitle
        if titleRoom >= 6 {
            grid.put(DisplayWidth.truncate(" \(title) ", to: titleRoom), x: rect.x + 1, y: rect.y, role: titleRole)
            grid.put(rightText, x: right - rightWidth, y: rect.y, role: titleRole)
        } else {
            grid.put(DisplayWidth.truncate(" \(title) ", to: max(0, inner)), x: rect.x + 1, y: rect.y, role: titleRole)
        }
    }
}
