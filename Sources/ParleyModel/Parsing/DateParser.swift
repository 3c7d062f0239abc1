import Foundation

/// Finds calendar dates written the ways press texts write them.
enum DateParser {
    private static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in Day.monthNames.enumerated() {
            m[name.lowercased()] = i + 1
            m[String(name.lowercased().prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()

    private static let monthPattern = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
    // "February 23, 2017", "Feb. 23 2017", "January 27" (no year)
    private static let monthFirst = try! NSRegularExpression(
        pattern: "\\b\(monthPattern)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b")
    // "23 February 2017"
    private static let dayFirst = try! NSRegularExpression(pattern: "\\b(\\d{1,2})\\s+\(monthPattern)\\s+(\\d{4})\\b")
    // "2017-02-23"
    private static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")

    struct Found {
        var day: Day
        /// False when the year was not written and was taken from context.
        var hasYear: Bool
        /// UTF-16 offset in the searched text, to order finds.
        var position: Int
        /// The matched text's range (UTF-16), so callers can cut it out.
        var range: NSRange
    }

    /// Every date in the text in order of appearance; a date without a year takes `defaultYear`.
    static func dates(in text: String, defaultYear: Int? = nil) -> [Found] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var out: [Found] = []
        for m in monthFirst.matches(in: text, range: whole) {
            guard let month = months[ns.substring(with: m.range(at: 1)).lowercased()],
                let day = Int(ns.substring(with: m.range(at: 2)))
            else { continue }
            let hasYear = m.range(at: 3).location != NSNotFound
            guard let year = hasYear ? Int(ns.substring(with: m.range(at: 3))) : defaultYear else { continue }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: hasYear, position: m.range.location, range: m.range)) }
        }
        for m in dayFirst.matches(in: text, range: whole) {
            guard let day = Int(ns.substring(with: m.range(at: 1))),
                let month = months[ns.substring(with: m.range(at: 2)).lowercased()],
                let year = Int(ns.substring(with: m.range(at: 3)))
            else { continue }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: true, position: m.range.location, range: m.range)) }
        }
        for m in iso.matches(in: text, range: whole) {
            guard let year = Int(ns.substring(with: m.range(at: 1))), let month = Int(ns.substring(with: m.range(at: 2))),
                let day = Int(ns.substring(with: m.range(at: 3)))
            else { continue }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: true, position: m.range.location, range: m.range)) }
        }
        return out.sorted { $0.position < $1.position }
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard (1...12).contains(month), (1...31).contains(day), (1800...2200).contains(year) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
