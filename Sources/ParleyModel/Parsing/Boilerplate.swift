import Foundation

/// Recognises the web-page furniture around a text: banners, navigation, mailing-list and share
/// links, site-management footers, fair-use notices. None of it is speech or the document's own text.
enum Boilerplate {
    /// Lower-cased phrases that mark a block as page furniture wherever they appear in it.
    static let phrases: [String] = [
        "join the mailing list", "join now", "subscribe to", "sign up for", "share/save", "bookmark",
        "tell a friend", "fair use notice", "copyrighted material", "office of website management",
        "manages this site", "external links to other internet sites", "an official website of the united states government",
        "here's how you know", "skip to main content", "all rights reserved", "privacy policy", "terms of use",
        "cookie", "print this page", "email this page", "follow us on", "back to top", "related articles",
        "security-cleared career network",
    ]

    private static let phraseBytes = phrases.map { Array($0.utf8) }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                for i in 0...(h.count - n.count) where h[i] == n[0] {
                    var j = 1
                    while j < n.count && h[i + j] == n[j] { j += 1 }
                    if j == n.count { return true }
                }
                return false
            }
        }
    }

    static func isBoilerplate(_ text: String) -> Bool {
        // Separators and end marks ("###", "* * *") carry no words.
        if !text.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        // Page furniture is short; a long block is running text, and checking it would only cost time.
        guard text.utf8.count <= 800 else { return false }
        let lower = text.lowercased()
        // Searched as bytes: Foundation's substring search cost more than the rest of reading a file.
        let bytes = Array(lower.utf8)
        if phraseBytes.contains(where: { contains(bytes, $0) }) { return true }
        // Navigation bars: several short items separated by pipes.
        let pipes = text.split(separator: "|")
        if pipes.count >= 3 && pipes.allSatisfy({ $0.split(separator: " ").count <= 5 }) { return true }
        // Tag lines such as "Topics: Mexico" or "Tags: immigration, border".
        if let colon = lower.firstIndex(of: ":") {
            let head = lower[..<colon].trimmingSpaces
            if ["topics", "tags", "categories", "filed under", "share", "related"].contains(head)
                && text.count < 120
            {
                return true
            }
        }
        return false
    }
}
