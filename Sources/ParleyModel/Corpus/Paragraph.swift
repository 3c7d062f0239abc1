/// How a stretch of a paragraph's text is to be read.
public enum RunKind: String, Sendable, Codable, Hashable {
    /// Spoken or written words.
    case words
    /// Words the source marks as italic (`*...*`): a newspaper's name, a phrase in another language.
    case italic
    /// A transcriber's note such as `(inaudible)` or `(Via interpreter)`: shown, never counted as words.
    case note
}

/// A stretch of a paragraph's text with one reading. `range` counts `Character`s of `Paragraph.text`.
public struct TextRun: Sendable, Hashable {
    public var kind: RunKind
    public var range: Range<Int>
    /// True where the words were spoken through an interpreter.
    public var interpreted: Bool

    public init(kind: RunKind, range: Range<Int>, interpreted: Bool) {
        self.kind = kind
        self.range = range
        self.interpreted = interpreted
    }
}

/// Where a passage stands in its source file, so anything shown can be traced back.
public struct SourceSpan: Sendable, Hashable, Codable {
    /// The document's file name.
    public var file: String
    /// Offsets in `Character`s from the start of the file: the first and one past the last.
    public var start: Int
    public var end: Int
    /// 1-based lines of the file where the passage begins and ends.
    public var line: Int
    public var endLine: Int

    public init(file: String, start: Int, end: Int, line: Int, endLine: Int) {
        self.file = file
        self.start = start
        self.end = end
        self.line = line
        self.endLine = endLine
    }
}

/// One paragraph, cleaned: page breaks joined, `*` markers removed (kept as `.italic` runs),
/// transcriber notes kept in the text as `.note` runs.
public struct Paragraph: Sendable, Hashable {
    public var text: String
    /// Cover `text` from start to end, in order, with no gaps.
    public var runs: [TextRun]
    public var source: SourceSpan

    public init(text: String, runs: [TextRun], source: SourceSpan) {
        self.text = text
        self.runs = runs
        self.source = source
    }

    /// True when any words of the paragraph came through an interpreter.
    public var interpreted: Bool { runs.contains { $0.interpreted && $0.kind != .note } }

    /// The transcriber notes in the paragraph, as written, e.g. `(inaudible)`.
    public var notes: [String] {
        let chars = Array(text)
        return runs.filter { $0.kind == .note }.map { String(chars[$0.range]) }
    }

    /// Where the transcriber notes stand in `text`, in order.
    public var noteRanges: [Range<Int>] { runs.filter { $0.kind == .note }.map(\.range) }

    /// The text with transcriber notes left out: what was said.
    public var spokenText: String {
        // Most paragraphs have no note and no doubled space: the text as it is, without copying it
        // Character by Character.
        if !runs.contains(where: { $0.kind == .note }), runsCoverText, !Paragraph.hasSpacesToCollapse(text) { return text }
        let chars = Array(text)
        var out = ""
        for run in runs where run.kind != .note {
            out += String(chars[run.range])
        }
        return Paragraph.collapseSpaces(out)
    }

    /// The text with each transcriber note replaced by one space: what the corpus store's full-text index
    /// reads. A note stands in parentheses, so no word runs into it, and the words of this text are the
    /// paragraph's search tokens one for one (`SearchIndex.tokens(of:)`), so hits can be counted from it.
    public var searchableText: String {
        let notes = noteRanges.sorted { $0.lowerBound < $1.lowerBound }
        guard !notes.isEmpty else { return text }
        if ScalarText.charactersAreScalars(text) {
            var out: [UInt8] = []
            // The scalar the byte belongs to is `scalar - 1`: scalars are counted at their first byte.
            var scalar = 0
            var note = 0
            for byte in text.utf8 {
                let starts = byte & 0xC0 != 0x80
                if starts {
                    while note < notes.count && notes[note].upperBound <= scalar { note += 1 }
                    scalar += 1
                }
                let index = scalar - 1
                if note < notes.count && notes[note].contains(index) {
                    if starts && index == notes[note].lowerBound { out.append(UInt8(ascii: " ")) }
                    continue
                }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        var note = 0
        for (index, character) in text.enumerated() {
            while note < notes.count && notes[note].upperBound <= index { note += 1 }
            if note < notes.count && notes[note].contains(index) {
                if index == notes[note].lowerBound { out.append(" ") }
                continue
            }
            out.append(character)
        }
        return out
    }

    /// Words (whitespace-separated tokens holding a letter or digit) outside notes.
    /// The words of `spokenText` as `Tokenizer.words` counts them, counted in one pass over the text:
    /// statistics ask for it on every turn.
    public var wordCount: Int {
        // Where each Character is one scalar (most text), offsets count scalars too, and reading scalars
        // spares the grapheme breaking that made counting a large archive's words take seconds.
        guard ScalarText.charactersAreScalars(text) else { return wordCountByCharacters }
        var count = 0
        var inWord = false
        var hasLetter = false
        var run = 0
        for (i, scalar) in text.unicodeScalars.enumerated() {
            while run < runs.count && i >= runs[run].range.upperBound { run += 1 }
            if run < runs.count && runs[run].kind == .note { continue }
            let isWhitespace: Bool
            let isWordChar: Bool
            if scalar.isASCII {
                let a = scalar.value
                isWhitespace = a == 32 || (9...13).contains(a)
                isWordChar = (48...57).contains(a) || (97...122).contains(a | 0x20)
            } else {
                let character = Character(scalar)
                isWhitespace = character.isWhitespace
                isWordChar = !isWhitespace && Tokenizer.isWordChar(character)
            }
            if isWhitespace {
                if hasLetter { count += 1 }
                inWord = false
                hasLetter = false
            } else {
                inWord = true
                hasLetter = hasLetter || isWordChar
            }
        }
        return inWord && hasLetter ? count + 1 : count
    }

    /// `wordCount` read one `Character` at a time, for text whose scalars join into `Character`s.
    var wordCountByCharacters: Int {
        var count = 0
        var inWord = false
        var hasLetter = false
        var run = 0
        for (i, c) in text.enumerated() {
            while run < runs.count && i >= runs[run].range.upperBound { run += 1 }
            // A note is cut out, joining what stands either side of it, as in `spokenText`.
            if run < runs.count && runs[run].kind == .note { continue }
            if c.isWhitespace {
                if hasLetter { count += 1 }
                inWord = false
                hasLetter = false
            } else {
                inWord = true
                hasLetter = hasLetter || Tokenizer.isWordChar(c)
            }
        }
        return inWord && hasLetter ? count + 1 : count
    }

    /// Whether the runs, in order, cover the whole text with no gap.
    private var runsCoverText: Bool {
        var end = 0
        for run in runs {
            guard run.range.lowerBound == end else { return false }
            end = run.range.upperBound
        }
        return end == text.count
    }

    /// Whether `collapseSpaces` would change the text: a space at either end, or two together.
    static func hasSpacesToCollapse(_ s: String) -> Bool {
        let space = UInt8(ascii: " ")
        var previous: UInt8? = nil
        for byte in s.utf8 {
            if byte == space && (previous == nil || previous == space) { return true }
            previous = byte
        }
        return previous == space
    }

    static func collapseSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
