/// Writes a page's elements as the plain text parley reads: each block (a paragraph, a heading, a
/// list item, a table row, a line ended by `<br>`) on a line of its own, whitespace collapsed as a
/// browser shows it, italics as `*…*`. A no-break space is kept as a space of its own, as a copy from
/// the browser keeps it (`Q&nbsp;&nbsp; Mr. President` stays `Q   Mr. President`). Preformatted
/// text (`<pre>`, as in the Government Publishing Office's hearings) keeps its lines and blank lines.
struct PageTextWriter {
    /// Elements that stand as blocks of their own.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "tr",
        "table", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "header", "address", "pre",
        "center", "hgroup", "details", "summary", "body", "html", "hr", "br", "figcaption",
    ]
    static let italics: Set<String> = ["em", "i", "cite", "var", "dfn"]
    static let cells: Set<String> = ["td", "th"]

    private(set) var paragraphs: [String] = []
    private var line = ""
    private var pendingSpace = false
    private var italicDepth = 0
    private var italicOpen = false
    /// Inside `<pre>`: white space is kept.
    private var preDepth = 0
    /// The current block holds preformatted lines.
    private var lineIsPreformatted = false
    private var started: Bool
    private let startAfter: PageElement?

    /// Writes the text of `root`, from after `startAfter` when given.
    static func paragraphs(of root: PageElement, startAfter: PageElement? = nil) -> [String] {
        var writer = PageTextWriter(startAfter: startAfter)
        writer.write(root)
        writer.endLine()
        return writer.paragraphs
    }

    private init(startAfter: PageElement?) {
        self.startAfter = startAfter
        started = startAfter == nil
    }

    private mutating func write(_ element: PageElement) {
        if element === startAfter {
            started = true
            return
        }
        if element.name == "br" && preDepth > 0 {
            if started { line += "\n" }
            return
        }
        let isPre = element.name == "pre"
        let isBlock = PageTextWriter.blocks.contains(element.name)
        let isItalic = PageTextWriter.italics.contains(element.name)
        if isBlock { endLine() }
        if PageTextWriter.cells.contains(element.name) { pendingSpace = true }
        if isItalic { italicDepth += 1 }
        if isPre { preDepth += 1 }
        for child in element.children {
            switch child {
            case .element(let e): write(e)
            case .text(let t): if started { append(t) }
            }
        }
        if isPre { preDepth -= 1 }
        if isItalic {
            italicDepth -= 1
            if italicDepth == 0 && italicOpen {
                line += "*"
                italicOpen = false
            }
        }
        if isBlock { endLine() }
        if PageTextWriter.cells.contains(element.name) { pendingSpace = true }
    }

    /// Collapses HTML's white space (ASCII space, tab, line feed, carriage return, form feed) as a
    /// browser does; other spaces (no-break, em space) are text and stay.
    private mutating func append(_ text: String) {
        if preDepth > 0 { return appendPreformatted(text) }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
            case 0xA0:
                // Kept, not collapsed; an opening italic marker waits for the first word.
                if pendingSpace && !line.isEmpty { line.unicodeScalars.append(" ") }
                line.unicodeScalars.append(" ")
                pendingSpace = false
            default:
                if pendingSpace && !line.isEmpty { line.unicodeScalars.append(" ") }
                pendingSpace = false
                if italicDepth > 0 && !italicOpen {
                    line.unicodeScalars.append("*")
                    italicOpen = true
                }
                line.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func appendPreformatted(_ text: String) {
        lineIsPreformatted = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D: continue // CRLF and CR line ends become LF
            case 0xA0: line.unicodeScalars.append(" ")
            case 0x20, 0x09, 0x0A, 0x0C: line.unicodeScalars.append(scalar.value == 0x0C ? "\n" : scalar)
            default:
                if italicDepth > 0 && !italicOpen {
                    line.unicodeScalars.append("*")
                    italicOpen = true
                }
                line.unicodeScalars.append(scalar)
            }
        }
    }

    /// Preformatted lines without trailing spaces, at most one blank line in a row, none at the ends.
    private static func tidyPreformatted(_ text: String) -> String {
        var lines: [Substring] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Ends the current block; an italic run across blocks is closed here and opened again in the next.
    private mutating func endLine() {
        if italicOpen {
            line += "*"
            italicOpen = false
        }
        let text = lineIsPreformatted ? PageTextWriter.tidyPreformatted(line) : line.trimmingSpaces
        if text.contains(where: { !$0.isWhitespace }) { paragraphs.append(text) }
        line = ""
        pendingSpace = false
        lineIsPreformatted = false
    }
}
