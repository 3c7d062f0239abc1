/// What a document's file held, and so what its source spans count in.
public enum SourceFormat: String, Sendable, Codable, Hashable {
    /// Plain text: spans are lines and characters of the file itself.
    case plainText
    /// A saved web page: spans are lines and characters of the text read from it (the title line,
    /// a date line, then one line per block, blocks separated by blank lines), which the document
    /// keeps as its `sourceText`; the HTML file has no lines a reader would look up.
    case webPage
}
