/// Matches `TurnLabel.pattern` on a line's scalars, step by step, as the regular expression engine would,
/// without the engine: it was asked of every line that could start a turn, and in a profile of the parse
/// of a large archive took 4% of its time.
///
/// Each step of the pattern has one way to go: a word runs as far as its letters go (what could follow a
/// shorter one is never a letter), words are taken while another follows, and what ends the label (a
/// party in parentheses, a comma and a role, or the colon) is told by the character after the words.
enum LabelPattern {
    /// The scalars of the label (the pattern's group) when the line, cut after its first colon and the
    /// blanks after that, matches.
    static func label(in s: [Unicode.Scalar]) -> Range<Int>? {
        var i = 0
        while i < s.count, isSpace(s[i]) { i += 1 }
        let start = i
        guard var end = words(s, from: i, atMost: 10, orAmpersands: false) else { return nil }
        // After the words: a party (after any blanks), a role (a comma at once), or the colon.
        let next = skipBlanks(s, from: end)
        if next < s.count, s[next] == "(" {
            guard let party = party(s, from: next) else { return nil }
            end = party
        } else if end < s.count, s[end] == "," {
            guard end + 1 < s.count, isBlank(s[end + 1]),
                let role = words(s, from: skipBlanks(s, from: end + 1), atMost: 12, orAmpersands: true)
            else { return nil }
            end = role
        }
        return endsAtColon(s, from: end) ? start..<end : nil
    }

    /// Where `count` words separated by blanks end, from a word at `i`, taking as many as follow (up to
    /// `atMost`); after the first, `&` stands for a word where `orAmpersands`. Nil when no word is at `i`.
    private static func words(_ s: [Unicode.Scalar], from i: Int, atMost: Int, orAmpersands: Bool) -> Int? {
        guard var end = word(s, from: i) else { return nil }
        var taken = 1
        while taken < atMost {
            let next = skipBlanks(s, from: end)
            guard next > end, next < s.count else { break }
            if let after = word(s, from: next) {
                end = after
            } else if orAmpersands, s[next] == "&" {
                end = next + 1
            } else {
                break
            }
            taken += 1
        }
        return end
    }

    /// The end of the word at `i`: a capital, then capitals and `.'’-`.
    private static func word(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i < s.count, isCapital(s[i]) else { return nil }
        var end = i + 1
        while end < s.count, isCapital(s[end]) || s[end] == "." || s[end] == "'" || s[end] == "’" || s[end] == "-" { end += 1 }
        return end
    }

    /// `(R)`, `(D-NY)`, then maybe `, TENNESSEE`: where the party ends, when a colon can follow; the blanks
    /// before the parenthesis are part of it. `i` is at the parenthesis.
    private static func party(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var end = i + 1
        let letters = ascii(s, from: end)
        guard (1...3).contains(letters) else { return nil }
        end += letters
        if end < s.count, s[end] == "-" {
            let more = ascii(s, from: end + 1)
            guard (2...4).contains(more) else { return nil }
            end += 1 + more
        }
        guard end < s.count, s[end] == ")" else { return nil }
        end += 1
        // A state after a comma: a capital, then capitals, periods and spaces, ending on a capital or period.
        if end < s.count, s[end] == "," {
            let first = skipBlanks(s, from: end + 1)
            if first < s.count, isASCIICapital(s[first]) {
                var run = first + 1
                var last = first + 1
                while run < s.count, isASCIICapital(s[run]) || s[run] == "." || s[run] == " " {
                    run += 1
                    if s[run - 1] != " " { last = run }
                }
                if last >= first + 2, endsAtColon(s, from: last) { return last }
            }
        }
        return end
    }

    /// How many ASCII capitals stand from `i`.
    private static func ascii(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var end = i
        while end < s.count, isASCIICapital(s[end]) { end += 1 }
        return end - i
    }

    private static func endsAtColon(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        let colon = skipBlanks(s, from: i)
        return colon < s.count && s[colon] == ":"
    }

    private static func skipBlanks(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var end = i
        while end < s.count, isBlank(s[end]) { end += 1 }
        return end
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    private static func isASCIICapital(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }

    /// `[A-ZÀ-ÖØ-Þ]`.
    private static func isCapital(_ c: Unicode.Scalar) -> Bool {
        isASCIICapital(c) || (0xC0...0xD6).contains(c.value) || (0xD8...0xDE).contains(c.value)
    }

    /// The engine's `\s`: Unicode's white space.
    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
}
