import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `parley align SPEAKER`: the speaker's paragraphs at one meeting beside the most similar at the other.
struct AlignCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Pair a speaker's paragraphs at one meeting with the most similar at another, side by side.",
        discussion: """
            Similarity is the TF-IDF cosine of stemmed words (function words left out); a pair needs at least \
            \(PassageAlignment.threshold) and two shared words. Shared words are shown in «guillemets».
            """)

    @Argument(help: "The speaker (id, prefix or name word).", completion: CorpusCompletion.speakers)
    var speaker: String

    @Option(
        help: ArgumentHelp("The meeting on the left (default: the first where the speaker spoke).", valueName: "id"),
        completion: CorpusCompletion.meetings)
    var left: String?

    @Option(
        help: ArgumentHelp("The meeting on the right (default: the next where the speaker spoke).", valueName: "id"),
        completion: CorpusCompletion.meetings)
    var right: String?

    @Option(help: "Most matches shown per paragraph.")
    var matches: Int = 3

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    func validate() throws {
        if matches < 1 { throw ValidationError("--matches must be at least 1") }
    }

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let person = try corpus.findPerson(speaker)
        let l = try left.map { try corpus.findMeeting($0) }
        let r = try right.map { try corpus.findMeeting($0) }
        guard let alignment = PassageAlignment.align(corpus: corpus, speaker: person.id, left: l, right: r, maxMatches: matches) else {
            throw InputProblem("\(person.name) speaks at fewer than two meetings; nothing to align")
        }
        if output.json {
            console.out(try JSONOutput.string(AlignReport(alignment)))
            return
        }
        if rows.write(Self.table(alignment, corpus: corpus), to: console) { return }
        let total = max(40, console.columns ?? 100)
        let column = (total - 3) / 2
        var lines: [String] = []
        let leftTitle = corpus.meeting(id: alignment.leftMeetingID)?.title ?? alignment.leftMeetingID
        let rightTitle = corpus.meeting(id: alignment.rightMeetingID)?.title ?? alignment.rightMeetingID
        lines.append("\(person.name): \(leftTitle) ⟷ \(rightTitle)")
        for pair in alignment.pairs {
            lines.append("")
            lines.append(
                "\(where_(pair.left)) ⟷ \(where_(pair.right))   similarity \(String(format: "%.3f", pair.similarity))   shared: \(pair.sharedTerms.joined(separator: ", "))"
            )
            let a = PlainWrapper.wrap(highlighted(corpus.paragraph(pair.left).text, pair.leftRanges), width: column)
            let b = PlainWrapper.wrap(highlighted(corpus.paragraph(pair.right).text, pair.rightRanges), width: column)
            for i in 0..<max(a.count, b.count) {
                let x = i < a.count ? a[i] : ""
                let y = i < b.count ? b[i] : ""
                var line = x + String(repeating: " ", count: max(0, column - DisplayWidth.of(x))) + " │ " + y
                while line.hasSuffix(" ") { line.removeLast() }
                lines.append(line)
            }
        }
        if alignment.pairs.isEmpty { lines.append("no pair of paragraphs is similar enough") }
        lines.append("")
        lines.append(
            "\(alignment.pairs.count) pair\(alignment.pairs.count == 1 ? "" : "s"); unmatched paragraphs: \(alignment.unmatchedLeft.count) left, \(alignment.unmatchedRight.count) right"
        )
        console.outLines(lines) { line, index in OutputStyle.alignLine(line, isFirst: index == 0) }
    }

    private func where_(_ ref: PassageRef) -> String {
        "turn \((ref.turn ?? 0) + 1) ¶\(ref.paragraph + 1)"
    }

    /// The text with each range wrapped in « », ranges in `Character` offsets.
    private func highlighted(_ text: String, _ ranges: [Range<Int>]) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound >= i && r.upperBound <= chars.count {
            out += String(chars[i..<r.lowerBound]) + "«" + String(chars[r]) + "»"
            i = r.upperBound
        }
        return out + String(chars[i...])
    }
}

extension AlignCommand {
    /// One row per pair: each side's meeting, turn and paragraph (from 1) and text, the similarity and
    /// the shared words joined by `; `.
    static func table(_ alignment: PassageAlignment, corpus: Corpus) -> DelimitedTable {
        var table = DelimitedTable(header: [
            "left_meeting", "left_turn", "left_paragraph", "right_meeting", "right_turn", "right_paragraph", "similarity", "shared",
            "left_text", "right_text",
        ])
        for pair in alignment.pairs {
            table.add([
                alignment.leftMeetingID, pair.left.turn.map { "\($0 + 1)" } ?? "", "\(pair.left.paragraph + 1)",
                alignment.rightMeetingID, pair.right.turn.map { "\($0 + 1)" } ?? "", "\(pair.right.paragraph + 1)",
                String(format: "%.3f", pair.similarity), pair.sharedTerms.joined(separator: "; "),
                corpus.paragraph(pair.left).text, corpus.paragraph(pair.right).text,
            ])
        }
        return table
    }
}

/// What `parley align --json` prints.
struct AlignReport: Encodable {
    struct Span: Encodable {
        var start: Int
        var end: Int
    }

    struct Pair: Encodable {
        var left: RefJSON
        var right: RefJSON
        var similarity: Double
        var shared: [String]
        var leftSpans: [Span]
        var rightSpans: [Span]
    }

    var speaker: String
    var left: String
    var right: String
    var threshold: Double
    var pairs: [Pair]
    var unmatchedLeft: [RefJSON]
    var unmatchedRight: [RefJSON]

    init(_ a: PassageAlignment) {
        speaker = a.speakerID
        left = a.leftMeetingID
        right = a.rightMeetingID
        threshold = PassageAlignment.threshold
        pairs = a.pairs.map {
            Pair(
                left: RefJSON($0.left), right: RefJSON($0.right), similarity: $0.similarity, shared: $0.sharedTerms,
                leftSpans: $0.leftRanges.map { Span(start: $0.lowerBound, end: $0.upperBound) },
                rightSpans: $0.rightRanges.map { Span(start: $0.lowerBound, end: $0.upperBound) })
        }
        unmatchedLeft = a.unmatchedLeft.map(RefJSON.init)
        unmatchedRight = a.unmatchedRight.map(RefJSON.init)
    }
}
