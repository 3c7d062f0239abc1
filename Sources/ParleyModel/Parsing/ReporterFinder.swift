import Foundation

/// Finds the reporter a moderator names before a question: "We'll start first with Felicia Schwartz
/// from *The Wall Street Journal*", "Rich Edson from Fox News.", "Andrea Mitchell, NBC."
enum ReporterFinder {
    private static let name = #"([A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+){1,3})"#
    private static let outlet = #"((?:[A-ZÀ-Ý0-9][\p{L}0-9&.'’-]*)(?:\s+(?:[A-ZÀ-Ý0-9][\p{L}0-9&.'’-]*|of|de|del|la|el|the|and|for))*)"#
    private static let from = try! NSRegularExpression(
        pattern: name
            + #"\s+(?:from|with)\s+(?:the\s+)?(?:(?:newspaper|magazine|radio|television|channel|network|news agency|agency|outlet)\s+)?"#
            + outlet)
    private static let ofOrAt = try! NSRegularExpression(
        pattern: name + #"\s+(?:of|at)\s+(?:the\s+)?(?:(?:newspaper|magazine|radio|television|channel|network|news agency|agency)\s+)?"#
            + outlet)
    private static let comma = try! NSRegularExpression(pattern: "^" + name + #",\s+"# + outlet + #"\.?$"#)

    // "Jahanzaib Ali from ARY News.", "I'm Nick Wadhams from Bloomberg.", "Hi, this is Ana López with El Universal."
    private static let selfIntro = try! NSRegularExpression(
        pattern: #"^(?:(?:Hi|Hello|Yes|Thank you|Thanks)[,.!]?\s+)?(?:(?:I'm|I’m|I am|This is|It's|It’s|My name is)\s+)?"# + name
            + #"\s+(?:from|with|of)\s+(?:the\s+)?"# + outlet)

    /// The reporter who names themself at the start of a question, or nil.
    static func selfIntroduction(in text: String) -> Reporter? {
        let ns = text as NSString
        guard let m = selfIntro.firstMatch(in: text, range: NSRange(location: 0, length: min(ns.length, 200))) else { return nil }
        let words = ns.substring(with: m.range(at: 1)).split(separator: " ").map(String.init)
        guard canBeName(words) else { return nil }
        var outletText = ns.substring(with: m.range(at: 2))
        for stop in [". ", ", ", "; "] {
            if let r = outletText.range(of: stop) { outletText = String(outletText[..<r.lowerBound]) }
        }
        outletText = outletText.trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        // The outlet ends where the question begins: "ARY News Former Prime Minister …" was two sentences.
        return Reporter(name: words.joined(separator: " "), outlet: outletText.isEmpty ? nil : outletText)
    }

    /// Words that cannot begin a reporter's name (they begin a sentence or a title instead).
    static let notNames: Set<String> = [
        "Secretary", "Minister", "President", "Ambassador", "Mr", "Mrs", "Ms", "The", "We", "Our", "And", "But", "Now",
        "Department", "Government", "Ministry", "Foreign", "Mexican", "American", "United", "Thank", "Thanks", "Next",
        "Last", "First", "Go", "Please", "Yes", "Okay", "Let", "Let's", "Let’s", "Today", "Finally", "As",
    ]

    /// Words that stand in no reporter's name, wherever they are: a run of capitals holding one names a post
    /// or a headline ("As Secretary from the United States", "Tillerson Secretary", "Press Availability With
    /// Secretary").
    static let notInNames: Set<String> = notNames.union(["With", "Press", "Availability", "Statement", "Remarks", "Joint"])

    /// Whether the words of a run of capitals can be a reporter's name: two words at least, none of them a title.
    private static func canBeName(_ words: [String]) -> Bool {
        words.count >= 2 && !words.contains(where: notInNames.contains)
    }

    /// The reporter introduced in `text`, or nil. `moderating` allows the weaker forms ("of", "Name, Outlet").
    /// `screening: false` asks every pattern, for tests that the screen never turns a paragraph away wrongly.
    static func reporter(in text: String, moderating: Bool, screening: Bool = true) -> Reporter? {
        // Each pattern needs its word right after a capitalised one: a paragraph without that is not asked
        // of it. Nearly every paragraph holds "of" or "with"; few hold a name before one.
        let bytes = Array(text.utf8)
        var patterns: [NSRegularExpression] = []
        if !screening || mayNameBefore(["from", "with"], in: bytes) { patterns.append(from) }
        if moderating {
            if !screening || mayNameBefore(["of", "at"], in: bytes) { patterns.append(ofOrAt) }
            let capitalFirst = bytes.first.map { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ?? false
            if !screening || (capitalFirst && bytes.contains(0x2C)) { patterns.append(comma) }
        }
        // Bridged only for a pattern to read: a string's length in UTF-16 is counted through the whole text.
        guard !patterns.isEmpty else { return nil }
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        for pattern in patterns {
            for m in pattern.matches(in: text, range: whole) {
                var words = ns.substring(with: m.range(at: 1)).split(separator: " ").map(String.init)
                while let first = words.first, notNames.contains(first) { words.removeFirst() }
                guard canBeName(words) else { continue }
                var outletText = ns.substring(with: m.range(at: 2))
                // The outlet ends with its sentence: "... Journal. Felicia." names the Journal.
                for stop in [". ", ", ", "; "] {
                    if let r = outletText.range(of: stop) { outletText = String(outletText[..<r.lowerBound]) }
                }
                outletText = outletText.trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
                for trailer in [" Go", " Please", " Thank"] where outletText.hasSuffix(trailer) {
                    outletText = String(outletText.dropLast(trailer.count))
                }
                return Reporter(name: words.joined(separator: " "), outlet: outletText.isEmpty ? nil : outletText)
            }
        }
        return nil
    }

    /// Whether some keyword stands between spaces right after a word of two letters or more that begins
    /// with a capital and follows a space, as each pattern's name needs before its keyword (`… Felicia
    /// Schwartz from …`). Read on ASCII bytes: a byte beyond ASCII may be a letter, a capital or a space,
    /// so one where it matters counts as a yes.
    static func mayNameBefore(_ keywords: [String], in bytes: [UInt8]) -> Bool {
        func isWordByte(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x27 || b == 0x2D }
        for keyword in keywords {
            let k = Array(keyword.utf8)
            var p = 1
            while p + k.count < bytes.count {
                defer { p += 1 }
                guard bytes[p] == k[0], bytes[p..<(p + k.count)].elementsEqual(k) else { continue }
                let before = bytes[p - 1]
                let after = bytes[p + k.count]
                guard before >= 0x80 || ScalarText.isASCIIWhitespace(before), after >= 0x80 || ScalarText.isASCIIWhitespace(after) else {
                    continue
                }
                var end = p - 1
                while end >= 0 && ScalarText.isASCIIWhitespace(bytes[end]) { end -= 1 }
                if end < 0 || bytes[end] >= 0x80 { return true }
                var start = end
                while start >= 0 && isWordByte(bytes[start]) { start -= 1 }
                if start >= 0 && bytes[start] >= 0x80 { return true }
                let first = bytes[start + 1]
                if end - start >= 2 && first >= 0x41 && first <= 0x5A && (start < 0 || ScalarText.isASCIIWhitespace(bytes[start])) {
                    return true
                }
            }
        }
        return false
    }
}
