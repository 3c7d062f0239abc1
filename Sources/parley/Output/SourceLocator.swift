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

    /// A file's characters by offset. Most files are ASCII without carriage returns, where a character is a
    /// byte: their bytes are used as they are, so a search with hits in every file does not turn every
    /// file into an array of `Character`s.
    private enum SourceCharacters {
        case bytes([UInt8])
        case characters([Character])

        init(_ text: String) {
            let bytes = Array(text.utf8)
            self = bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? .bytes(bytes) : .characters(Array(text))
        }

        var count: Int {
            switch self {
            case .bytes(let bytes): return bytes.count
            case .characters(let characters): return characters.count
            }
        }

        subscript(_ offset: Int) -> Character {
            switch self {
            case .bytes(let bytes): return Character(Unicode.Scalar(bytes[offset]))
            case .characters(let characters): return characters[offset]
            }
        }

        /// The offsets just after each line break.
        var lineStarts: [Int] {
            var starts = [0]
            switch self {
            case .bytes(let bytes):
                for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
            case .characters(let characters):
                for (i, c) in characters.enumerated() where c.isNewline { starts.append(i + 1) }
            }
            return starts
        }
    }

    /// The last file's characters and line starts: hits come file by file, and keeping every file would hold
    /// the whole corpus a second time.
    private var current: (id: String, characters: SourceCharacters, lineStarts: [Int])? = nil

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
    private func firstOffset(of text: [Character], in source: SourceCharacters, span: SourceSpan) -> Int {
        let head = Array(text.prefix { !$0.isWhitespace && $0 != "*" }.prefix(16))
        guard !head.isEmpty, span.end - head.count >= span.start else { return span.start }
        for s in span.start...(span.end - head.count) where source[s] == head[0] {
            if head.indices.allSatisfy({ source[s + $0] == head[$0] }) { return s }
        }
        return span.start
    }

    private mutating func sourceCharacters(of document: Document) -> SourceCharacters {
        if let current, current.id == document.id { return current.characters }
        let chars = SourceCharacters(document.sourceText)
        current = (document.id, chars, chars.lineStarts)
        return chars
    }

    private func line(of offset: Int, in document: Document) -> Int {
        let starts = current?.id == document.id ? current?.lineStarts ?? [0] : [0]
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
