import ParleyModel

/// Beside a related document, in the right pane: the spoken passage its selected line traces to, in its
/// meeting's transcript, with the sentences traced marked. It follows the selection; Enter opens it side by side.
enum SourcePreviewView {
    static func draw(into grid: inout Grid, state: BrowserState, context: BrowserContext) {
        let rect = state.screen.pane(.right)
        let corpus = context.corpus
        guard case .passage(let ref, let marked)? = state.list(context: context).rows[safe: state.listSelection]?.target,
            let meeting = corpus.meetings.firstIndex(where: { $0.documentIndices.contains(ref.document) })
        else {
            BoxView.draw(into: &grid, rect: rect, title: "what was said", rightTitle: "", focused: false)
            let note =
                "The selected line is not traced to anything said. Lines drawn in the traced style are: move to one to see here the passage it comes from."
            for (row, line) in TextWrapper.wrap([StyledSegment(note, role: .note)], width: max(1, rect.width - 4)).prefix(
                max(0, rect.height - 2)
            ).enumerated() {
                grid.put(line.text, x: rect.x + 2, y: rect.y + 1 + row, role: .note, limit: rect.width - 4)
            }
            return
        }
        let layout = context.layout(meeting: meeting, speaker: nil, width: max(1, rect.width - 4), query: state.activeQuery)
        let offset = marked.firstOffset(in: ref)
        let top = layout.top(showing: ref, offset: offset, height: max(1, rect.height - 2)) ?? PanePosition()
        let turn = layout.turn(holding: ref)
        let counter = turn.map { "turn \($0 + 1)/\(layout.turns.count)" } ?? ""
        BoxView.draw(into: &grid, rect: rect, title: corpus.meetings[meeting].title, rightTitle: counter, focused: false)
        PaneLines(layout: layout, top: top, currentTurn: turn, emphasis: marked, currentHit: nil).draw(
            into: &grid, rect: rect, context: context)
    }
}
