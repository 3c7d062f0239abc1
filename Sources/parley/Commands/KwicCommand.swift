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
        let term = SearchQuery(query)
        let lines = Concordance.lines(corpus: corpus, query: term, width: width, sort: sort)
        if output.json {
            console.out(
                try JSONOutput.string(KwicReport(query: query, sort: sort.rawValue, width: width, count: lines.count, lines: lines)))
            return
        }
        if rows.write(Self.table(lines), to: console) { return }
        let places = Dictionary(
            corpus.meetings.map { ($0.id, $0.date.map { "\($0.short.prefix(6))" } ?? $0.shortPlace) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable(alignments: [.left, .left, .right, .left, .left])
        for line in lines {
            let who = line.speakerID ?? line.documentID
            table.add([places[line.meetingID ?? ""] ?? "-", who, line.left, line.hit, line.right])
        }
        // The hit column starts after the place, who and left-context columns and their gaps.
        let widths = (0..<3).map { column in table.rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let hitColumn = widths.reduce(0, +) + 3 * table.gap
        console.outLines(table.lines()) { line, index in
            OutputStyle.kwicLine(line, hitColumn: hitColumn, hitWidth: DisplayWidth.of(lines[index].hit))
        }
        console.outLines(["\(lines.count) hit\(lines.count == 1 ? "" : "s")"])
    }
}

extension KwicCommand {
    /// One row per hit, in the order asked for; turns and paragraphs from 1, as `search` prints them.
    static func table(_ lines: [ConcordanceLine]) -> DelimitedTable {
        var table = DelimitedTable(header: ["position", "meeting", "document", "speaker", "turn", "paragraph", "left", "match", "right"])
        for line in lines {
            table.add([
                "\(line.position + 1)", line.meetingID ?? "", line.documentID, line.speakerID ?? "",
                line.ref.turn.map { "\($0 + 1)" } ?? "", "\(line.ref.paragraph + 1)", line.left, line.hit, line.right,
            ])
        }
        return table
    }
}

/// What `parley kwic --json` prints.
struct KwicReport: Encodable {
    var query: String
    var sort: String
    var width: Int
    var count: Int
    var lines: [ConcordanceLine]

    enum CodingKeys: String, CodingKey { case query, sort, width, count, lines }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(sort, forKey: .sort)
        try c.encode(width, forKey: .width)
        try c.encode(count, forKey: .count)
        try c.encode(lines.map(Line.init), forKey: .lines)
    }

    /// One line, every field present (null when not known).
    struct Line: Encodable {
        var line: ConcordanceLine
        init(_ line: ConcordanceLine) { self.line = line }

        enum CodingKeys: String, CodingKey { case position, meeting, document, speaker, ref, start, end, left, match, right }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(line.position, forKey: .position)
            try c.encode(line.meetingID, forKey: .meeting)
            try c.encode(line.documentID, forKey: .document)
            try c.encode(line.speakerID, forKey: .speaker)
            try c.encode(RefJSON(line.ref), forKey: .ref)
            try c.encode(line.range.lowerBound, forKey: .start)
            try c.encode(line.range.upperBound, forKey: .end)
            try c.encode(line.left, forKey: .left)
            try c.encode(line.hit, forKey: .match)
            try c.encode(line.right, forKey: .right)
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
