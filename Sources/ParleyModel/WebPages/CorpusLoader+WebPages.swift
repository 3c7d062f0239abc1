import Foundation

/// How the loader reads a saved web page: by its extension, or by its first bytes when a page was
/// saved under a `.txt` name.
extension CorpusLoader {
    static let webPageExtensions: Set<String> = ["html", "htm"]

    static func isWebPageName(_ url: URL) -> Bool { isWebPageName(url.lastPathComponent) }

    /// The same for a file name, without making a URL of it.
    static func isWebPageName(_ fileName: String) -> Bool {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return false }
        return webPageExtensions.contains(fileName[fileName.index(after: dot)...].lowercased())
    }

    /// The file's text (a web page's read from its HTML) and what it was, or why it cannot be read.
    /// The text of a file's bytes (a web page's read from its HTML) and what it was.
    static func source(from data: Data, url: URL) -> Result<(text: String, format: SourceFormat), LoadProblem> {
        guard isWebPageName(url) || WebPage.looksLikeHTML(data) else {
            return decode(data, name: url.path).map { ($0, .plainText) }
        }
        if data.isEmpty { return .failure(LoadProblem(file: url.path, message: "the file is empty")) }
        switch WebPage.read(data) {
        case .success(let page): return .success((page.text, .webPage))
        case .failure(let problem): return .failure(LoadProblem(file: url.path, message: problem.description))
        }
    }
}

extension Corpus {
    /// Records which documents were read from web pages, so their source spans are read right.
    /// A page saved beside its text copy (`briefing.html`, `briefing.txt`) would share its id, the
    /// file name without extension; the page keeps its extension in its id instead.
    mutating func markWebPages(_ fileNames: Set<String>) {
        guard !fileNames.isEmpty else { return }
        let idCounts = Dictionary(documents.map { ($0.id, 1) }, uniquingKeysWith: +)
        for i in documents.indices where fileNames.contains(documents[i].fileName) {
            documents[i].sourceFormat = .webPage
            if idCounts[documents[i].id, default: 0] > 1 { documents[i].id = documents[i].fileName }
        }
    }
}
