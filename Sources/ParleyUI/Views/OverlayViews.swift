import ParleyModel

/// A centred box over the screen for help and pickers.
enum OverlayBox {
    static func rect(in size: Size, width: Int, height: Int) -> Rect {
        let w = min(size.width - 2, width)
        let h = min(size.height - 2, height)
        return Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
    }

    static func draw(into grid: inout Grid, rect: Rect, title: String, footer: String) {
        grid.fill(rect, role: .overlay)
        BoxView.draw(into: &grid, rect: rect, title: title, rightTitle: "", focused: true)
        for x in rect.x..<(rect.x + rect.width) {
            if grid[x, rect.y].role == .borderFocused { grid.restyle(x: x, y: rect.y, width: 1, role: .overlayTitle) }
        }
        let f = " \(footer) "
        grid.put(
            f, x: rect.x + max(1, rect.width - DisplayWidth.of(f) - 2), y: rect.y + rect.height - 1, role: .overlayTitle,
            limit: rect.width - 2)
    }
}

/// Every key, from the same table the keymap reads.
enum HelpOverlay {
    static func lines(keys: KeyTable) -> [(key: String, text: String, isTitle: Bool)] {
        var out: [(String, String, Bool)] = []
        for section in keys.sections {
            if !out.isEmpty { out.append(("", "", false)) }
            out.append(("", section.title, true))
            // The action's name is what config.toml's [keys] table uses to give it other keys.
            for b in section.bindings { out.append((b.label, "\(b.help) · \(b.name)", false)) }
        }
        out.append(("", "", false))
        for note in KeyBindings.notes { out.append(("", note, false)) }
        return out
    }

    static func draw(into grid: inout Grid, scroll: Int, keys: KeyTable) {
        let all = lines(keys: keys)
        let rect = OverlayBox.rect(in: grid.size, width: 86, height: all.count + 2)
        OverlayBox.draw(into: &grid, rect: rect, title: "Keys", footer: "Esc or ? closes · j/k scroll")
        let rows = rect.height - 2
        let start = min(scroll, max(0, all.count - rows))
        let keyWidth = 12
        for (row, line) in all.dropFirst(start).prefix(rows).enumerated() {
            let y = rect.y + 1 + row
            let x = rect.x + 2
            let room = rect.width - 4
            if line.isTitle {
                grid.put(line.text, x: x, y: y, role: .overlayTitle, limit: room)
            } else if line.key.isEmpty {
                grid.put(line.text, x: x, y: y, role: .overlay, limit: room)
            } else {
                grid.put(line.key, x: x + 1, y: y, role: .overlayKey, limit: keyWidth)
                grid.put(line.text, x: x + 1 + keyWidth, y: y, role: .overlay, limit: max(0, room - keyWidth - 1))
            }
        }
    }
}

/// What went wrong reading the corpus: each problem wrapped to the box, a blank line between them.
enum ProblemsOverlay {
    static func lines(_ problems: [String], width: Int) -> [String] {
        var out: [String] = []
        for problem in problems {
            if !out.isEmpty { out.append("") }
            for line in TextWrapper.wrap([StyledSegment(problem, role: .overlay)], width: max(1, width)) {
                out.append(line.segments.map(\.text).joined())
            }
        }
        return out
    }

    static func draw(into grid: inout Grid, problems: [String], scroll: Int) {
        let width = min(grid.size.width - 2, 100)
        let all = lines(problems, width: width - 4)
        let rect = OverlayBox.rect(in: grid.size, width: width, height: all.count + 2)
        let title = "\(problems.count) problem\(problems.count == 1 ? "" : "s") reading the corpus"
        OverlayBox.draw(into: &grid, rect: rect, title: title, footer: "Esc or ! closes · j/k scroll")
        let rows = rect.height - 2
        let start = min(scroll, max(0, all.count - rows))
        for (row, line) in all.dropFirst(start).prefix(rows).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + row, role: .overlay, limit: rect.width - 4)
        }
    }
}

/// Type to filter, arrows to move, Enter to show only that person.
enum SpeakerPickerOverlay {
    static func draw(into grid: inout Grid, filter: String, selection: Int, state: BrowserState, context: BrowserContext) {
        let entries = BrowserState.pickerEntries(filter: filter, meetings: state.meetings, context: context)
        let rect = OverlayBox.rect(in: grid.size, width: 72, height: max(6, min(entries.count, 14) + 4))
        OverlayBox.draw(into: &grid, rect: rect, title: "Speaker", footer: "Enter picks · Esc cancels")
        let room = rect.width - 4
        let x = rect.x + 2
        var y = rect.y + 1
        grid.put("> " + filter, x: x, y: y, role: .prompt, limit: room)
        y += 1
        let rows = rect.height - 3
        if entries.isEmpty {
            grid.put("no one matches", x: x, y: y, role: .note, limit: room)
            return
        }
        let first = max(0, min(selection - rows + 1, entries.count - rows))
        for (i, entry) in entries.enumerated().dropFirst(first).prefix(rows) {
            let counts = state.meetings.map { m in entry.map { context.turnCount(person: $0.id, meeting: m) } }
            let countText = entry == nil ? "" : "\(counts[0] ?? 0)│\(counts[1] ?? 0)"
            let name = entry.map { "\($0.name) — \($0.role)" } ?? "Everyone"
            let role: Role = i == selection ? .selection : .overlay
            grid.fill(Rect(x: x, y: y, width: room, height: 1), role: role)
            grid.put(DisplayWidth.truncate(name, to: room - 8), x: x + 1, y: y, role: role)
            grid.put(countText, x: x + room - DisplayWidth.of(countText) - 1, y: y, role: role)
            y += 1
        }
    }
}

/// Every meeting by date, filtered as the user types: Enter shows it in the focused pane, Tab in the other.
enum MeetingPickerOverlay {
    /// Nearly the whole screen, leaving the panes' edges in view to either side.
    static func rect(in size: Size) -> Rect {
        OverlayBox.rect(in: size, width: min(160, size.width - 4), height: size.height - 2)
    }

    static func draw(into grid: inout Grid, filter: String, selection: Int, state: BrowserState, context: BrowserContext) {
        let entries = BrowserState.meetingPickerEntries(filter: filter, range: state.dateRange, context: context)
        let rect = rect(in: grid.size)
        let other = state.focus.other == .left ? "left" : "right"
        OverlayBox.draw(into: &grid, rect: rect, title: "Meeting", footer: "Enter here · Tab \(other) pane · Esc")
        let room = rect.width - 4
        let x = rect.x + 2
        var y = rect.y + 1
        let count = "\(entries.count) of \(context.catalog.entries.count)"
        grid.put("> " + filter, x: x, y: y, role: .prompt, limit: max(0, room - DisplayWidth.of(count) - 1))
        grid.put(count, x: x + room - DisplayWidth.of(count), y: y, role: .note)
        y += 1
        let rows = rect.height - 4
        guard rows > 0 else { return }
        if entries.isEmpty {
            grid.put("no meeting matches", x: x, y: y, role: .note, limit: room)
            return
        }
        // Columns: pane marker, date, place, turns at the right; title and speakers share what is left.
        let placeWidth = room >= 100 ? 18 : 12
        let fixed = 2 + 10 + 2 + placeWidth + 2 + 6
        let rest = max(0, room - fixed)
        let titleWidth = rest * 11 / 20
        let speakersWidth = max(0, rest - titleWidth - 2)
        // Each heading within its column, as the rows are: a narrow box shortens it rather than run it into the next.
        let headings = [
            (2, "date", 10), (14, "place", placeWidth), (16 + placeWidth, "title", titleWidth),
            (18 + placeWidth + titleWidth, "who spoke", speakersWidth),
        ]
        for (offset, text, width) in headings where offset < room - 5 && width > 0 {
            grid.put(DisplayWidth.truncate(text, to: width), x: x + offset, y: y, role: .tableHeader, limit: room - offset)
        }
        grid.put("turns", x: x + room - 5, y: y, role: .tableHeader)
        y += 1
        let first = max(0, min(selection - rows / 2, entries.count - rows))
        for i in entries.indices.dropFirst(first).prefix(rows) {
            let entry = entries[i]
            let role: Role = i == selection ? .selection : .overlay
            grid.fill(Rect(x: x, y: y, width: room, height: 1), role: role)
            let marker = entry.meeting == state.meetings[0] ? "L" : entry.meeting == state.meetings[1] ? "R" : ""
            var cx = x
            grid.put(marker, x: cx, y: y, role: i == selection ? role : .overlayKey)
            cx += 2
            grid.put(entry.date?.iso ?? "undated", x: cx, y: y, role: role)
            cx += 12
            let place = String(entry.place.split(separator: ",").first ?? "")
            grid.put(DisplayWidth.truncate(place, to: placeWidth), x: cx, y: y, role: role)
            cx += placeWidth + 2
            grid.put(DisplayWidth.truncate(entry.title, to: titleWidth), x: cx, y: y, role: role)
            cx += titleWidth + 2
            grid.put(
                DisplayWidth.truncate(entry.speakers.joined(separator: ", "), to: speakersWidth), x: cx, y: y,
                role: i == selection ? role : .note)
            let turns = "\(entry.turns)"
            grid.put(turns, x: x + room - DisplayWidth.of(turns), y: y, role: role)
            y += 1
        }
    }
}
