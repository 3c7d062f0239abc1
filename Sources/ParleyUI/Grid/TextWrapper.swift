/// A run of text drawn with one role.
public struct StyledSegment: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, role: Role) {
        self.text = text
        self.role = role
    }
}

/// One screen line of wrapped text.
public struct WrappedLine: Hashable, Sendable {
    /// The line's text by role; neighbouring runs with the same role are merged.
    public var segments: [StyledSegment]
    /// Character offset into the concatenated input where this line starts, so a view can map a
    /// position in the source text (a search match, say) to a line.
    public var startOffset: Int
    /// Display width of the line, at most the wrap width unless one character alone is wider.
    public var width: Int

    public init(segments: [StyledSegment], startOffset: Int, width: Int) {
        self.segments = segments
        self.startOffset = startOffset
        self.width = width
    }

    /// The line's text without roles.
    public var text: String { segments.map(\.text).joined() }
}

/// Greedy word wrapping by display width.
///
/// Lines break at spaces; the spaces at a break are dropped, other spacing (indentation, two spaces
/// after a full stop) is kept. A word wider than the line is split by width, never through a wide
/// character. A newline in the input ends the line there. Roles follow their characters across breaks.
/// Offsets count the `Character`s of each segment in turn.
public enum TextWrapper {
    public static func wrap(_ segments: [StyledSegment], width: Int) -> [WrappedLine] {
        var builder = LineBuilder(width: max(1, width))
        var offset = 0
        var word: [Glyph] = []
        var spaces: [Glyph] = []

        func flushWord() {
            guard !word.isEmpty else { return }
            builder.add(word: word, after: spaces)
            word = []
            spaces = []
        }

        for segment in segments {
            for character in segment.text {
                let glyph = Glyph(character: character, role: segment.role, offset: offset)
                offset += 1
                if character == " " {
                    flushWord()
                    spaces.append(glyph)
                } else if character == "\n" || character == "\r\n" {
                    flushWord()
                    builder.addTrailing(spaces)
                    spaces = []
                    builder.endLine(nextOffset: offset)
                } else {
                    word.append(glyph)
                }
            }
        }
        flushWord()
        builder.addTrailing(spaces)
        return builder.finish()
    }
}

/// One input character with where it came from.
private struct Glyph {
    let character: Character
    let role: Role
    let offset: Int
    let width: Int

    init(character: Character, role: Role, offset: Int) {
        self.character = character
        self.role = role
        self.offset = offset
        width = DisplayWidth.of(character)
    }
}

/// Collects glyphs into lines and turns them into `WrappedLine`s.
private struct LineBuilder {
    let width: Int
    private var lines: [WrappedLine] = []
    private var current: [Glyph] = []
    private var currentWidth = 0
    private var currentStart = 0
    /// True at the start and after a newline until something is added: the open line is a real (maybe empty) line.
    private var isAtLineStart = true

    init(width: Int) {
        self.width = width
    }

    mutating func add(word: [Glyph], after spaces: [Glyph]) {
        let wordWidth = word.reduce(0) { $0 + $1.width }
        let spaceWidth = spaces.reduce(0) { $0 + $1.width }
        if !current.isEmpty {
            if currentWidth + spaceWidth + wordWidth <= width {
                append(spaces)
                append(word)
                return
            }
            // The spaces at the break are dropped: the next line starts with the word.
            endLine(nextOffset: word[0].offset)
        } else if spaceWidth + wordWidth <= width {
            // Only at the start of a paragraph is the line empty here: its spaces are indentation.
            append(spaces)
            append(word)
            return
        }
        if wordWidth <= width {
            append(word)
            return
        }
        split(word)
    }

    /// Spaces at the end of a paragraph stay only when they fit.
    mutating func addTrailing(_ spaces: [Glyph]) {
        let spaceWidth = spaces.reduce(0) { $0 + $1.width }
        if currentWidth + spaceWidth <= width {
            append(spaces)
        }
    }

    mutating func endLine(nextOffset: Int) {
        lines.append(makeLine())
        current = []
        currentWidth = 0
        currentStart = nextOffset
        isAtLineStart = true
    }

    mutating func finish() -> [WrappedLine] {
        if !current.isEmpty || isAtLineStart {
            lines.append(makeLine())
        }
        return lines
    }

    /// A word wider than the line, cut into line-wide pieces; the last piece stays open for more words.
    private mutating func split(_ word: [Glyph]) {
        for glyph in word {
            if !current.isEmpty, currentWidth + glyph.width > width {
                endLine(nextOffset: glyph.offset)
            }
            append([glyph])
        }
    }

    private mutating func append(_ glyphs: [Glyph]) {
        guard !glyphs.isEmpty else { return }
        if current.isEmpty { currentStart = glyphs[0].offset }
        current += glyphs
        currentWidth += glyphs.reduce(0) { $0 + $1.width }
        isAtLineStart = false
    }

    private func makeLine() -> WrappedLine {
        var segments: [StyledSegment] = []
        for glyph in current {
            if let last = segments.last, last.role == glyph.role {
                segments[segments.count - 1].text.append(glyph.character)
            } else {
                segments.append(StyledSegment(String(glyph.character), role: glyph.role))
            }
        }
        return WrappedLine(segments: segments, startOffset: currentStart, width: currentWidth)
    }
}
