import Foundation

/// Finds where speaker labels stand in a file: at the start of a line (`MS NAUERT: …`, `Q    …`), as a
/// parliamentary heading on its own line, or glued into the text by a bad copy
/// (`… my pin, John? The Press: It looks good. Mr. Spicer: Good`).
struct LabelFinder {
    /// Upper-case labels seen at the start of a line somewhere in the file.
    private(set) var knownLabels: Set<String> = []
    /// Title-case labels (`Mr. Spicer`, `The Press`) a bad copy repeats: taken as labels wherever they stand.
    private(set) var repeatedTitleCaseLabels: Set<String> = []
    /// Whether the file uses parliamentary headings, so the short form (`Mr Lansley`) counts too.
    private(set) var usesHeadings = false

    // "Mr. Spicer:", "The Press:", "Sen. Warren:": an honorific or "The", one to three capitalised words, a colon.
    private static let titleCaseLabel = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Secretary|Ambassador)\.?|The)(?:[ \t]+[A-Z][\p{L}'’-]+){1,3}):[ \t]"#
    )
    // An upper-case label glued after the end of a sentence: "… at the top. MS NAUERT: Thanks."
    private static let gluedUpperCase = try! NSRegularExpression(
        pattern: #"(?<=[.?!"”’)—-])[ \t]+((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*)(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*){0,5}):[ \t]"#)

    /// The label at the start of each line, found once.
    private var lineLabels: [(label: String, rest: Int)?] = []

    init(lines: [String]) {
        for line in lines {
            let found = TurnLabel.match(line)
            lineLabels.append(found)
            if let found { knownLabels.insert(TurnLabel.words(found.label).joined(separator: " ")) }
            if line.hasSuffix(")"), ParliamentaryHeading.isFullHeading(line) { usesHeadings = true }
        }
        var counts: [String: Int] = [:]
        for line in lines where Self.mayHoldTitleCaseLabel(line) {
            let ns = line as NSString
            for m in Self.titleCaseLabel.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                counts[ns.substring(with: m.range(at: 1)), default: 0] += 1
            }
        }
        // Two different labels, each used twice or more, make a dialogue rather than a phrase with a colon.
        let repeated = counts.filter { $0.value >= 2 }.map(\.key)
        if repeated.count >= 2 { repeatedTitleCaseLabels = Set(repeated) }
    }

    /// The label at the start of a line, and where the speech after it begins (in `Character`s).
    /// `lineIndex` (0-based) when `line` is a whole line of the file, so its label is not looked for twice.
    func label(startingLine line: String, lineIndex: Int?, aloneInBlock: Bool) -> (label: String, rest: Int)? {
        if let i = lineIndex {
            if let found = lineLabels[i] { return found }
        } else if let found = TurnLabel.match(line) {
            return found
        }
        let trimmed = line.trimmingSpaces
        if ParliamentaryHeading.isFullHeading(trimmed) || (usesHeadings && aloneInBlock && ParliamentaryHeading.isShortHeading(trimmed)) {
            return (trimmed, line.count)
        }
        if !repeatedTitleCaseLabels.isEmpty, let colon = trimmed.firstIndex(of: ":") {
            let head = String(trimmed[..<colon])
            if repeatedTitleCaseLabels.contains(head) {
                let lead = line.prefix { $0.isWhitespace }.count
                let afterColon = trimmed[trimmed.index(after: colon)...]
                return (head, lead + head.count + 1 + afterColon.prefix { $0 == " " || $0 == "\t" }.count)
            }
        }
        return nil
    }

    // Both label patterns end in a colon and a space or tab, after words of a few kinds of character: a line is
    // asked of a pattern only when the stretch before one of its colons could hold that pattern's label.

    /// The stretches before each colon that a space or tab follows, of the bytes `allowed` admits.
    private static func stretchesBeforeColons(_ bytes: [UInt8], allowed: (UInt8) -> Bool) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        for colon in bytes.indices where bytes[colon] == 58 && colon + 1 < bytes.count && (bytes[colon + 1] == 32 || bytes[colon + 1] == 9)
        {
            var start = colon
            while start > 0, allowed(bytes[start - 1]) { start -= 1 }
            stretches.append(start..<colon)
        }
        return stretches
    }

    /// Whether an upper-case label glued after a sentence's end may stand in the line: a space or tab after
    /// one of `.?!"”’)—-`, then capitals, periods, apostrophes, hyphens and blanks up to the colon.
    static func mayHoldGluedUpperCaseLabel(_ line: String) -> Bool {
        guard ScalarText.contains(58, in: line) else { return false }
        let bytes = ScalarText.bytes(of: line)
        // Accented capitals, `’` and the closing marks are bytes of 0x80 or more.
        func labelByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || b >= 0x80 || b == 0x2E || b == 0x27 || b == 0x2D || b == 32 || b == 9
        }
        func endsSentence(_ b: UInt8) -> Bool {
            b == 0x2E || b == 0x3F || b == 0x21 || b == 0x22 || b == 0x29 || b == 0x2D || b >= 0x80
        }
        for stretch in stretchesBeforeColons(bytes, allowed: labelByte) {
            for p in stretch where (bytes[p] == 32 || bytes[p] == 9) && p > 0 && endsSentence(bytes[p - 1]) { return true }
        }
        return false
    }

    /// The honorifics a title-case label starts with, as bytes.
    private static let titleCaseStarts = ["Mr", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Adm", "Secretary", "Ambassador", "The"]
        .map { Array($0.utf8) }

    /// Whether a title-case label (`Mr. Spicer:`) may stand in the line: one of its honorifics, then letters,
    /// apostrophes, hyphens, a period and blanks up to a colon.
    static func mayHoldTitleCaseLabel(_ line: String) -> Bool {
        // Most lines have no colon at all: no stretch before one to look at.
        guard ScalarText.contains(58, in: line) else { return false }
        let bytes = ScalarText.bytes(of: line)
        func labelByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 || b == 0x2E || b == 0x27 || b == 0x2D || b == 32
                || b == 9
        }
        for stretch in stretchesBeforeColons(bytes, allowed: labelByte) {
            let piece = bytes[stretch]
            for start in piece.indices {
                for word in titleCaseStarts where piece[start...].starts(with: word) { return true }
            }
        }
        return false
    }

    /// Offsets (in `Character`s) inside a line where a glued label begins, after its first character.
    func gluedLabelOffsets(in line: String) -> [Int] {
        let upperCase = !knownLabels.isEmpty && Self.mayHoldGluedUpperCaseLabel(line)
        let titleCase = !repeatedTitleCaseLabels.isEmpty && Self.mayHoldTitleCaseLabel(line)
        guard upperCase || titleCase else { return [] }
        let ns = line as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var utf16Starts: [Int] = []
        if upperCase {
            for m in Self.gluedUpperCase.matches(in: line, range: whole) {
                let label = ns.substring(with: m.range(at: 1))
                let known = knownLabels.contains(TurnLabel.words(label).joined(separator: " "))
                if known || TurnLabel.isQuestion(label) { utf16Starts.append(m.range(at: 1).location) }
            }
        }
        if titleCase {
            for m in Self.titleCaseLabel.matches(in: line, range: whole) where m.range(at: 1).location > 0 {
                if repeatedTitleCaseLabels.contains(ns.substring(with: m.range(at: 1))) { utf16Starts.append(m.range(at: 1).location) }
            }
        }
        return utf16Starts.sorted().map { ns.substring(to: $0).count }.filter { $0 > 0 }
    }
}
