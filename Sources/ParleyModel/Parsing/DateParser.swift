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
    ///
    /// Whole files are asked, and most of their text holds no date: the patterns run only on the stretches
    /// around digits that have a month name, a hyphen or a slash near them, which finds the same dates.
    static func dates(in text: String, defaultYear: Int? = nil) -> [Found] {
        let bytes = ScalarText.bytes(of: text)
        var out: [Found] = []
        var utf16Offset = 0
        var done = 0
        for window in candidateWindows(bytes) {
            utf16Offset += utf16Count(bytes[done..<window.lowerBound])
            let piece = String(decoding: bytes[window], as: UTF8.self)
            for var found in matches(in: piece, defaultYear: defaultYear, signs: signs(bytes[window])) {
                found.position += utf16Offset
                found.range.location += utf16Offset
                out.append(found)
            }
            utf16Offset += utf16Count(bytes[window])
            done = window.upperBound
        }
        return out.sorted { $0.position < $1.position }
    }

    /// Scalars a run of UTF-8 bytes takes in UTF-16, where the patterns report positions.
    private static func utf16Count(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += byte >= 0xF0 ? 2 : 1 }
        return count
    }

    /// Stretches of text (byte offsets) that hold every place a pattern can match: each run of ASCII digits
    /// with eight runs of words and of spaces on either side, more than any date spans. A stretch is kept
    /// only when a month's name, a hyphen or a slash stands in it. Stretches start and end where the kind of byte changes,
    /// beyond the reach of any match, so a pattern sees the same text around a date as in the whole file.
    static func candidateWindows(_ bytes: [UInt8]) -> [Range<Int>] {
        let reach = 8
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b >= 0x80 || ScalarText.isASCIIWhitespace(b) }
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var windows: [Range<Int>] = []
        var i = 0
        let count = bytes.count
        while i < count {
            guard isDigit(bytes[i]) else {
                i += 1
                continue
            }
            let digitsStart = i
            while i < count, isDigit(bytes[i]) { i += 1 }
            // Runs of one kind, then the other, counted outwards from the digits' word.
            var lo = digitsStart
            var runs = 0
            while lo > 0, !isSpace(bytes[lo - 1]) { lo -= 1 }
            while lo > 0, runs < reach {
                let space = isSpace(bytes[lo - 1])
                while lo > 0, isSpace(bytes[lo - 1]) == space { lo -= 1 }
                runs += 1
            }
            var hi = i
            runs = 0
            while hi < count, !isSpace(bytes[hi]) { hi += 1 }
            while hi < count, runs < reach {
                let space = isSpace(bytes[hi])
                while hi < count, isSpace(bytes[hi]) == space { hi += 1 }
                runs += 1
            }
            // A multi-byte scalar is never cut: space runs take whole non-ASCII scalars.
            if let last = windows.last, last.upperBound >= lo {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                windows.append(lo..<hi)
            }
            i = max(i, digitsStart + 1)
        }
        return windows.filter { mayHoldDate(bytes[$0]) }
    }

    /// The three-letter starts of the month names, lower-cased.
    private static let monthStarts: [(UInt8, UInt8, UInt8)] = Day.monthNames.map { name in
        let b = Array(name.lowercased().utf8)
        return (b[0], b[1], b[2])
    }

    private static func mayHoldDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0x2D || byte == 0x2F { return true }
            // Letters that a case-insensitive month name matches as ASCII: ſ (s), K (Kelvin, k), ﬅ and ﬆ (st).
            if byte >= 0x80 {
                if (previous.1 == 0xC5 && byte == 0xBF) || (previous == (0xE2, 0x84) && byte == 0xAA)
                    || (previous == (0xEF, 0xAC) && (byte == 0x85 || byte == 0x86))
                {
                    return true
                }
                previous = (previous.1, byte)
                continue
            }
            let lower = byte | 0x20
            if monthStarts.contains(where: { $0.0 == previous.0 && $0.1 == previous.1 && $0.2 == lower }) { return true }
            previous = (previous.1, lower)
        }
        return false
    }

    /// What a stretch holds that the patterns need: a month's name for the two that spell it (as `mayHoldDate`
    /// finds one), a hyphen for ISO dates, a slash for numeric ones.
    static func signs(_ bytes: ArraySlice<UInt8>) -> (month: Bool, hyphen: Bool, slash: Bool) {
        var signs = (month: false, hyphen: false, slash: false)
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0x2D { signs.hyphen = true }
            if byte == 0x2F { signs.slash = true }
            if byte >= 0x80 {
                if (previous.1 == 0xC5 && byte == 0xBF) || (previous == (0xE2, 0x84) && byte == 0xAA)
                    || (previous == (0xEF, 0xAC) && (byte == 0x85 || byte == 0x86))
                {
                    signs.month = true
                }
                previous = (previous.1, byte)
                continue
            }
            let lower = byte | 0x20
            if !signs.month, monthStarts.contains(where: { $0.0 == previous.0 && $0.1 == previous.1 && $0.2 == lower }) {
                signs.month = true
            }
            previous = (previous.1, lower)
        }
        return signs
    }

    /// Every date the patterns find in the text, in pattern order; a pattern is asked only when the text
    /// holds what it needs.
    private static func matches(in text: String, defaultYear: Int?, signs: (month: Bool, hyphen: Bool, slash: Bool)) -> [Found] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var out: [Found] = []
        for m in signs.month ? monthFirst.matches(in: text, range: whole) : [] {
            guard let month = months[ns.substring(with: m.range(at: 1)).lowercased()],
                let day = Int(ns.substring(with: m.range(at: 2)))
            else { continue }
            let hasYear = m.range(at: 3).location != NSNotFound
            guard let year = hasYear ? Int(ns.substring(with: m.range(at: 3))) : defaultYear else { continue }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: hasYear, position: m.range.location, range: m.range)) }
        }
        for m in signs.month ? dayFirst.matches(in: text, range: whole) : [] {
            guard let day = Int(ns.substring(with: m.range(at: 1))),
                let month = months[ns.substring(with: m.range(at: 2)).lowercased()],
                let year = Int(ns.substring(with: m.range(at: 3)))
            else { continue }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: true, position: m.range.location, range: m.range)) }
        }
        for m in signs.hyphen ? iso.matches(in: text, range: whole) : [] {
            guard let year = Int(ns.substring(with: m.range(at: 1))), let month = Int(ns.substring(with: m.range(at: 2))),
                let day = Int(ns.substring(with: m.range(at: 3)))
            else { continue }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: true, position: m.range.location, range: m.range)) }
        }
        for m in signs.slash ? numeric.matches(in: text, range: whole) : [] {
            guard let month = Int(ns.substring(with: m.range(at: 1))), let day = Int(ns.substring(with: m.range(at: 2))),
                var year = Int(ns.substring(with: m.range(at: 3)))
            else { continue }
            if m.range(at: 3).length == 2 { year += 2000 }
            if let d = make(year, month, day) { out.append(Found(day: d, hasYear: true, position: m.range.location, range: m.range)) }
        }
        return out
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
