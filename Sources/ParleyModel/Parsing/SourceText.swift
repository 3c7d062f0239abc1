/// A source file cut into lines and blank-line-separated blocks, remembering where each stands.
struct SourceText {
    struct Line {
        var text: String
        /// 1-based line number.
        var number: Int
        /// `Character` offsets in the file.
        var start: Int
        var end: Int
    }

    /// Consecutive non-blank lines.
    struct Block {
        var lines: [Line]
        /// The lines joined with single spaces: hard-wrapped text reads as one paragraph.
        var text: String { lines.map { $0.text.trimmingSpaces }.joined(separator: " ") }
        var firstLine: Int { lines.first!.number }
        var lastLine: Int { lines.last!.number }
        var start: Int { lines.first!.start }
        var end: Int { lines.last!.end }
    }

    let lines: [Line]
    let blocks: [Block]

    init(_ text: String) {
        var lines: [Line] = []
        var current = ""
        var start = 0
        var offset = 0
        var number = 1
        for ch in text {
            if ch.isNewline {
                lines.append(Line(text: current, number: number, start: start, end: offset))
                current = ""
                number += 1
                start = offset + 1
            } else {
                current.append(ch)
            }
            offset += 1
        }
        if !current.isEmpty { lines.append(Line(text: current, number: number, start: start, end: offset)) }
        self.lines = lines

        var blocks: [Block] = []
        var pending: [Line] = []
        for line in lines {
            if line.text.trimmingSpaces.isEmpty {
                if !pending.isEmpty { blocks.append(Block(lines: pending)) }
                pending = []
            } else {
                pending.append(line)
            }
        }
        if !pending.isEmpty { blocks.append(Block(lines: pending)) }
        self.blocks = blocks
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and no-break spaces (not newlines: lines have none).
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
