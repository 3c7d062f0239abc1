import ParleyModel
import ParleyUI

/// What `parley kwic` prints. Its count and the text's column widths come before the lines, so every line
/// is made first; in reading order only the first few thousand are kept, and the rest are made again a
/// batch of documents at a time as they are written. Another order needs every line at once, and holds them,
/// without the words around each hit: the order is worked out from where the hits stand, as the browser's
/// keyword view does, before any line is made.
struct KwicListing {
    /// How many lines are kept while counting, beyond which the rest are made again as they are written.
    static let keptLines = 20_000
    /// How many lines the text lays out at a time on each core.
    static let linesPerPart = 256

    /// How many lines there are; not counted when measuring nothing.
    let count: Int
    /// The first lines in reading order, all of them when there are few; none when they are sorted.
    let firstLines: [ConcordanceLine]
    /// Every line, in reading order, and their order as indices of the lines, when it is not reading order.
    private let sorted: (lines: ConcordanceLineStore, order: [Int])?
    /// The search, to make again the lines of the batches of documents not kept.
    private let search: ConcordanceSearch?
    private let laterBatches: [ArraySlice<Int>]
    /// The widest place, speaker, left context and hit of every line, for the text's columns.
    private let widths: [Int]
    /// Each meeting's date (or place), as the text's first column gives it.
    private let places: [String: String]

    /// What the format printed needs to know of every line before the first: nothing (CSV and TSV), how
    /// many there are (JSON), or also the widths of their columns (text).
    enum Measure { case nothing, count, widths }

    init(
        corpus: Corpus, query: SearchQuery, width: Int, sort: ConcordanceSort, measuring: Measure = .widths, keeping: Int = keptLines
    ) {
        let places = Dictionary(
            corpus.meetings.map { ($0.id, $0.date.map { "\($0.short.prefix(6))" } ?? $0.shortPlace) }, uniquingKeysWith: { a, _ in a })
        // Measured on all cores: a common word has a million lines.
        func widest(_ lines: [ConcordanceLine], _ widths: [Int]) -> [Int] {
            lines.slices(of: Self.linesPerPart).parallelMap { part in
                part.reduce([0, 0, 0, 0]) { widths, line in
                    zip(widths, Self.cells(line, places: places)).map { max($0, DisplayWidth.of($1)) }
                }
            }.reduce(widths) { zip($0, $1).map(max) }
        }
        var widths = [0, 0, 0, 0]
        guard sort == .position else {
            let sorted = Self.sortedLines(corpus: corpus, query: query, width: width, sort: sort) { widths = widest($0, widths) }
            self.sorted = sorted
            firstLines = []
            count = sorted.lines.count
            search = nil
            laterBatches = []
            self.widths = widths
            self.places = places
            return
        }
        // In reading order the words around each hit are never read.
        let search = ConcordanceSearch(corpus: corpus, query: query, width: width, withSortWords: false)
        var first: [ConcordanceLine] = []
        var later: [ArraySlice<Int>] = []
        var count = 0
        for batch in search.batches {
            if measuring == .nothing {
                later.append(batch)
            } else if later.isEmpty && first.count < keeping {
                first += search.lines(in: batch, from: count)
                count = first.count
            } else if measuring == .count {
                count += search.hitCount(in: batch)
                later.append(batch)
            } else {
                let lines = search.lines(in: batch, from: count)
                count += lines.count
                widths = widest(lines, widths)
                later.append(batch)
            }
        }
        self.count = count
        firstLines = first
        sorted = nil
        self.search = search
        laterBatches = later
        self.widths = widest(first, widths)
        self.places = places
    }

    /// Every line in reading order, and their order by `sort`; `measure` is given each batch of lines as
    /// they are made. The words around each hit, which the order needs, are numbered and ranked once for all
    /// hits and let go before the lines are made: held as strings with every line, they took a common word's
    /// lines to over a gigabyte. The lines are held in a store of a few arrays, not as values.
    private static func sortedLines(
        corpus: Corpus, query: SearchQuery, width: Int, sort: ConcordanceSort, measure: ([ConcordanceLine]) -> Void
    ) -> (lines: ConcordanceLineStore, order: [Int]) {
        let order = KeywordHits(query: query, corpus: corpus, readyFor: [sort]).order(sort)
        let search = ConcordanceSearch(corpus: corpus, query: query, width: width, withSortWords: false)
        var lines = ConcordanceLineStore()
        // Each side's context is mostly as wide as asked, and mostly ASCII.
        lines.reserveCapacity(lines: order.count, textBytes: 2 * width + 8)
        for batch in search.batches {
            let made = search.lines(in: batch, from: lines.count)
            measure(made)
            lines.append(contentsOf: made)
        }
        guard lines.count == order.count else {
            // Both find the hits of one query in one corpus; should they ever differ, the lines sort themselves.
            var sorted = ConcordanceLineStore()
            sorted.append(contentsOf: Concordance.lines(corpus: corpus, query: query, width: width, sort: sort))
            return (sorted, Array(0..<sorted.count))
        }
        return (lines, order)
    }

    /// A line's place, speaker (or document), left context and hit, the cells of the text before the right context.
    private static func cells(_ line: ConcordanceLine, places: [String: String]) -> [String] {
        [places[line.meetingID ?? ""] ?? "-", line.speakerID ?? line.documentID, line.left, line.hit]
    }

    /// Every line in order, a batch at a time: the first lines, then the rest made again and let go after `body`.
    func forEachBatch(_ body: ([ConcordanceLine]) -> Void) {
        if let sorted {
            for part in sorted.order.slices(of: Self.keptLines) { body(part.map { sorted.lines[$0] }) }
            return
        }
        if !firstLines.isEmpty { body(firstLines) }
        guard let search else { return }
        var position = firstLines.count
        for batch in laterBatches {
            let lines = search.lines(in: batch, from: position)
            position += lines.count
            body(lines)
        }
    }

    /// The lines in aligned columns, the hits in one, then the count. `write` is given a batch's lines with
    /// the column where the hits start and each hit's width, to colour them.
    func writeText(_ write: (_ lines: [String], _ hitColumn: Int, _ hitWidths: [Int]) -> Void) {
        writeText(finishing: { (lines: $0, hitColumn: $1, hitWidths: $2) }, { write($0.lines, $0.hitColumn, $0.hitWidths) })
    }

    /// The text's lines as `finish` makes them (safe for a terminal, coloured), given with the column where the
    /// hits start and each hit's width; the lines laid out and finished on all cores, some hundreds at a time,
    /// and `write` given what `finish` made, in order.
    func writeText<Part: Sendable>(
        finishing finish: @escaping @Sendable (_ lines: [String], _ hitColumn: Int, _ hitWidths: [Int]) -> Part,
        _ write: (Part) -> Void
    ) {
        let layout = TextTable.Layout(widths: widths + [0], alignments: [.left, .left, .right, .left, .left])
        // The hit column starts after the place, who and left-context columns and their gaps.
        let hitColumn = widths.prefix(3).reduce(0, +) + 3 * layout.gap
        let places = places
        forEachBatch { lines in
            let finished = lines.slices(of: Self.linesPerPart).parallelMap { part in
                var text: [String] = []
                var hitWidths: [Int] = []
                text.reserveCapacity(part.count)
                hitWidths.reserveCapacity(part.count)
                for line in part {
                    let cells = Self.cells(line, places: places) + [line.right]
                    let cellWidths = cells.map { DisplayWidth.of($0) }
                    text.append(layout.line(cells, cellWidths: cellWidths))
                    hitWidths.append(cellWidths[3])
                }
                return finish(text, hitColumn, hitWidths)
            }
            finished.forEach(write)
        }
        write(finish(["\(count) hit\(count == 1 ? "" : "s")"], 0, [0]))
    }

    static let tableHeader = ["position", "meeting", "document", "speaker", "turn", "paragraph", "left", "match", "right"]

    /// One row per hit, in the order asked for; turns and paragraphs from 1, as `search` prints them. `write`
    /// is given the header, then a batch's rows at a time.
    func writeTable(_ format: TableFormat, to write: (String) -> Void) {
        write(DelimitedTable.line(Self.tableHeader, format))
        forEachBatch { lines in
            write(
                lines.map { line in
                    DelimitedTable.line(
                        [
                            "\(line.position + 1)", line.meetingID ?? "", line.documentID, line.speakerID ?? "",
                            line.ref.turn.map { "\($0 + 1)" } ?? "", "\(line.ref.paragraph + 1)", line.left, line.hit, line.right,
                        ], format)
                }.joined())
        }
    }

    /// The listing as JSON, its lines written a batch at a time.
    func writeJSON(query: String, sort: ConcordanceSort, width: Int, to write: (String) -> Void) throws {
        let head = KwicReport(query: query, sort: sort.rawValue, width: width, count: count, lines: [])
        try JSONOutput.write(
            head, streamingBatches: { deliver in forEachBatch(deliver) }, as: "lines", encodingEach: { KwicReport.Line($0).json },
            to: write)
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

        /// The line's JSON as the encoder writes it, made directly: the same bytes in a fraction of the time.
        var json: String {
            func optional(_ value: String?) -> PrettyJSON.Value { value.map { .string($0) } ?? .null }
            return PrettyJSON.text(
                .object([
                    ("position", .int(line.position)), ("meeting", optional(line.meetingID)), ("document", .string(line.documentID)),
                    ("speaker", optional(line.speakerID)),
                    (
                        "ref",
                        .object([
                            ("document", .int(line.ref.document)), ("turn", line.ref.turn.map { .int($0) } ?? .null),
                            ("paragraph", .int(line.ref.paragraph)),
                        ])
                    ),
                    ("start", .int(line.range.lowerBound)), ("end", .int(line.range.upperBound)), ("left", .string(line.left)),
                    ("match", .string(line.hit)), ("right", .string(line.right)),
                ]))
        }

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
