import Foundation

/// What a page's `<head>` says of it (title, site name, date), read before its furniture is taken
/// out; the title and date themselves are settled once the main text is found.
struct PageMetadata {
    /// `og:title` (or `twitter:title`) without the site's name.
    var socialTitle: String?
    /// `<title>` without the site's name.
    var headTitle: String?
    /// `article:published_time` or a like `<meta>`.
    var published: Day?

    /// Reads the `<head>` of the page under `root` (the `<html>` element).
    init(root: PageElement) {
        var named: [String: [PageElement]] = [:]
        for e in root.subtree where e.name == "meta" || e.name == "title" { named[e.name, default: []].append(e) }
        let metas = named["meta"] ?? []
        func meta(_ keys: [String]) -> String? {
            for key in keys {
                for m in metas where (m.attribute("property") ?? m.attribute("name") ?? m.attribute("itemprop"))?.lowercased() == key {
                    if let content = m.attribute("content")?.collapsedWhitespace, !content.isEmpty { return content }
                }
            }
            return nil
        }
        let siteName = meta(["og:site_name"])
        socialTitle = meta(["og:title", "twitter:title"]).map { PageMetadata.withoutSiteSuffix($0, siteName: siteName, always: false) }
        headTitle = named["title"]?.first.map(\.collapsedText).flatMap { $0.isEmpty ? nil : $0 }
            .map { PageMetadata.withoutSiteSuffix($0, siteName: siteName, always: true) }
        published = meta([
            "article:published_time", "og:article:published_time", "datepublished", "dc.date", "dcterms.date",
            "dc.date.issued", "date", "pubdate",
        ]).flatMap(PageMetadata.isoDay)
    }

    /// The title: `og:title`, else the article's headline, else `<title>`.
    func title(headline: PageElement?) -> String? {
        let title = socialTitle ?? headline.map(\.collapsedText).flatMap { $0.isEmpty ? nil : $0 } ?? headTitle
        // A dash or bar left in front (`- NOMINATION OF …`, as hearings on govinfo have it) is no part of it.
        return title.map { String($0.drop { "-–—|:· ".contains($0) }) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The date the page gives: its published time, else the first `<time datetime>` of its text,
    /// else of the page.
    func date(text: PageElement, page: PageElement) -> Day? {
        func times(_ e: PageElement) -> [Day] {
            e.subtree.filter { $0.name == "time" }.compactMap { $0.attribute("datetime") }.compactMap(PageMetadata.isoDay)
        }
        return published ?? times(text).first ?? times(page).first
    }

    static let separators = [" | ", " – ", " — ", " - ", " :: ", " · "]

    /// Words that mark the part after a separator as the site's name, not the page's.
    static let siteWords: Set<String> = [
        "department", "office", "ministry", "embassy", "mission", "consulate", "house", "senate", "government",
        "secretariat", "agency", "administration", "gov", "archives", "news", "nations",
    ]

    /// `Remarks to the Press | U.S. Department of State` → `Remarks to the Press`. The part after
    /// the last separator goes when it is the site's name; in `<title>` (`always`), which nearly
    /// always carries the site's name, also when the separator is ` | `, or the part is short (three
    /// words at most) or names an office (`United States Department of State`).
    static func withoutSiteSuffix(_ title: String, siteName: String?, always: Bool) -> String {
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingSpaces
            let tail = title[range.upperBound...].trimmingSpaces
            guard !head.isEmpty else { continue }
            if let siteName, tail.caseInsensitiveCompare(siteName) == .orderedSame { return head }
            guard always else { continue }
            let tailWords = tail.lowercased().split(whereSeparator: { !$0.isLetter })
            if separator == " | " || tailWords.count <= 3 || tailWords.contains(where: { siteWords.contains(String($0)) }) {
                return head
            }
        }
        return title
    }

    /// The day of an ISO date or date-time (`2017-08-27`, `2017-08-27T10:00:00-04:00`).
    static func isoDay(_ s: String) -> Day? {
        let digits = s.trimmingSpaces.prefix(10)
        let parts = digits.split(separator: "-")
        guard digits.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts[0].count == 4, (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

extension String {
    var collapsedWhitespace: String { split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
