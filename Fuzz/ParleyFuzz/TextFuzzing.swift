import ParleyModel
import ParleyUI

/// Checks on any text, parsed or not: how it is drawn, wrapped, split and compared.
enum TextFuzzing {
    /// Draws text into a narrow grid: every column accounted for, nothing raw left in a cell; wrapped
    /// lines no wider than asked; sentences inside the text.
    static func draw(_ text: String) {
        var grid = Grid(size: Size(width: 17, height: 1))
        let used = grid.put(text, x: 0, y: 0, role: .text)
        precondition(used <= 17, "text drawn past its limit")
        for cell in grid.cells {
            precondition(!cell.text.unicodeScalars.contains(where: VisibleText.isUnsafe), "a raw control in a cell")
        }
        for line in TextWrapper.wrap([StyledSegment(text, role: .text)], width: 9) {
            let drawn = line.segments.map(\.text).joined()
            precondition(DisplayWidth.of(drawn) <= 9 || drawn.count == 1, "a wrapped line wider than its width")
        }
        let count = text.count
        for range in SentenceSplitter.sentences(in: text) + SentenceSplitter.quotedSpans(in: text) {
            precondition(range.lowerBound >= 0 && range.upperBound <= count, "a sentence outside its text")
        }
    }

    /// Word-diffs a quotation against a source: every span inside the quotation.
    static func diff(_ quote: String, _ source: String) {
        let quoteCount = quote.count
        let sourceCount = source.count
        for span in WordDiff.diff(quote: quote, source: source) {
            precondition(span.quoteRange.lowerBound >= 0 && span.quoteRange.upperBound <= quoteCount, "a diff span outside its quotation")
            precondition(span.sourceRange.lowerBound >= 0 && span.sourceRange.upperBound <= sourceCount, "a diff span outside its source")
        }
    }
}
