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
        grid.put(f, x: rect.x + max(1, rect.width - DisplayWidth.of(f) - 2), y: rect.y + rect.height - 1, role: .overlayTitle, limit: rect.width - 2)
    }
}

/// Every key, from the same table the keymap reads.
enum HelpOverlay {
    static func lines() -> [(key: String, text: String, isTitle: Bool)] {
        var out: [(String, String, Bool)] = []
        for section in KeyBindings.sections {
            if !out.isEmpty { out.append(("", "", false)) }
            out.append(("", section.title, true))
            for b in section.bindings { out.append((b.label, b.help, false)) }
        }
        out.append(("", "", false))
        for note in KeyBindings.notes { out.append(("", note, false)) }
        return out
    }

    static func draw(into grid: inout Grid, scroll: Int) {
        let all = lines()
        let rect = OverlayBox.rect(in: grid.size, width: 76, height: all.count + 2)
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
        let entries = BrowserState.pickerEntries(filter: filter, context: context)
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
