import ArgumentParser
import Foundation
import ParleyModel

/// `parley quotes`: each sentence and quote of the related documents with the spoken passage it comes from.
struct QuotesCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Trace the sentences and quotes of statements, articles and communiqués to what was said.",
        discussion: """
            Each sentence, and each quoted span of three words or more, is compared with the officials' spoken \
            sentences of the same meeting (stemmed words weighted by rarity, in-order overlap). Only traces scoring \
            at least \(QuoteTracer.threshold) are matches; --all also lists the rest with their best score.
            """)

    @Flag(help: "Also list sentences with no match, with the best score found.")
    var all = false

    @Flag(help: "Show the word-level difference under each match: [-dropped-] {+added+} [-was-]{+now+}.")
    var diff = false

    @Option(help: ArgumentHelp("Only this document (id or file name prefix).", valueName: "id"), completion: CorpusCompletion.documents)
    var document: String?

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        var documents = corpus.documents.indices.filter { corpus.documents[$0].kind != .transcript }
        if let document {
            documents = documents.filter {
                corpus.documents[$0].id.hasPrefix(document) || corpus.documents[$0].fileName.hasPrefix(document)
            }
            if documents.isEmpty { throw InputProblem("no related document matches '\(document)'") }
        }
        var traces: [QuoteTrace]
        if documents.count == corpus.documents.filter({ $0.kind != .transcript }).count {
            traces = QuoteTracer.keptTraces(corpus: corpus)
        } else {
            let tracer = QuoteTracer(corpus: corpus)
            traces = documents.flatMap { tracer.trace(document: $0) }
        }
        if output.json {
            console.out(
                try JSONOutput.string(QuotesReport(threshold: QuoteTracer.threshold, traces: traces.map { QuotesReport.Entry($0, corpus) }))
            )
            return
        }
        if !all { traces = traces.filter { $0.source != nil } }
        if rows.write(Self.table(traces, corpus: corpus), to: console) { return }
        var table = TextTable(alignments: [.left, .left, .left, .left, .left, .left, .right])
        table.add(["document", "kind", "text", "meeting", "speaker", "turn ¶", "score"])
        var lines: [String] = []
        for t in traces {
            let doc = corpus.documents[t.unit.ref.document]
            let text = t.unit.text.count > 60 ? String(t.unit.text.prefix(59)) + "…" : t.unit.text
            if let s = t.source {
                let meeting = corpus.meeting(id: s.meetingID ?? "")?.title ?? "-"
                table.add([
                    doc.id, t.unit.kind.rawValue, text, meeting, s.speakerID, "\((s.ref.turn ?? 0) + 1) ¶\(s.ref.paragraph + 1)",
                    String(format: "%.2f", s.score),
                ])
            } else {
                table.add([doc.id, t.unit.kind.rawValue, text, "-", "-", "-", String(format: "(%.2f)", t.bestScore)])
            }
        }
        if diff {
            // One block per match: the table row, then the difference.
            let rows = table.lines()
            lines.append(rows[0])
            for (row, t) in zip(rows.dropFirst(), traces) {
                lines.append(row)
                if let s = t.source { lines.append("    " + Self.render(s.diff)) }
            }
        } else {
            lines = table.lines()
        }
        let matched = traces.filter { $0.source != nil }.count
        lines.append("\(matched) matched\(all ? " of \(traces.count)" : "")")
        console.outLines(lines) { line, index in OutputStyle.tableLine(line, isFirst: index == 0) }
    }

    /// One row per unit (matched ones only, unless `--all`): the unit, then its source, empty when
    /// unmatched; `score` is the best score either way.
    static func table(_ traces: [QuoteTrace], corpus: Corpus) -> DelimitedTable {
        var table = DelimitedTable(header: [
            "document", "kind", "text", "matched", "meeting", "speaker", "turn", "paragraph", "score", "likeness", "source_text",
        ])
        for t in traces {
            let document = corpus.documents[t.unit.ref.document].id
            if let s = t.source {
                table.add([
                    document, t.unit.kind.rawValue, t.unit.text, "yes", s.meetingID ?? "", s.speakerID,
                    s.ref.turn.map { "\($0 + 1)" } ?? "", "\(s.ref.paragraph + 1)", String(format: "%.2f", s.score), s.likeness, s.text,
                ])
            } else {
                table.add([document, t.unit.kind.rawValue, t.unit.text, "no", "", "", "", "", String(format: "%.2f", t.bestScore), "", ""])
            }
        }
        return table
    }

    /// `[-dropped-]`, `{+added+}`, `[-source-]{+quote+}` for a change, equal words as they are.
    static func render(_ diff: [DiffSpan]) -> String {
        diff.map { $0.marked.map(\.text).joined() }.joined(separator: " ")
    }
}

/// What `parley quotes --json` prints.
struct QuotesReport: Encodable {
    struct Entry: Encodable {
        var document: String
        var kind: String
        var ref: PassageRef
        var start: Int
        var end: Int
        var text: String
        var namedSpeaker: String?
        var bestScore: Double
        var source: Source?

        init(_ t: QuoteTrace, _ corpus: Corpus) {
            document = corpus.documents[t.unit.ref.document].id
            kind = t.unit.kind.rawValue
            ref = t.unit.ref
            start = t.unit.range.lowerBound
            end = t.unit.range.upperBound
            text = t.unit.text
            namedSpeaker = t.unit.namedSpeakerID
            bestScore = t.bestScore
            source = t.source.map(Source.init)
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(document, forKey: .document)
            try c.encode(kind, forKey: .kind)
            try c.encode(RefJSON(ref), forKey: .ref)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(namedSpeaker, forKey: .namedSpeaker)
            try c.encode(bestScore, forKey: .bestScore)
            // Unmatched units say so with an explicit null.
            try c.encode(source, forKey: .source)
        }

        enum CodingKeys: String, CodingKey { case document, kind, ref, start, end, text, namedSpeaker, bestScore, source }
    }

    struct Source: Encodable {
        enum CodingKeys: String, CodingKey {
            case meeting, document, speaker, ref, start, end, text, score, coverage, order, likeness, diff
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(meeting, forKey: .meeting)
            try c.encode(document, forKey: .document)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(RefJSON(ref), forKey: .ref)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(score, forKey: .score)
            try c.encode(coverage, forKey: .coverage)
            try c.encode(order, forKey: .order)
            try c.encode(likeness, forKey: .likeness)
            try c.encode(diff, forKey: .diff)
        }

        var meeting: String?
        var document: String
        var speaker: String
        var ref: PassageRef
        var start: Int
        var end: Int
        var text: String
        var score: Double
        var coverage: Double
        var order: Double
        var likeness: String
        var diff: [Diff]

        init(_ s: QuoteSource) {
            meeting = s.meetingID
            document = s.documentID
            speaker = s.speakerID
            ref = s.ref
            start = s.range.lowerBound
            end = s.range.upperBound
            text = s.text
            score = s.score
            coverage = s.coverage
            order = s.order
            likeness = s.likeness
            diff = s.diff.map(Diff.init)
        }
    }

    struct Diff: Encodable {
        var kind: String
        var quote: String
        var source: String

        init(_ d: DiffSpan) {
            kind = d.kind.rawValue
            quote = d.quoteText
            source = d.sourceText
        }
    }

    var threshold: Double
    var traces: [Entry]
}
