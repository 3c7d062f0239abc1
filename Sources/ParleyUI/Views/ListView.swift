/// A list view in the panes' place: header lines, then rows, the selected one highlighted and kept in sight,
/// and under them what the selected row says in full.
enum ListView {
    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let list = state.list(context: context)
        let at = ListGeometry(list: list, rect: state.listRect, selection: state.listSelection)
        if state.showsSourcePreview { SourcePreviewView.draw(into: &grid, state: state, context: context) }
        let rect = at.rect
        BoxView.draw(
            into: &grid, rect: rect, title: state.view.title,
            rightTitle: list.rows.isEmpty ? "" : "\(state.listSelection + 1)/\(list.rows.count)", focused: true)
        let x = at.textX
        let width = at.textWidth
        for (i, line) in list.header.enumerated() {
            var cx = x
            for seg in line { cx += grid.put(seg.text, x: cx, y: at.headerY + i, role: seg.role, limit: max(0, x + width - cx)) }
        }
        guard !list.rows.isEmpty else {
            for (i, line) in TextWrapper.wrap([StyledSegment(list.empty, role: .note)], width: width).prefix(at.rows).enumerated() {
                grid.put(line.text, x: x, y: at.firstRowY + i, role: .note, limit: width)
            }
            return
        }
        // Only the rows on screen are read: a list's rows may each be made as they are asked for.
        for i in at.first..<min(at.first + at.rows, list.rows.count) {
            let row = list.rows[i]
            let y = at.firstRowY + i - at.first
            let selected = i == state.listSelection
            if selected { grid.fill(Rect(x: x, y: y, width: width, height: 1), role: .selection) }
            var cx = x
            for seg in row.segments {
                cx += grid.put(seg.text, x: cx, y: y, role: selected ? .selection : seg.role, limit: max(0, x + width - cx))
            }
        }
        guard at.detailRows > 0 else { return }
        let top = at.firstRowY + at.rows
        grid.put(String(repeating: "─", count: width), x: x, y: top, role: .border)
        for (i, line) in at.detail.prefix(at.detailRows).enumerated() {
            var cx = x
            for seg in line.segments { cx += grid.put(seg.text, x: cx, y: top + 1 + i, role: seg.role, limit: max(0, x + width - cx)) }
        }
        if at.detail.count > at.detailRows { grid.put("…", x: x + width - 1, y: top + at.detailRows, role: .note) }
    }
}

/// Where a list view puts its parts, for drawing and for finding the row under the mouse.
struct ListGeometry {
    let rect: Rect
    var textX: Int { rect.x + 2 }
    let textWidth: Int
    let headerY: Int
    let firstRowY: Int
    /// How many rows are shown, and the index of the first.
    let rows: Int
    let first: Int
    /// The selected row's detail, wrapped, and how many of its lines fit: at most half the room, under a rule.
    let detail: [WrappedLine]
    let detailRows: Int

    init(list: AnalysisList, rect: Rect, selection: Int) {
        self.rect = rect
        textWidth = max(0, rect.width - 4)
        headerY = rect.y + 1
        firstRowY = headerY + list.header.count
        let available = max(0, rect.y + rect.height - 1 - firstRowY)
        let width = textWidth
        detail = list.rows.detail(at: selection).flatMap { TextWrapper.wrap($0, width: width) }
        // Under eight rows of room the list keeps them all.
        detailRows = detail.isEmpty || available < 8 ? 0 : min(detail.count, available / 2 - 1)
        rows = detailRows > 0 ? available - detailRows - 1 : available
        first = max(0, selection - rows + 1)
    }

    /// The index of the row drawn at screen line `y`, if one is.
    func row(atY y: Int, count: Int) -> Int? {
        let index = first + y - firstRowY
        return y >= firstRowY && y < firstRowY + rows && index < count ? index : nil
    }
}
