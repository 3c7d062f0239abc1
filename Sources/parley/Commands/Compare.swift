import ArgumentParser
import ParleyModel

/// `parley compare SPEAKER`: one person's turns at two meetings, side by side.
struct Compare: PrintingCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    static let configuration = CommandConfiguration(
        abstract: "Show one person's turns at two meetings side by side.",
        discussion: """
            The meetings are the first two in date order where the person speaks, unless --meetings names two. \
            Text is two columns fitted to --width, $COLUMNS or 100; the nth turn of each meeting stand level.
            """)

    @Argument(
        help: "The person: an id, a prefix of one, or a word of the name (kelly, osorio).", completion: CorpusCompletion.speakers)
    var speaker: String

    @Option(
        help: ArgumentHelp("The two meetings to compare, separated by a comma.", valueName: "a,b"), completion: CorpusCompletion.meetingPair
    )
    var meetings: String?

    @Option(help: "text, markdown or json.")
    var format: Format?

    @Option(help: "Total width of the two text columns (default: $COLUMNS, else 100).")
    var width: Int?

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    var chosenFormat: Format { output.json ? .json : (format ?? .text) }

    func validate() throws {
        if output.json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) disagree; give one of them")
        }
        if let meetings,
            case let parts = meetings.split(separator: ",", omittingEmptySubsequences: false),
            parts.count != 2 || parts.contains(where: { $0.allSatisfy(\.isWhitespace) })
        {
            throw ValidationError("--meetings takes two meetings separated by a comma, e.g. --meetings feb,may")
        }
        if let width, width < 43 { throw ValidationError("--width must be at least 43") }
    }

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let person = try corpus.findPerson(speaker)
        let pair = try chooseMeetings(corpus: corpus, person: person)
        let sides = pair.map { meeting in
            CompareReport.Side(meeting: meeting, turns: corpus.turns(of: meeting, speaker: person.id), corpus: corpus)
        }
        let report = CompareReport(person: person, sides: sides, corpus: corpus)
        switch chosenFormat {
        case .json: console.out(try JSONOutput.string(report))
        case .markdown: console.outLines(report.markdownLines())
        case .text:
            console.outLines(report.textLines(width: console.width(width, fallback: 100, minimum: 43))) { line, index in
                OutputStyle.tableLine(line, isFirst: index == 0)
            }
        }
    }

    private func chooseMeetings(corpus: Corpus, person: Person) throws -> [Meeting] {
        if let meetings {
            let pair = try meetings.split(separator: ",", omittingEmptySubsequences: false).map {
                try corpus.findMeeting(String($0))
            }
            if pair[0].id == pair[1].id {
                throw InputProblem("--meetings names \(pair[0].id) twice; compare needs two different meetings")
            }
            return pair
        }
        guard corpus.meetings.count >= 2 else {
            throw InputProblem("compare needs two meetings; the corpus has \(corpus.meetings.count)")
        }
        let spoken = corpus.meetings.filter { corpus.counts(person: person.id, meeting: $0).turns > 0 }
        if spoken.count >= 2 { return Array(spoken.prefix(2)) }
        // Speaking at one meeting (or none): set it beside the first other meeting, so the gap shows.
        let others = corpus.meetings.filter { m in !spoken.contains { $0.id == m.id } }
        return (spoken + others.prefix(2 - spoken.count)).sorted { a, b in
            corpus.meetings.firstIndex { $0.id == a.id }! < corpus.meetings.firstIndex { $0.id == b.id }!
        }
    }
}
