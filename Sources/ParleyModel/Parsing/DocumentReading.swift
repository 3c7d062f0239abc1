/// How a file was read: where each piece of metadata came from and what the parser was unsure of,
/// so a user can see why parley read a file as it did and fix the file or write a `speakers.toml`.
public struct DocumentReading: Sendable, Hashable {
    /// Where a document's date came from.
    public enum DateSource: String, Sendable, Hashable {
        /// A line of the header (title, dateline).
        case header
        /// A line saying when the page was posted ("Issued on:"), used only when nothing gives the event's date.
        case postingDate = "posting date"
        /// The file's name (`…_March-14-2020.txt`).
        case fileName = "file name"
        /// The first date in the running text of a document that is not a transcript.
        case body
        case none
    }

    /// A line of the file with something to say about it.
    public struct LineNote: Sendable, Hashable {
        public var line: Int
        public var text: String
        public var reason: String

        public init(line: Int, text: String, reason: String) {
            self.line = line
            self.text = text
            self.reason = reason
        }
    }

    /// Why the document is of its kind (`2 labels, 14 turns`, `one speaker's remarks`, `no labels; headed "statement"`).
    public var kindReason = ""
    public var titleLine: Int?
    public var dateSource = DateSource.none
    public var dateLine: Int?
    public var placeLine: Int?
    /// Lines left out as page furniture (banners, navigation, share links).
    public var furniture: [LineNote] = []
    /// Lines the parser read one way but might have been meant another.
    public var unsure: [LineNote] = []

    public init() {}
}
