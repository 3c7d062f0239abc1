/// A list view in the panes' place: a header line, then rows, the selected one highlighted and kept in sight.
enum ListView {
    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let list = state.list(context: context)
        let rect = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 3)
        BoxView.draw(into: &grid, rect: rect, title: state.view.title, rightTitle: list.rows.isEmpty ? "" : "\(state.listSelection + 1)/\(list.rows.count)", focused: true)
        let x = 2
        let width = rect.width - 4
        var cx = x
        for seg in list.header { cx += grid.put(seg.text, x: cx, y: rect.y + 1, role: seg.role, limit: max(0, x + width - cx)) }
        let rows = rect.height - 3
        guard !list.rows.isEmpty else {
            for (i, line) in TextWrapper.wrap([StyledSegment(list.empty, role: .note)], width: width).prefix(rows).enumerated() {
                grid.put(line.text, x: x, y: rect.y + 2 + i, role: .note, limit: width)
            }
            return
        }
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
    }
}
