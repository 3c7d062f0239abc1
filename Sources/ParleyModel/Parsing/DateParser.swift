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

    // Full names in any case ("AUGUST 1, 2017"), abbreviations as written in running text.
    private static let monthPattern =
        "((?i:January|February|March|April|June|July|August|September|October|November|December)|May|MAY|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?"
    // "February 23, 2017", "Feb. 23 2017", "January 27" (no year)
    private static let monthFirst = try! NSRegularExpression(
        pattern: "\\b\(monthPattern)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b")
    // "23 February 2017"
    private static let dayFirst = try! NSRegularExpression(
        pattern: "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(monthPattern)\\s+(\\d{4})\\b")
    // "2017-02-23", also with a time after it: "2017-08-01T14:30:00Z"
    private static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])")
    // "3/7/2017", "3/13/17": month first, as U.S. pages write it
    private static let numeric = try! NSRegularExpression(pattern: "(?<![0-9/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![0-9/])")

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
        for m in numeric.matches(in: text, range: whole) {
            guard let month = Int(ns.substring(with: m.range(at: 1))), let day = Int(ns.substring(with: m.range(at: 2))),
                var year = Int(ns.substring(with: m.range(at: 3)))
            else { continue }
            if m.range(at: 3).length == 2 { year += 2000 }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: true, position: m.range.location, range: m.range)) }
        }
        return out.sorted { $0.position < $1.position }
    }

    /// A date written in a file name: `…_March-14-2020.txt`, `2020-03-14-remarks.txt`, `remarks_14_March_2020.txt`.
    static func date(inFileName name: String) -> Day? {
        let stem = (name as NSString).deletingPathExtension
        if let iso = dates(in: stem).first(where: { $0.hasYear }) { return iso.day }
        let spaced = stem.map { $0 == "-" || $0 == "_" || $0 == "." ? " " : $0 }
        return dates(in: String(spaced)).first(where: { $0.hasYear })?.day
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard (1...12).contains(month), (1...31).contains(day), (1800...2200).contains(year) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
