import Foundation

/// A saved web page (`.html`, `.htm`) read into the plain text parley's parser reads: the title on
/// the first line, then a date line when the text gives none near its top, then the page's main
/// text, one block to a line, blocks separated by blank lines.
///
/// Source spans of a page's paragraphs (lines and offsets) point into this text, which the document
/// keeps as its `sourceText`, not into the HTML: markup has no lines a reader would look up.
public struct WebPage: Sendable {
    /// The page's title: `og:title`, else the headline over its text, else `<title>` without the site's name.
    public var title: String?
    /// The page's date: a dated line near the top of its text (the day it happened), else
    /// `article:published_time` or the first `<time datetime>`.
    public var date: Day?
    /// The page's main text as plain text.
    public var text: String

    /// How many blocks (and twice as many lines) from the top of the text a dated line counts as the
    /// page's date line.
    static let datedLineReach = 8
    /// A date line is short (`Washington, DC · August 27, 2017`); a date in a longer one is in the speech.
    static let maxDateLineLength = 80

    /// Reads the page, or says why it holds nothing to read.
    public static func read(_ data: Data) -> Result<WebPage, WebPageProblem> {
        guard let html = HTMLTreeReader.read(data) else { return .failure(.notHTML) }
        let metadata = PageMetadata(root: html)
        PageChrome.remove(from: html)
        let body = html.elements(named: "body").first ?? html
        guard let main = MainTextFinder(body: body) else { return .failure(.noMainText) }
        var paragraphs = PageTextWriter.paragraphs(of: main.root, startAfter: main.startAfter)
        guard paragraphs.contains(where: { $0.contains(where: { $0.isLetter }) }) else { return .failure(.noMainText) }

        let title = metadata.title(headline: main.startAfter)
        let published = metadata.date(text: main.root, page: body)
        if let title, let first = paragraphs.first, first.collapsedWhitespace == title { paragraphs.removeFirst() }
        let topLines = paragraphs.prefix(datedLineReach).flatMap { $0.split(separator: "\n") }.prefix(datedLineReach * 2)
        let datedLine = topLines.lazy.map { $0.trimmingSpaces }.filter { $0.count <= maxDateLineLength }
            .compactMap { DateParser.dates(in: $0).first { $0.hasYear }?.day }.first
        var lines: [String] = []
        if let title { lines.append(title) }
        if datedLine == nil, let published { lines.append(published.long) }
        lines += paragraphs
        return .success(WebPage(title: title, date: datedLine ?? published, text: lines.joined(separator: "\n\n") + "\n"))
    }

    /// True for bytes that start like an HTML page (`<!DOCTYPE html`, `<html`), after any byte
    /// order mark, white space and comments: a page saved under a `.txt` name.
    public static func looksLikeHTML(_ data: Data) -> Bool {
        var bytes = data.prefix(4096)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let head = String(data: Data(bytes), encoding: .utf8) ?? String(data: Data(bytes), encoding: .isoLatin1) else {
            return false
        }
        var rest = Substring(head)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard rest.hasPrefix("<!--"), let end = rest.range(of: "-->") else { break }
            rest = rest[end.upperBound...]
        }
        let lower = rest.prefix(14).lowercased()
        return lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html")
    }
}

/// Why a saved web page gave no text.
public enum WebPageProblem: Error, Sendable, CustomStringConvertible {
    case notHTML
    case noMainText

    public var description: String {
        switch self {
        case .notHTML: return "could not be read as an HTML page"
        case .noMainText: return "a web page with no main text (only page furniture such as menus, scripts and forms, or nothing at all)"
        }
    }
}
