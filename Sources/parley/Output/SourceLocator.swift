import ParleyModel

/// Finds where a stretch of a paragraph's cleaned text stands in its file, so a search hit can be traced
/// to a line. The cleaned text differs from the file only in whitespace (joined lines and page breaks)
/// and removed `*` italic markers; when anything else differs, the whole paragraph's span is given instead.
///
/// Only the paragraph's own stretch of the file is read as `Character`s: a walk through the file remembers
/// where it stopped, so hits in reading order read each file about once, and nothing of it is kept after.
struct SourceLocator {
    struct Location {
        var file: String
        /// 1-based line of the file where the stretch begins.
        var line: Int
        /// `Character` offsets from the start of the file.
        var start: Int
        var end: Int
    }

    /// How far the walk through the current file has come: a `Character` offset, its index, and the line
    /// breaks before it.
    private var cursor: (document: String, offset: Int, index: String.Index, newlines: Int)? = nil

    mutating func locate(_ range: Range<Int>, in paragraph: Paragraph, of document: Document) -> Location {
        let span = paragraph.source
        let fallback = Location(file: span.file, line: span.line, start: span.start, end: span.end)
        let text = Array(paragraph.text)
        guard range.upperBound <= text.count, span.start <= span.end, let window = window(span, of: document) else { return fallback }
        let source = window.characters
        let base = span.start
        var s = firstOffset(of: text, in: source, span: span)
        var start: Int? = nil
        var end = 0
        for i in 0..<range.upperBound where !text[i].isWhitespace {
            while s < span.end, source[s - base] != text[i], source[s - base].isWhitespace || source[s - base] == "*" {
                s += 1
            }
            guard s < span.end, source[s - base] == text[i] else { return fallback }
            if i >= range.lowerBound && start == nil { start = s }
            end = s + 1
            s += 1
        }
        guard let start else { return fallback }
        let line = window.newlinesBefore + source[..<(start - base)].filter(\.isNewline).count + 1
        return Location(file: span.file, line: line, start: start, end: end)
    }

    /// Where the paragraph's text begins in the file: the span may start at the turn's label.
    private func firstOffset(of text: [Character], in source: [Character], span: SourceSpan) -> Int {
        let head = Array(text.prefix { !$0.isWhitespace && $0 != "*" }.prefix(16))
        guard !head.isEmpty, span.end - head.count >= span.start else { return span.start }
        for s in span.start...(span.end - head.count) where source[s - span.start] == head[0] {
            if Array(source[(s - span.start)..<(s - span.start + head.count)]) == head { return s }
        }
        return span.start
    }

    /// The span's characters and the line breaks before it, or nil when the file is shorter than the span.
    private mutating func window(_ span: SourceSpan, of document: Document) -> (characters: [Character], newlinesBefore: Int)? {
        let text = document.sourceText
        var (offset, index, newlines) = (0, text.startIndex, 0)
        if let cursor, cursor.document == document.id, cursor.offset <= span.start {
            (offset, index, newlines) = (cursor.offset, cursor.index, cursor.newlines)
        }
        let utf8 = text.utf8
        while offset < span.start {
            guard index < text.endIndex else { return nil }
            // An ASCII byte other than CR, followed by another, is a whole Character: stepped over as a byte.
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte < 0x80 && byte != 0x0D && (next == utf8.endIndex || utf8[next] < 0x80) {
                if (0x0A...0x0C).contains(byte) { newlines += 1 }
                index = next
            } else {
                if text[index].isNewline { newlines += 1 }
                text.formIndex(after: &index)
            }
            offset += 1
        }
        cursor = (document.id, offset, index, newlines)
        var characters: [Character] = []
        characters.reserveCapacity(span.end - span.start)
        while offset < span.end {
            guard index < text.endIndex else { return nil }
            characters.append(text[index])
            text.formIndex(after: &index)
            offset += 1
        }
        return (characters, newlines)
    }
}
