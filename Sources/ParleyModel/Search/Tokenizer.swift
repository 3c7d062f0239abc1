import Foundation

/// A word of a paragraph: where it stands and its folded form for matching.
public struct Token: Sendable, Hashable {
    /// `Character` offsets in the paragraph's text.
    public var range: Range<Int>
    /// Lower-cased, accents and typographic apostrophes folded: `peña` → `pena`, `it’s` → `it's`.
    public var folded: String
    /// Accents folded but case kept, for case-sensitive matching.
    public var caseKept: String
}

/// Splits text into words the same way everywhere: counting, searching and comparing.
public enum Tokenizer {
    /// Whitespace-separated tokens holding at least one letter or digit (the usual word count).
    public static func words(in text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Word tokens for matching: runs of letters and digits, with an apostrophe allowed inside
    /// (`it's`, `America’s`). `U.S.-Mexico` gives `U`, `S`, `Mexico`.
    public static func tokens(in text: String, skipping excluded: [Range<Int>] = []) -> [Token] {
        var out: [Token] = []
        let chars = Array(text)
        var i = 0
        var excludedIndex = 0
        let sortedExcluded = excluded.sorted { $0.lowerBound < $1.lowerBound }
        while i < chars.count {
            while excludedIndex < sortedExcluded.count && sortedExcluded[excludedIndex].upperBound <= i {
                excludedIndex += 1
            }
            if excludedIndex < sortedExcluded.count && sortedExcluded[excludedIndex].contains(i) {
                i = sortedExcluded[excludedIndex].upperBound
                continue
            }
            guard isWordChar(chars[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < chars.count {
                if isWordChar(chars[i]) {
                    i += 1
                } else if isApostrophe(chars[i]) && i + 1 < chars.count && chars[i + 1].isLetter && i > start {
                    i += 1
                } else {
                    break
                }
            }
            let word = String(chars[start..<i])
            let kept = fold(word, lowercase: false)
            out.append(Token(range: start..<i, folded: kept.lowercased(), caseKept: kept))
        }
        return out
    }

    public static func isWordChar(_ c: Character) -> Bool {
        // Most text is ASCII, where Unicode property lookups are the tokenizer's main cost.
        if let a = c.asciiValue { return (48...57).contains(a) || (97...122).contains(a | 0x20) }
        return c.isLetter || c.isNumber
    }
    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" || c == "‘" }

    /// Removes accents (by dropping combining marks after canonical decomposition) and
    /// turns typographic apostrophes into `'`; lower-cases when asked.
    public static func fold(_ s: String, lowercase: Bool = true) -> String {
        // Most words are plain ASCII: nothing to decompose.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return lowercase ? s.lowercased() : s }
        var scalars = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            if scalar == "’" || scalar == "‘" { scalars.append("'") } else { scalars.append(scalar) }
        }
        let out = String(scalars)
        return lowercase ? out.lowercased() : out
    }
}
