import Foundation

/// Recognises the web-page furniture around a text, one whole line at a time: banners, navigation,
/// mailing-list and share links, site-management footers, fair-use notices. A line is furniture only
/// when it is one of these as a whole, so a sentence that merely mentions cookies or a newsletter is kept.
enum Boilerplate {
    /// Lines that are furniture when they begin with these words, however long: no one says them.
    static let distinctivePrefixes: [String] = [
        "the largest security-cleared career network", "this is historical material", "an official website of the united states government",
        "here's how you know", "here’s how you know", "official websites use .gov", ".gov website belongs", "a .gov website belongs",
        "secure .gov websites use https", "a lock (", "skip to main content", "skip to content", "skip main navigation",
        "the white house skip main navigation", "fair use notice", "this site contains copyrighted material",
        "the office of website management", "external links to other internet sites", "you have accessed part of a historical collection",
        "united24 - make a charitable donation", "share/save", "bookmark and share", "printer-friendly version",
        "return to transcripts main page", "copyright ©", "© ", "home >", "home |", "print-only banner", "printable banner",
        "your email address will not be published",
    ]

    /// Short lines that are furniture when they begin with these words (a sentence that does is speech).
    static let shortPrefixes: [String] = [
        "join the mailing list", "join now", "subscribe to", "sign up for", "follow us on", "related articles", "print this page",
        "email this page", "tell a friend", "share this", "this website uses cookies", "we use cookies", "cookie policy",
        "cookie settings", "privacy policy", "terms of use", "leave a comment", "back to top", "all rights reserved",
        "press operations bookmark", "search form",
    ]

    /// Navigation and section words that make up a line by themselves.
    static let navigationLines: Set<String> = [
        "search form", "news transcript", "in focus", "news", "news by date", "appointments", "federal facts", "west wing",
        "menu", "home", "share", "print", "email", "tweet", "bookmark", "search", "articles,  blog", "articles, blog",
    ]

    /// How many words a line may have and still be furniture by one of the short prefixes.
    static let shortLineWords = 10

    /// `text.hasPrefix(prefix)`, asked first of the bytes: every line is compared with some fifty prefixes, and
    /// `Character`s are compared only when the bytes agree (a mark after the prefix would make them differ).
    private static func startsWith(_ text: String, _ bytes: [UInt8], _ prefix: (text: String, bytes: [UInt8])) -> Bool {
        bytes.starts(with: prefix.bytes) && text.hasPrefix(prefix.text)
    }

    private static let distinctivePrefixBytes = distinctivePrefixes.map { ($0, Array($0.utf8)) }
    private static let shortPrefixBytes = shortPrefixes.map { ($0, Array($0.utf8)) }

    /// The line's first 80 `Character`s after its leading blanks, trimmed and lower-cased. Where those and the
    /// scalar after them are ASCII other than line breaks, or the dashes, quotes and ellipsis of U+2010 to
    /// U+2027 (neither blank, cased nor joining), each `Character` is a scalar, and the bytes are read.
    static func loweredStart(_ line: String) -> String {
        let plain = line.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let count = bytes.count
            /// The length of the scalar at `i` when it is one the bytes are read for, else 0.
            func plainLength(at i: Int) -> Int {
                let b = bytes[i]
                if b < 0x80 { return b >= 10 && b <= 13 ? 0 : 1 }
                let punctuation = b == 0xE2 && i + 2 < count && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0xA7
                return punctuation ? 3 : 0
            }
            var start = 0
            while start < count, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            var end = start
            var characters = 0
            while end < count, characters < 80 {
                let length = plainLength(at: end)
                guard length > 0 else { return nil }
                end += length
                characters += 1
            }
            // The scalar after the window must not join the last one.
            if end < count, plainLength(at: end) == 0 { return nil }
            var last = end
            while last > start, bytes[last - 1] == 32 || bytes[last - 1] == 9 { last -= 1 }
            return String(unsafeUninitializedCapacity: last - start) { out in
                for i in start..<last { out[i - start] = bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] | 0x20 : bytes[i] }
                return last - start
            }
        }
        // Nil outside, when the text has no contiguous bytes; nil inside, when they are not all plain.
        if let plain = plain ?? nil { return plain }
        let start = line.firstIndex { !$0.isWhitespace } ?? line.endIndex
        return String(line[start...].prefix(80)).trimmingSpaces.lowercased()
    }

    static func isChromeLine(_ line: String) -> Bool {
        // Separators and end marks ("###", "* * *") carry no words.
        if !line.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        // Every line is asked, so only its start is lower-cased: the phrases are short.
        let lower = loweredStart(line)
        let lowerBytes = Array(lower.utf8)
        let short = line.utf8.count < 120
        if short && navigationLines.contains(lower) { return true }
        if distinctivePrefixBytes.contains(where: { startsWith(lower, lowerBytes, $0) }) { return true }
        if short, shortPrefixBytes.contains(where: { startsWith(lower, lowerBytes, $0) }),
            line.split(separator: " ").count <= shortLineWords
        {
            return true
        }
        // Navigation bars: several short items separated by pipes.
        if ScalarText.contains(UInt8(ascii: "|"), in: line) {
            let pipes = line.split(separator: "|")
            if pipes.count >= 3 && pipes.allSatisfy({ $0.split(separator: " ").count <= 5 }) { return true }
        }
        // Tag lines such as "Topics: Mexico" or "Tags: immigration, border".
        if short, let colon = lower.firstIndex(of: ":") {
            let head = lower[..<colon].trimmingSpaces
            if ["topics", "tags", "categories", "filed under", "share", "related"].contains(head) { return true }
        }
        return false
    }
}
