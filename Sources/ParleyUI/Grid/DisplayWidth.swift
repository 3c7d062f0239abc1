/// How many terminal columns text takes, measured the way `Grid` lays it out.
///
/// Pure Swift, so layout and tests do not depend on the C library's locale tables:
/// - 0 for combining marks, joiners, variation selectors and other invisible format characters;
/// - 2 for East Asian Wide and Fullwidth characters (CJK, Hangul, kana, fullwidth forms) and emoji
///   that default to emoji presentation;
/// - control characters take the width of their visible form (`^A`, `^[`, `^?`, `<U+202E>`; see `caretNotation`),
///   except a tab, which the grid draws as one space;
/// - 1 for everything else.
/// A grapheme (Swift `Character`) with a wide scalar is as wide as that scalar, so a family emoji
/// joined with U+200D is 2 and a Hangul syllable of jamo is 2; any other grapheme takes a column for
/// each scalar that takes one, as terminals and curses (which measure each code point with `wcwidth`)
/// draw it: `e` + U+0301 is 1, an Indic conjunct like क्ष (ka, virama, ssa) is 2, स्त्री is 4.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        // Most text is printable ASCII: one column each, with no scalar to look up.
        if let a = c.asciiValue, a >= 0x20, a != 0x7F { return 1 }
        if c == "\t" { return 1 }
        if let caret = caretNotation(c) { return caret.count }
        var widest = 0
        var total = 0
        for scalar in c.unicodeScalars {
            let width = width(of: scalar)
            widest = max(widest, width)
            total += width
        }
        return widest >= 2 ? widest : total
    }

    /// The cells a grapheme of narrow scalars is drawn in, one for each scalar that takes a column, with
    /// the marks and joiners that follow it (क्ष is `क्`, `ष`); a single cell for any other grapheme.
    /// Drawn cell by cell, the terminal gets the grapheme's code points in order, in as many columns
    /// as it will use for them.
    public static func cells(of c: Character) -> [String] {
        guard c.unicodeScalars.count > 1, caretNotation(c) == nil, of(c) > 1,
            c.unicodeScalars.allSatisfy({ width(of: $0) <= 1 })
        else { return [String(c)] }
        var cells: [String.UnicodeScalarView] = []
        for scalar in c.unicodeScalars {
            if width(of: scalar) == 1 || cells.isEmpty {
                cells.append(String.UnicodeScalarView([scalar]))
            } else {
                cells[cells.count - 1].append(scalar)
            }
        }
        return cells.map { String($0) }
    }

    public static func of<S: StringProtocol>(_ s: S) -> Int { columns(of: s) }

    /// `of` for a `String`, specialised here: called from another module, the generic one is not, and a
    /// command's table measures every cell of every row.
    public static func of(_ s: String) -> Int { columns(of: s) }

    private static func columns<S: StringProtocol>(of s: S) -> Int {
        if let columns = printableASCIIWidth(s) { return columns }
        var total = 0
        for c in s {
            total += of(c)
        }
        return total
    }

    /// `s` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    /// A wide character is never split, so the result may be a column short.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        // Printable ASCII is a column a byte: cut by count, without walking the graphemes twice.
        if let columns = printableASCIIWidth(s) {
            if columns <= width { return s }
            let ellipsisWidth = of(ellipsis)
            if ellipsisWidth <= width { return String(decoding: s.utf8.prefix(width - ellipsisWidth), as: UTF8.self) + ellipsis }
        }
        if of(s) <= width { return s }
        let ellipsisWidth = of(ellipsis)
        // Too narrow for the ellipsis itself: show as much of the text as fits instead.
        let marker = ellipsisWidth <= width ? ellipsis : ""
        let room = width - of(marker)
        var kept = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > room { break }
            kept.append(c)
            used += w
        }
        return kept + marker
    }

    /// The columns of text that is all printable ASCII, a column a byte; nil for any other text.
    static func printableASCIIWidth<S: StringProtocol>(_ s: S) -> Int? {
        let columns = s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            return bytes.count
        }
        return columns ?? nil
    }

    /// `s` followed by spaces up to `width` columns; `s` unchanged when it is already that wide or wider.
    public static func pad(_ s: String, to width: Int) -> String {
        let missing = width - of(s)
        return missing > 0 ? s + String(repeating: " ", count: missing) : s
    }

    /// The visible form of a character a terminal must not receive raw (see `VisibleText`), or nil
    /// when `c` holds none. C0 controls and DEL use caret notation (`^@`…`^_`, `^?`; ESC is `^[`),
    /// C1 controls their 7-bit equivalent (U+0085 is `^[E`), bidi overrides and isolates `<U+202E>`.
    /// A tab is not given a form here: the grid shows it as a space. A CR LF pair is one `Character`,
    /// so its form is `^M^J`.
    public static func caretNotation(_ c: Character) -> String? {
        // Nearly every grapheme has no control character: say so without building a string.
        guard c.unicodeScalars.contains(where: { VisibleText.form(of: $0) != nil }) else { return nil }
        var form = ""
        var found = false
        for scalar in c.unicodeScalars {
            if let visible = VisibleText.form(of: scalar) {
                form += visible
                found = true
            } else {
                form.unicodeScalars.append(scalar)
            }
        }
        return found ? form : nil
    }

    /// What the grid stores and the terminal is sent for a grapheme, always exactly `of(c)` columns wide.
    ///
    /// Terminals disagree about emoji built of several code points: a family joined with U+200D, a
    /// skin tone, a flag of two regional indicators may take 2 columns or 6, and curses, which measures
    /// with `wcwidth`, cannot know which, so a row's later cells (a list's right border) would land
    /// somewhere else. These are sent in a form every terminal draws the same way: a ZWJ or skin-tone
    /// sequence as its first wide emoji alone, a flag as its two letters (`🇲🇽` is `MX`); variation
    /// selectors and tag characters, which change presentation, are left out. Everything else is
    /// sent as it is.
    public static func drawable(_ c: Character) -> String {
        let scalars = c.unicodeScalars
        guard scalars.count > 1 || isRegionalIndicator(scalars.first!) else { return String(c) }
        let width = of(c)
        if isRegionalIndicator(scalars.first!) {
            var letters = String(
                String.UnicodeScalarView(
                    scalars.filter(isRegionalIndicator).prefix(width).map { Unicode.Scalar($0.value - 0x1F1E6 + 0x41)! }))
            while of(letters) < width { letters += " " }
            return letters
        }
        let kept = scalars.filter { !isPresentationOnly($0) }
        let spacing = kept.filter { self.width(of: $0) > 0 }
        if spacing.count > 1, let emoji = spacing.first(where: { self.width(of: $0) == 2 && $0.properties.isEmoji }) {
            return String(Character(emoji))
        }
        guard kept.count != scalars.count, !kept.isEmpty else { return String(c) }
        let shown = String(String.UnicodeScalarView(kept))
        return of(shown) == width ? shown : String(c)
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Scalars that only choose how the others look: variation selectors, the zero-width joiner, tags
    /// and skin-tone modifiers (which follow an emoji).
    private static func isPresentationOnly(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE0E, 0xFE0F, 0x200D, 0xE0020...0xE007F, 0x1F3FB...0x1F3FF: return true
        default: return false
        }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Controls never reach here: `of` gives them their caret form first.
        if v < 0x7F { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation || isEastAsianWide(v) { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            // Hangul medial vowels and final consonants join the leading consonant's two columns.
            let v = scalar.value
            return (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 16, outside the emoji blocks
    /// (emoji are decided by their Emoji_Presentation property). 3248–324F are Ambiguous but drawn
    /// wide by the C library, and agreeing with it keeps curses' columns and ours in step.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF,
        0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E5,
        0x31EF...0x321E, 0x3220...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
        0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132,
        0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F200...0x1F202,
        0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]

    private static func isEastAsianWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
