/// Splits running text into sentences and finds the spans inside quotation marks.
public enum SentenceSplitter {
    /// Words whose trailing period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "adm", "sen", "rep", "gov", "vs", "no", "inc", "co", "corp", "dept",
    ]

    /// Character ranges of the sentences of `text`, each trimmed of surrounding spaces, in order.
    /// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) followed by a space and
    /// then something that can begin a sentence; `U.S. Government` and `Mr. Tillerson` do not end one.
    public static func sentences(in text: String) -> [Range<Int>] {
        let c = Array(text)
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            var s = start
            var e = end
            while s < e && c[s].isWhitespace { s += 1 }
            while e > s && c[e - 1].isWhitespace { e -= 1 }
            if s < e && c[s..<e].contains(where: { $0.isLetter || $0.isNumber }) { out.append(s..<e) }
            start = end
        }
        while i < c.count {
            let ch = c[i]
            if ch == "." || ch == "!" || ch == "?" {
                var end = i + 1
                while end < c.count && (closers.contains(c[end]) || c[end] == ".") { end += 1 }
                guard end < c.count else { break }
                guard c[end].isWhitespace else { i = end; continue }
                var next = end
                while next < c.count && c[next].isWhitespace { next += 1 }
                guard next < c.count else { break }
                let starts = c[next].isUppercase || c[next].isNumber || openers.contains(c[next])
                if starts && !(ch == "." && isAbbreviation(c, before: i)) {
                    close(end)
                }
                i = end
            } else {
                i += 1
            }
        }
        close(c.count)
        return out
    }

    static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]"]
    static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "["]

    /// A period after a single letter (`U.S.`, `D.C.`) or a title (`Mr.`) is not a full stop.
    private static func isAbbreviation(_ c: [Character], before period: Int) -> Bool {
        var s = period
        while s > 0 && c[s - 1].isLetter { s -= 1 }
        let word = String(c[s..<period]).lowercased()
        if word.count == 1 { return true }
        return abbreviations.contains(word)
    }

    /// Character ranges of the text inside quotation marks (without the marks or a trailing comma or
    /// period). Accepts `"…"`, `“…”`, and the doubled apostrophes some sources use for quotes (`''…''`),
    /// mixed in one pair as sloppy sources mix them (`"mass deportations''`).
    public static func quotedSpans(in text: String) -> [Range<Int>] {
        let c = Array(text)
        var out: [Range<Int>] = []
        var open: Int? = nil
        var i = 0
        while i < c.count {
            var markLength = 0
            var canOpen = false
            var canClose = false
            switch c[i] {
            case "“": markLength = 1; canOpen = true
            case "”": markLength = 1; canClose = true
            case "\"": markLength = 1; canOpen = true; canClose = true
            case "'" where i + 1 < c.count && c[i + 1] == "'": markLength = 2; canOpen = true; canClose = true
            default: break
            }
            if markLength == 0 {
                i += 1
                continue
            }
            if let o = open, canClose {
                var s = o
                var e = i
                while s < e && c[s].isWhitespace { s += 1 }
                while e > s && (c[e - 1].isWhitespace || c[e - 1] == "," || c[e - 1] == ".") { e -= 1 }
                if s < e { out.append(s..<e) }
                open = nil
            } else if canOpen {
                open = i + markLength
            }
            i += markLength
        }
        return out
    }

    /// Character ranges of the text inside square brackets (without the brackets): words a writer added to
    /// a quote or a translation (`the fight [against] organized crime`).
    public static func bracketedInsertions(in text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        for (i, c) in text.enumerated() {
            if c == "[" {
                open = i + 1
            } else if c == "]", let o = open {
                out.append(o..<i)
                open = nil
            }
        }
        return out
    }
}
