import ParleyModel

/// Finds where a stretch of a paragraph's cleaned text stands in its file, so a search hit can be traced
/// to a line. The cleaned text differs from the file only in whitespace (joined lines and page breaks)
/// and removed `*` italic markers; when anything else differs, the whole paragraph's span is given instead.
struct SourceLocator {
    struct Location {
        var file: String
        /// 1-based line of the file where the stretch begins.
        var line: Int
        /// `Character` offsets from the start of the file.
        var start: Int
        var end: Int
    }

    private var characters: [String: [Character]] = [:]
    private var lineStarts: [String: [Int]] = [:]

    mutating func locate(_ range: Range<Int>, in paragraph: Paragraph, of document: Document) -> Location {
        let source = sourceCharacters(of: document)
        let span = paragraph.source
        let fallback = Location(file: span.file, line: span.line, start: span.start, end: span.end)
        let text = Array(paragraph.text)
        guard range.upperBound <= text.count, span.end <= source.count else { return fallback }
        var s = firstOffset(of: text, in: source, span: span)
        var start: Int? = nil
        var end = 0
        for i in 0..<range.upperBound where !text[i].isWhitespace {
            while s < span.end, source[s] != text[i], source[s].isWhitespace || source[s] == "*" {
                s += 1
            }
            guard s < span.end, source[s] == text[i] else { return fallback }
            if i >= range.lowerBound && start == nil { start = s }
            end = s + 1
            s += 1
        }
        guard let start else { return fallback }
        return Location(file: span.file, line: line(of: start, in: document), start: start, end: end)
    }

    /// Where the paragraph's text begins in the file: the span may start at the turn's label.
    private func firstOffset(of text: [Character], in source: [Character], span: SourceSpan) -> Int {
        let head = Array(text.prefix { !$0.isWhitespace && $0 != "*" }.prefix(16))
        guard !head.isEmpty, span.end - head.count >= span.start else { return span.start }
        for s in span.start...(span.end - head.count) where source[s] == head[0] {
            if Array(source[s..<(s + head.count)]) == head { return s }
        }
        return span.start
    }

    private mutating func sourceCharacters(of document: Document) -> [Character] {
        if let cached = characters[document.id] { return cached }
        let chars = Array(document.sourceText)
        characters[document.id] = chars
        var starts = [0]
        for (i, c) in chars.enumerated() where c.isNewline { starts.append(i + 1) }
        lineStarts[document.id] = starts
        return chars
    }

    private func line(of offset: Int, in document: Document) -> Int {
        let starts = lineStarts[document.id] ?? [0]
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
