/// The screens `v` cycles through. Every list view's items point at passages; Enter shows one
/// in the side-by-side panes.
public enum BrowserView: Int, Hashable, Sendable, CaseIterable {
    case compare, speakers, concordance, alignment, quotes, documents, timeline

    public var title: String {
        switch self {
        case .compare: return "side by side"
        case .speakers: return "speakers"
        case .concordance: return "keyword in context"
        case .alignment: return "passage alignment"
        case .quotes: return "quotes traced"
        case .documents: return "related documents"
        case .timeline: return "timeline"
        }
    }

    public var next: BrowserView { BrowserView(rawValue: (rawValue + 1) % BrowserView.allCases.count)! }
}
