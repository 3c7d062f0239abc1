/// The parts of a saved page that are not its text: scripts and styles, the site's header, menus and
/// footer, forms, share bars, cookie banners, related links. They are taken out of the tree before
/// the main text is looked for.
enum PageChrome {
    /// Elements that never hold the page's text.
    static let tags: Set<String> = [
        "head", "script", "style", "noscript", "template", "link", "meta", "nav", "aside", "footer", "form",
        "button", "input", "select", "option", "textarea", "iframe", "frame", "frameset", "object", "embed",
        "svg", "canvas", "video", "audio", "map", "menu", "dialog", "img", "picture", "figure",
    ]

    /// ARIA roles of the same furniture.
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog", "tablist",
    ]

    /// Words in a class or id that name furniture (`share-bar`, `usa-banner`, `cookie-consent`, `breadcrumb`).
    static let words: Set<String> = [
        "share", "sharing", "sharethis", "social", "cookie", "cookies", "consent", "gdpr", "breadcrumb",
        "breadcrumbs", "nav", "navbar", "navigation", "menu", "sidebar", "subscribe", "subscription", "newsletter",
        "signup", "related", "banner", "skip", "skiplink", "toolbar", "promo", "advert", "advertisement", "ads",
        "popup", "modal", "comments", "tags", "taglist", "footer", "pagination", "pager", "print", "widget",
    ]

    /// Takes the furniture out of the tree under `root`. An element that is hidden, or whose class or
    /// id sounds like furniture, stays when it is plainly the page's text: when it holds a `<main>` or `<article>`,
    /// or several paragraphs with most of the page's paragraph text (a wrapper named `has-sidebar`
    /// is the page, not its sidebar). A `<header>` stays inside `<main>` or `<article>`, where it
    /// holds the article's heading, byline and date rather than the site's banner.
    static func remove(from root: PageElement) {
        let paragraphText = paragraphTextLength(root)
        var stack = [root]
        while let element = stack.popLast() {
            for child in element.childElements {
                if isChrome(child, pageParagraphText: paragraphText) {
                    element.remove(child)
                } else {
                    stack.append(child)
                }
            }
        }
    }

    static func isChrome(_ e: PageElement, pageParagraphText: Int) -> Bool {
        if tags.contains(e.name) { return true }
        if e.name == "header" && !e.ancestry.dropFirst().contains(where: MainTextFinder.isContentLandmark) {
            return true
        }
        if let role = e.attribute("role")?.lowercased(), roles.contains(role) { return true }
        let hidden =
            e.attribute("hidden") != nil || e.attribute("aria-hidden")?.lowercased() == "true"
            || e.attribute("style").map { style in
                let s = style.lowercased().filter { !$0.isWhitespace }
                return s.contains("display:none") || s.contains("visibility:hidden")
            } == true
        let names = [e.attribute("class"), e.attribute("id")].compactMap { $0 }.joined(separator: " ").lowercased()
        let namedAsFurniture = names.split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
        guard hidden || namedAsFurniture else { return false }
        // A transcript folded away until a reader opens it (`<div hidden>` in an accordion) is still the text.
        return !isPlainlyTheText(e, pageParagraphText: pageParagraphText)
    }

    /// Holds a `<main>` or `<article>`, or three paragraphs or more with most of the page's paragraph text.
    static func isPlainlyTheText(_ e: PageElement, pageParagraphText: Int) -> Bool {
        if e.subtree.contains(where: { $0 !== e && MainTextFinder.isContentLandmark($0) }) { return true }
        let paragraphs = e.subtree.filter { $0.name == "p" }.count
        return paragraphs >= 3 && paragraphTextLength(e) * 2 > pageParagraphText
    }

    /// How much text is in `<p>` elements under `e`.
    static func paragraphTextLength(_ e: PageElement) -> Int {
        e.name == "p" ? e.textLength : e.childElements.reduce(0) { $0 + paragraphTextLength($1) }
    }
}
