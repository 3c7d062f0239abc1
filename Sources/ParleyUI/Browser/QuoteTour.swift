import ParleyModel

/// Going round the sentences of the related documents that quote one spoken passage.
public struct QuoteTour: Hashable, Sendable {
    /// The spoken paragraph quoted.
    public var source: PassageRef
    /// Which of the quoting sentences and quotes is shown, in corpus order.
    public var index: Int
}

extension BrowserState {
    /// `"`: side by side, shows in the related-documents view the first sentence quoting the passage at the
    /// top of the focused pane; there, the next one, round and round.
    mutating func showQuotingSentence(context: BrowserContext) {
        var tour: QuoteTour
        if view == .documents, let current = quoteTour {
            tour = current
            tour.index += 1
        } else if view == .compare, let ref = passageAtTop(focus, context: context) {
            tour = QuoteTour(source: ref, index: 0)
        } else {
            message = "\" shows where the passage at the top of a pane is quoted, side by side"
            return
        }
        let quoting = context.analysis.quoteTraces(context.corpus).filter { $0.source?.ref == tour.source }
        guard !quoting.isEmpty else {
            message = "nothing in the related documents is traced to this passage"
            return
        }
        tour.index %= quoting.count
        let unit = quoting[tour.index].unit
        let related = context.corpus.documents.indices.filter { context.corpus.documents[$0].kind != .transcript }
        guard let shown = related.firstIndex(of: unit.ref.document) else { return }
        view = .documents
        documentShown = shown
        quoteTour = tour
        let rows = list(context: context).rows
        listSelection = rows.lastIndex { $0.at?.ref == unit.ref && ($0.at?.offset ?? .max) <= unit.range.lowerBound } ?? 0
        message = quoting.count == 1 ? "quoted here only" : "quoted \(quoting.count) times: this is \(tour.index + 1) · \" for the next"
    }
}
