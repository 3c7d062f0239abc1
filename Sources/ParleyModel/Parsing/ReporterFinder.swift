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
        guard words.count >= 2, !notNames.contains(words[0]) else { return nil }
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
        "Last", "First", "Go", "Please", "Yes", "Okay", "Let", "Let's", "Let’s", "Today", "Finally",
    ]

    /// The reporter introduced in `text`, or nil. `moderating` allows the weaker forms ("of", "Name, Outlet").
    static func reporter(in text: String, moderating: Bool) -> Reporter? {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        // Each pattern needs its words: a paragraph without them is not asked of it.
        let bytes = text.utf8
        func holds(_ word: String) -> Bool {
            let first = word.utf8.first!
            var i = bytes.startIndex
            while let found = bytes[i...].firstIndex(of: first) {
                if bytes[found...].starts(with: word.utf8) { return true }
                i = bytes.index(after: found)
            }
            return false
        }
        var patterns: [NSRegularExpression] = []
        if holds("from") || holds("with") { patterns.append(from) }
        if moderating {
            if holds("of") || holds("at") { patterns.append(ofOrAt) }
            if bytes.contains(0x2C) { patterns.append(comma) }
        }
        for pattern in patterns {
            for m in pattern.matches(in: text, range: whole) {
                var words = ns.substring(with: m.range(at: 1)).split(separator: " ").map(String.init)
                while let first = words.first, notNames.contains(first) { words.removeFirst() }
                guard words.count >= 2 else { continue }
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
}
