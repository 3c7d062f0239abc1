import ArgumentParser
import ParleyModel

/// `parley show MEETING`: the turns of a meeting as clean text.
struct Show: PrintingCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the turns of a meeting as clean text.",
        discussion: """
            Each turn is its label as written, then its paragraphs wrapped to --width, $COLUMNS or 80 columns. \
            Transcriber notes such as (inaudible) are kept as written; paragraphs spoken through an interpreter \
            start with [interpreted].
            """)

    @Argument(help: "The meeting: an id, a prefix of one, or a word (feb, mexico, 2017-05).", completion: CorpusCompletion.meetings)
    var meeting: String

    @Option(
        help: ArgumentHelp("Only this person's turns (an id, a prefix or a word of the name).", valueName: "id"),
        completion: CorpusCompletion.speakers)
    var speaker: String?

    @Option(help: "Wrap text at this many columns (default: $COLUMNS, else 80).")
    var width: Int?

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let meeting = try corpus.findMeeting(self.meeting)
        let person = try speaker.map { try corpus.findPerson($0) }
        let turns = corpus.turns(of: meeting, speaker: person?.id)
        if output.json {
            let report = ShowReport(
                meeting: MeetingSummary(meeting), speaker: person.map(PersonSummary.init),
                turns: turns.map { TurnReport($0.turn, document: corpus.documents[$0.document], corpus: corpus) })
            console.out(try JSONOutput.string(report))
            return
        }
        console.outLines(
            ShowText.lines(
                corpus: corpus, meeting: meeting, person: person, turns: turns, width: console.width(width, fallback: 80, minimum: 20))
        ) { line, index in OutputStyle.showLine(line, isFirst: index == 0) }
    }
}
