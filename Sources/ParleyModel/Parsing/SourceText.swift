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

    /// The blank-line-separated blocks of lines.
    var blocks: [Block] {
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
        return blocks
    }

    /// Lines end at LF, CR, CR LF (one `Character`), VT, FF, NEL and the Unicode line and paragraph
    /// separators: the `Character`s that are newlines, which never join with a neighbour.
    init(_ text: String) {
        var lines: [Line] = []
        let bytes = ScalarText.bytes(of: text)
        let count = bytes.count
        var offset = 0
        var number = 1
        var lineStart = 0
        var ascii = true
        var i = 0
        func endLine(at end: Int, newlineLength: Int) {
            let piece = bytes[lineStart..<end]
            let text = String(decoding: piece, as: UTF8.self)
            let characters = ascii ? piece.count : ScalarText.charactersAreScalars(text) ? ScalarText.scalarCount(piece) : text.count
            lines.append(Line(text: text, number: number, start: offset, end: offset + characters))
            offset += characters + 1
            number += 1
            lineStart = end + newlineLength
            ascii = true
        }
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 10 && b <= 13 {
                    let crlf = b == 13 && i + 1 < count && bytes[i + 1] == 10
                    endLine(at: i, newlineLength: crlf ? 2 : 1)
                    i += crlf ? 2 : 1
                    continue
                }
                i += 1
                continue
            }
            ascii = false
            // NEL (C2 85), LINE SEPARATOR (E2 80 A8), PARAGRAPH SEPARATOR (E2 80 A9).
            if b == 0xC2, i + 1 < count, bytes[i + 1] == 0x85 {
                endLine(at: i, newlineLength: 2)
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                endLine(at: i, newlineLength: 3)
                i += 3
                continue
            }
            i += 1
        }
        if lineStart < count {
            let text = String(decoding: bytes[lineStart...], as: UTF8.self)
            let characters =
                ascii ? count - lineStart : ScalarText.charactersAreScalars(text) ? ScalarText.scalarCount(bytes[lineStart...]) : text.count
            lines.append(Line(text: text, number: number, start: offset, end: offset + characters))
        }
        self.lines = lines
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and no-break spaces (not newlines: lines have none).
    var trimmingSpaces: String {
        // Most lines start and end with a letter or a mark: nothing to trim, and no `Character` to look at.
        let utf8 = Substring(self).utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !ScalarText.isASCIIWhitespace(first),
            !ScalarText.isASCIIWhitespace(last)
        {
            return String(self)
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
