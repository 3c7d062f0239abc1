import ArgumentParser
import ParleyModel
import ParleyUI

extension ConcordanceSort: ExpressibleByArgument {}

/// `parley kwic QUERY`: keyword in context — every hit in an aligned column with its left and right context.
struct KwicCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Every hit of a query as a concordance: left context, the hit in a column, right context.",
        discussion: "The query is written as for 'parley search': words, \"quoted phrases\", prefix*.")

    @Argument(help: "The words, \"quoted phrase\" or prefix* to find.")
    var query: String

    @Option(help: "Characters of context on each side.")
    var width: Int = 30

    @Option(help: "Order of lines: position, speaker, left (word before the hit) or right (word after).")
    var sort: ConcordanceSort = .position

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    func validate() throws {
        if SearchQuery(query).isEmpty { throw ValidationError("the query '\(query)' has no words to search for") }
        if width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let width = min(width, Console.maximumWidth)
        let measure: KwicListing.Measure = output.json ? .count : rows.table != nil ? .nothing : .widths
        let listing = KwicListing(corpus: corpus, query: SearchQuery(query), width: width, sort: sort, measuring: measure)
        // Written a batch at a time: in reading order a common word's lines are never held all at once.
        if output.json {
            try listing.writeJSON(query: query, sort: sort, width: width) { console.out($0) }
        } else if let format = rows.table {
            listing.writeTable(format) { console.out($0) }
        } else {
            let preparer = console.linePreparer
            listing.writeText(
                finishing: { lines, hitColumn, hitWidths in
                    preparer.prepare(lines) { line, index in OutputStyle.kwicLine(line, hitColumn: hitColumn, hitWidth: hitWidths[index]) }
                }, console.out)
        }
    }
}

/// A passage reference as the comparison commands print it: `{document, turn, paragraph}`, with
/// `turn` null for a paragraph of a document's running text; all 0-based.
struct RefJSON: Encodable {
    var ref: PassageRef
    init(_ ref: PassageRef) { self.ref = ref }

    enum CodingKeys: String, CodingKey { case document, turn, paragraph }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ref.document, forKey: .document)
        try c.encode(ref.turn, forKey: .turn)
        try c.encode(ref.paragraph, forKey: .paragraph)
    }
}
