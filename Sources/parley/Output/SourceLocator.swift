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

    /// A file's text as offsets count it: its scalars where each is a `Character` (no CR LF, no marks
    /// that join), which needs no grapheme breaking, else its `Character`s.
    private enum SourceUnits {
        case scalars([Unicode.Scalar])
        case characters([Character])
    }

    private var sources: [String: SourceUnits] = [:]
    private var lineStarts: [String: [Int]] = [:]

    mutating func locate(_ range: Range<Int>, in paragraph: Paragraph, of document: Document) -> Location {
        let span = paragraph.source
        let fallback = Location(file: span.file, line: span.line, start: span.start, end: span.end)
        let found: (start: Int, end: Int)?
        switch source(of: document) {
        case .scalars(let source) where ScalarText.charactersAreScalars(paragraph.text):
            found = Self.locate(range, text: Array(paragraph.text.unicodeScalars), source: source, span: span) {
                $0.isASCII ? $0 == " " || ($0.value >= 9 && $0.value <= 13) : Character($0).isWhitespace
            }
        case .scalars:
            found = Self.locate(range, text: Array(paragraph.text), source: Array(document.sourceText), span: span) { $0.isWhitespace }
        case .characters(let source):
            found = Self.locate(range, text: Array(paragraph.text), source: source, span: span) { $0.isWhitespace }
        }
        guard let found else { return fallback }
        return Location(file: span.file, line: line(of: found.start, in: document), start: found.start, end: found.end)
    }

    private static func locate<Unit: Equatable & ExpressibleByUnicodeScalarLiteral>(
        _ range: Range<Int>, text: [Unit], source: [Unit], span: SourceSpan, isWhitespace: (Unit) -> Bool
    ) -> (start: Int, end: Int)? {
        guard range.upperBound <= text.count, span.end <= source.count else { return nil }
        let star: Unit = "*"
        var s = firstOffset(of: text, in: source, span: span, star: star, isWhitespace: isWhitespace)
        var start: Int? = nil
        var end = 0
        for i in 0..<range.upperBound where !isWhitespace(text[i]) {
            while s < span.end, source[s] != text[i], isWhitespace(source[s]) || source[s] == star {
                s += 1
            }
            guard s < span.end, source[s] == text[i] else { return nil }
            if i >= range.lowerBound && start == nil { start = s }
            end = s + 1
            s += 1
        }
        guard let start else { return nil }
        return (start, end)
    }

    /// Where the paragraph's text begins in the file: the span may start at the turn's label.
    private static func firstOffset<Unit: Equatable>(
        of text: [Unit], in source: [Unit], span: SourceSpan, star: Unit, isWhitespace: (Unit) -> Bool
    ) -> Int {
        let head = Array(text.prefix { !isWhitespace($0) && $0 != star }.prefix(16))
        guard !head.isEmpty, span.end - head.count >= span.start else { return span.start }
        for s in span.start...(span.end - head.count) where source[s] == head[0] {
            if source[s..<(s + head.count)].elementsEqual(head) { return s }
        }
        return span.start
    }

    private mutating func source(of document: Document) -> SourceUnits {
        if let cached = sources[document.id] { return cached }
        let text = document.sourceText
        let units: SourceUnits
        var starts = [0]
        if ScalarText.charactersAreScalars(text) {
            let scalars = Array(text.unicodeScalars)
            for (i, s) in scalars.enumerated() where ScalarText.isNewline(s) { starts.append(i + 1) }
            units = .scalars(scalars)
        } else {
            let chars = Array(text)
            for (i, c) in chars.enumerated() where c.isNewline { starts.append(i + 1) }
            units = .characters(chars)
        }
        sources[document.id] = units
        lineStarts[document.id] = starts
        return units
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
