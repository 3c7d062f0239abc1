/// A list view in the panes' place: a header line, then rows, the selected one highlighted and kept in sight,
/// and under them what the selected row says in full.
enum ListView {
    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let list = state.list(context: context)
        let rect = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 3)
        BoxView.draw(into: &grid, rect: rect, title: state.view.title, rightTitle: list.rows.isEmpty ? "" : "\(state.listSelection + 1)/\(list.rows.count)", focused: true)
        let x = 2
        let width = rect.width - 4
        var cx = x
        for seg in list.header { cx += grid.put(seg.text, x: cx, y: rect.y + 1, role: seg.role, limit: max(0, x + width - cx)) }
        let available = rect.height - 3
        guard !list.rows.isEmpty else {
            for (i, line) in TextWrapper.wrap([StyledSegment(list.empty, role: .note)], width: width).prefix(available).enumerated() {
                grid.put(line.text, x: x, y: rect.y + 2 + i, role: .note, limit: width)
            }
            return
        }
        let detail = list.rows[safe: state.listSelection]?.detail.flatMap { TextWrapper.wrap($0, width: width) } ?? []
        // The detail takes at most half the room, under a rule; the list keeps the rest.
        let detailRows = detail.isEmpty ? 0 : min(detail.count, available / 2 - 1)
        let rows = detailRows > 0 ? available - detailRows - 1 : available
        let first = max(0, state.listSelection - rows + 1)
        for (i, row) in list.rows.enumerated().dropFirst(first).prefix(rows) {
            let y = rect.y + 2 + i - first
            let selected = i == state.listSelection
            if selected { grid.fill(Rect(x: x, y: y, width: width, height: 1), role: .selection) }
            var cx = x
            for seg in row.segments {
                cx += grid.put(seg.text, x: cx, y: y, role: selected ? .selection : seg.role, limit: max(0, x + width - cx))
            }
        }
        guard detailRows > 0 else { return }
        let top = rect.y + 2 + rows
        grid.put(String(repeating: "─", count: width), x: x, y: top, role: .border)
        for (i, line) in detail.prefix(detailRows).enumerated() {
            var cx = x
            for seg in line.segments { cx += grid.put(seg.text, x: cx, y: top + 1 + i, role: seg.role, limit: max(0, x + width - cx)) }
        }
        if detail.count > detailRows { grid.put("…", x: x + width - 1, y: top + detailRows, role: .note) }
    }
}
