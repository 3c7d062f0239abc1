import ParleyModel

/// Finds where a stretch of a paragraph's cleaned text stands in its file, so a search hit can be traced
/// to a line. The cleaned text differs from the file only in whitespace (joined lines and page breaks)
/// and removed `*` italic markers; when anything else differs, the whole paragraph's span is given instead.
///
/// Only the paragraph's own stretch of the file is read: a walk through the file remembers where it
/// stopped, so hits in reading order read each file about once, and only the file being walked is held. Offsets
/// count `Character`s. Where every `Character` of the paragraph and of its stretch is one Unicode scalar
/// that stands alone (Latin letters, punctuation; no combining marks, emoji or scripts that join; CR LF
/// counts as one), scalars stand for `Character`s and the slow walk by graphemes is skipped; otherwise
/// both are read as `Character`s.
struct SourceLocator {
    struct Location: Equatable {
        var file: String
        /// 1-based line of the file where the stretch begins.
        var line: Int
        /// `Character` offsets from the start of the file.
        var start: Int
        var end: Int
    }

    /// Whether scalars may stand for `Character`s; off only to test that both ways give the same answers.
    var usesScalars = true
    /// Whether the walk to a span steps over eight bytes of plain ASCII at once; off only to test the same.
    var walksEightBytes = true

    /// Documents whose source text could not be had, each said once: their hits keep the paragraph's span.
    private(set) var problems: [String] = []
    private var documentsWithoutText: Set<String> = []

    /// How far the walk through the current file has come: a `Character` offset, its UTF-8 offset, and
    /// the line breaks before it.
    private var cursor: (document: String, offset: Int, byte: Int, newlines: Int)? = nil
    /// A paragraph of a document, by its span and its text (the same storage for every hit in it).
    private struct ParagraphKey: Equatable {
        var document: String
        var start: Int
        var end: Int
        var text: String
    }
    /// The last paragraph's scalars and its stretch's, nil where they do not stand for `Character`s.
    private var lastScalars: (key: ParagraphKey, units: [ScalarCharacter]?, window: [ScalarCharacter]?)? = nil

    /// The source text of the document being walked, read for the walk and not kept by the document.
    private var sourceText: (document: String, text: Result<String, LoadProblem>)? = nil

    mutating func locate(_ range: Range<Int>, in paragraph: Paragraph, of document: Document) -> Location {
        let span = paragraph.source
        let fallback = Location(file: span.file, line: span.line, start: span.start, end: span.end)
        guard span.start <= span.end, let (text, start) = sourceStart(span, of: document) else { return fallback }
        let length = span.end - span.start
        if usesScalars {
            // A paragraph's hits come one after another: its scalars and its stretch's are made once for all.
            let key = ParagraphKey(document: document.id, start: span.start, end: span.end, text: paragraph.text)
            if lastScalars?.key != key {
                let units = Self.scalarUnits(paragraph.text)
                lastScalars = (key, units, units == nil ? nil : Self.scalarUnits(text, from: start.index, count: length))
            }
            if let units = lastScalars!.units, let window = lastScalars!.window {
                return Self.match(range, units, window, span: span, newlinesBefore: start.newlines) ?? fallback
            }
        }
        let characters = Array(paragraph.text)
        var window: [Character] = []
        window.reserveCapacity(length)
        var index = start.index
        while window.count < length {
            guard index < text.endIndex else { return fallback }
            window.append(text[index])
            text.formIndex(after: &index)
        }
        return Self.match(range, characters, window, span: span, newlinesBefore: start.newlines) ?? fallback
    }

    /// Where the cleaned text's stretch `range` is within `source`, the span's `Character`s (or scalars
    /// standing for them); nil when the two differ in more than whitespace and `*`.
    private static func match<Unit: TextUnit>(
        _ range: Range<Int>, _ text: [Unit], _ source: [Unit], span: SourceSpan, newlinesBefore: Int
    ) -> Location? {
        guard range.upperBound <= text.count, source.count == span.end - span.start else { return nil }
        let base = span.start
        var s = firstOffset(of: text, in: source) + base
        var start: Int? = nil
        var end = 0
        for i in 0..<range.upperBound where !text[i].isWhitespace {
            while s < span.end, source[s - base] != text[i], source[s - base].isWhitespace || source[s - base].isStar {
                s += 1
            }
            guard s < span.end, source[s - base] == text[i] else { return nil }
            if i >= range.lowerBound && start == nil { start = s }
            end = s + 1
            s += 1
        }
        guard let start else { return nil }
        var line = newlinesBefore + 1
        for unit in source[..<(start - base)] where unit.isNewline { line += 1 }
        return Location(file: span.file, line: line, start: start, end: end)
    }

    /// Where the paragraph's text begins in its span: the span may start at the turn's label.
    private static func firstOffset<Unit: TextUnit>(of text: [Unit], in source: [Unit]) -> Int {
        let head = text.prefix { !$0.isWhitespace && !$0.isStar }.prefix(16)
        guard !head.isEmpty, source.count >= head.count else { return 0 }
        for s in 0...(source.count - head.count) where source[s] == head.first! {
            if source[s..<(s + head.count)].elementsEqual(head) { return s }
        }
        return 0
    }

    /// The document's source text and where the span begins in it (index and line breaks before), or nil
    /// when the text cannot be had or is shorter than the span.
    private mutating func sourceStart(_ span: SourceSpan, of document: Document) -> (String, (index: String.Index, newlines: Int))? {
        guard !documentsWithoutText.contains(document.id) else { return nil }
        if sourceText?.document != document.id { sourceText = (document.id, document.readSourceText(keeping: false)) }
        let text: String
        switch sourceText!.text {
        case .success(let read): text = read
        case .failure(let problem):
            documentsWithoutText.insert(document.id)
            problems.append("\(problem.file): \(problem.message); its hits give the paragraph's first line")
            return nil
        }
        var (offset, byte, newlines) = (0, 0, 0)
        if let cursor, cursor.document == document.id, cursor.offset <= span.start {
            (offset, byte, newlines) = (cursor.offset, cursor.byte, cursor.newlines)
        }
        var bytesOfText = text
        let eightAtOnce = walksEightBytes
        let walked = bytesOfText.withUTF8 { bytes -> Bool in
            while offset < span.start {
                guard byte < bytes.count else { return false }
                if eightAtOnce, span.start - offset >= 8, byte + 8 < bytes.count,
                    let lines = Self.asciiLineBreaks(UnsafeRawPointer(bytes.baseAddress! + byte).loadUnaligned(as: UInt64.self)),
                    bytes[byte + 8] < 0x80
                {
                    // Eight ASCII bytes, none a CR, followed by ASCII: eight Characters.
                    newlines += lines
                    byte += 8
                    offset += 8
                    continue
                }
                // An ASCII byte followed by another is a whole Character, and CR LF is one: stepped over as
                // bytes. Anything else (an ASCII letter may take a combining mark after it) is stepped over
                // as a Character.
                let value = bytes[byte]
                let next = byte + 1 < bytes.count ? bytes[byte + 1] : 0
                if value == 0x0D && next == 0x0A {
                    newlines += 1
                    byte += 2
                } else if value < 0x80 && next < 0x80 {
                    if (0x0A...0x0D).contains(value) { newlines += 1 }
                    byte += 1
                } else {
                    let index = text.utf8.index(text.startIndex, offsetBy: byte)
                    if text[index].isNewline { newlines += 1 }
                    byte = text.utf8.distance(from: text.startIndex, to: text.index(after: index))
                }
                offset += 1
            }
            return true
        }
        guard walked else { return nil }
        cursor = (document.id, offset, byte, newlines)
        return (text, (text.utf8.index(text.startIndex, offsetBy: byte), newlines))
    }

    /// How many of eight bytes are LF, VT or FF, when all are ASCII and none is a CR (which may pair with
    /// an LF into one `Character`); else nil. Added to a byte below 0x80, 0x76 sets its top bit exactly
    /// when it is at least 0x0A, with no carry into the next byte; 0x73 and 0x72 likewise for 0x0D and 0x0E.
    static func asciiLineBreaks(_ word: UInt64) -> Int? {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return nil }
        let fromLF = (word &+ 0x7676_7676_7676_7676) & high
        let fromCR = (word &+ 0x7373_7373_7373_7373) & high
        let pastCR = (word &+ 0x7272_7272_7272_7272) & high
        guard fromCR & ~pastCR == 0 else { return nil }
        return (fromLF & ~fromCR).nonzeroBitCount
    }

    /// The text's scalars, one per `Character`, or nil when some `Character` is not a single scalar.
    static func scalarUnits(_ text: String) -> [ScalarCharacter]? {
        scalarUnits(text, from: text.startIndex, count: nil)
    }

    /// `count` units (all, when nil) from `start`, a `Character` boundary; nil when the text ends first or
    /// holds a scalar that may join its neighbour into one `Character`. Only scalars that stand alone are
    /// taken: below U+0300, where only CR LF joins (combining marks, joiners, emoji modifiers and the
    /// scripts whose letters cluster all come later), and the punctuation and currency signs of
    /// U+2010–U+205E and U+20A0–U+20C0 (curly quotes, dashes, ellipses, €), leaving out joiners, bidi
    /// controls and line separators. None of them is canonically equivalent to another scalar, so
    /// comparing them compares `Character`s.
    static func scalarUnits(_ text: String, from start: String.Index, count: Int?) -> [ScalarCharacter]? {
        var units: [ScalarCharacter] = []
        if let count { units.reserveCapacity(count) }
        let scalars = text.unicodeScalars
        var index = start
        var afterCR = false
        while count.map({ units.count < $0 }) ?? true {
            guard index < scalars.endIndex else {
                if count == nil { break }
                return nil
            }
            let value = scalars[index].value
            guard
                value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x20A0...0x20C0).contains(value)
            else { return nil }
            if afterCR && value == 0x0A {
                // CR LF is one Character, a line break like LF.
                units[units.count - 1] = ScalarCharacter(0x0A)
            } else {
                units.append(ScalarCharacter(value))
            }
            afterCR = value == 0x0D
            scalars.formIndex(after: &index)
        }
        // A CR that ends the stretch may be the first half of a CR LF that goes on past it.
        if afterCR, count != nil, index < scalars.endIndex, scalars[index].value == 0x0A { return nil }
        return units
    }
}

/// What the locator compares: a `Character`, or a scalar that stands for one.
protocol TextUnit: Equatable {
    var isWhitespace: Bool { get }
    var isNewline: Bool { get }
    var isStar: Bool { get }
}

extension Character: TextUnit {
    var isStar: Bool { self == "*" }
}

/// A Unicode scalar value standing for the `Character` it is alone (see `SourceLocator.scalarUnits`).
struct ScalarCharacter: TextUnit {
    var value: UInt32
    init(_ value: UInt32) { self.value = value }

    /// Unicode's White_Space among the scalars taken, as `Character.isWhitespace` sees it.
    var isWhitespace: Bool { (0x09...0x0D).contains(value) || value == 0x20 || value == 0x85 || value == 0xA0 }
    var isNewline: Bool { (0x0A...0x0D).contains(value) || value == 0x85 }
    var isStar: Bool { value == 0x2A }
}
