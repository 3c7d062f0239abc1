/// Where a page's own text is: the element to read and the headline to start after.
///
/// The text is found where the paragraphs are: the element with the most paragraph text among its
/// own children. It is read within the innermost `<main>`, `<article>` or `role="main"` holding it,
/// and from the page's `<h1>` on when the headline stands just above it, so that the lines between
/// headline and text (speaker, place, date) come along while the breadcrumbs above do not. Without
/// such a landmark, the text's element widens to take in siblings that hold as much text again
/// (a transcript split over several `<div>`s).
struct MainTextFinder {
    /// The element whose text is read.
    var root: PageElement
    /// Reading starts after this element (the headline), when set.
    var startAfter: PageElement?

    static func isContentLandmark(_ e: PageElement) -> Bool {
        e.name == "main" || e.name == "article" || e.attribute("role")?.lowercased() == "main"
    }

    /// Nil when the page holds no text at all.
    init?(body: PageElement) {
        guard let densest = MainTextFinder.densest(in: body) else { return nil }
        let container = densest.ancestry.first(where: MainTextFinder.isContentLandmark) ?? MainTextFinder.widened(densest, within: body)
        root = container
        startAfter = nil
        let headlines = body.elements(named: "h1")
        // The headline of the text: the first <h1> in the container, or else the last one before it.
        if let inside = headlines.first(where: { $0.isInside(container) }) {
            startAfter = inside
        } else if let above = headlines.last(where: { !$0.isInside(container) && $0.precedes(container, in: body) }),
            let common = above.commonAncestor(with: container),
            MainTextFinder.isNear(common, container) || common.ancestry.contains(where: MainTextFinder.isContentLandmark)
        {
            root = common
            startAfter = above
        }
    }

    /// The element, or the ancestor below `body` whose running text is half as much again as the
    /// element's, and so on up.
    static func widened(_ element: PageElement, within body: PageElement) -> PageElement {
        var candidate = element
        var text = runningText(candidate)
        while let parent = candidate.parent, parent !== body {
            let parentText = runningText(parent)
            guard parentText * 2 >= text * 3 else { break }
            candidate = parent
            text = parentText
        }
        return candidate
    }

    /// The text of an element's paragraphs and loose lines, and of those of the blocks inside it.
    static func runningText(_ e: PageElement) -> Int {
        ownText(e)
            + e.childElements.filter { !paragraphLike.contains($0.name) && !inline.contains($0.name) }.reduce(0) { $0 + runningText($1) }
    }

    /// At most three levels up: the headline's block and the text's block are neighbours.
    private static func isNear(_ ancestor: PageElement, _ e: PageElement) -> Bool {
        e.ancestry.prefix(4).contains { $0 === ancestor }
    }

    /// The element with the most text in its own paragraphs and loose lines.
    static func densest(in body: PageElement) -> PageElement? {
        var best: (element: PageElement, score: Int)?
        for e in body.subtree {
            let score = ownText(e)
            if score > 0 && score > (best?.score ?? 0) { best = (e, score) }
        }
        return best?.element
    }

    /// Elements that hold running text as a paragraph does.
    static let paragraphLike: Set<String> = ["p", "blockquote", "pre", "li", "dd"]
    /// Inline elements whose text counts as loose lines of their parent.
    static let inline: Set<String> = [
        "a", "b", "strong", "i", "em", "span", "font", "u", "small", "big", "sup", "sub", "abbr", "cite", "q", "mark",
        "time",
    ]

    /// Characters of text in `e`'s paragraph children and in its loose text (text separated by `<br>`).
    private static func ownText(_ e: PageElement) -> Int {
        var count = 0
        for child in e.children {
            switch child {
            case .text(let t):
                count += t.utf8.count { $0 > 0x20 }
            case .element(let c) where paragraphLike.contains(c.name) || inline.contains(c.name):
                count += c.textLength
            case .element:
                break
            }
        }
        return count
    }
}

extension PageElement {
    /// True when this element starts before `other` in the document under `root`.
    func precedes(_ other: PageElement, in root: PageElement) -> Bool {
        for e in root.subtree {
            if e === self { return true }
            if e === other { return false }
        }
        return false
    }
}
