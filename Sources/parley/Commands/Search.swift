import ArgumentParser
import ParleyModel

extension CaseMode: ExpressibleByArgument {}

/// `parley search QUERY`: every hit with where it is and who said it, and totals per meeting and speaker.
struct Search: PrintingCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find every place a word or phrase occurs, with totals per meeting and speaker.",
        discussion: """
            Words match whole words, ignoring case and accents (pena finds Peña). Several words find any of them; \
            a quoted phrase finds the words in order ('"mass deportations"', or use --phrase); deport* finds words \
            starting with deport. Transcriber notes such as (inaudible) never match.
            """)

    @Argument(help: "The words, \"quoted phrase\" or prefix* to find.")
    var query: String

    @Option(help: ArgumentHelp("Only hits in this person's turns.", valueName: "id"), completion: CorpusCompletion.speakers)
    var speaker: String?

    @Option(help: ArgumentHelp("Only hits in this meeting's documents.", valueName: "id"), completion: CorpusCompletion.meetings)
    var meeting: String?

    @Flag(help: "Treat the whole query as one phrase, as if it were quoted.")
    var phrase = false

    @Option(
        name: .customLong("case"), help: "How letter case counts: insensitive, smart (exact when the query has a capital) or sensitive.")
    var caseMode: CaseMode = .insensitive

    @Option(help: "Characters of context on each side of a hit.")
    var context: Int = 40

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    var searchQuery: SearchQuery {
        let text = phrase ? "\"" + query.filter { $0 != "\"" } + "\"" : query
        return SearchQuery(text, caseMode: caseMode)
    }

    func validate() throws {
        if searchQuery.isEmpty { throw ValidationError("the query '\(query)' has no words to search for") }
        if context < 0 { throw ValidationError("--context cannot be negative") }
    }

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let meeting = try self.meeting.map { try corpus.findMeeting($0) }
        let person = try speaker.map { try corpus.findPerson($0) }
        let report = SearchReport(
            corpus: corpus, query: searchQuery, meeting: meeting, person: person, context: min(context, Console.maximumWidth),
            placingInFiles: output.json || rows.table != nil)
        let notice = { (notice: String) in console.err("parley: \(notice)\n") }
        report.notices.forEach(notice)
        // Written a batch at a time: a common word's hits are never held all at once.
        if output.json {
            try report.writeJSON(notice: notice) { console.out($0) }
        } else if let format = rows.table {
            report.writeTable(format, notice: notice) { console.out($0) }
        } else {
            let preparer = console.linePreparer
            report.writeText(finishing: { preparer.prepare($0) { line, _ in OutputStyle.searchLine(line) } }, console.out)
        }
    }
}
