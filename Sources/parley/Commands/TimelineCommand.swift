import ArgumentParser
import ParleyModel

/// `parley timeline SPEAKER [QUERY]` and `parley timeline --all QUERY`: one person, or one search,
/// across every meeting of the archive, with the hits per meeting drawn as bars.
struct TimelineCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "One person, or one search, across every meeting: turns, words, share and hits per meeting, as bars.",
        discussion: """
            With a speaker: one row per meeting where they spoke (date, place, turns, words, share of the meeting's \
            words), and with a query the hits in their turns per meeting. With --all and a query: one row per meeting \
            where anyone said it, and the speakers who said it most as columns. Only what was said counts, not the \
            statements and articles. --from and --to narrow the meetings.
            """)

    @Argument(help: "The person (id, or a word of their name); with --all, the query.", completion: CorpusCompletion.speakers)
    var speakerOrQuery: String

    @Argument(help: "The words, \"quoted phrase\" or prefix* to count in the person's turns.")
    var query: String?

    @Flag(help: "Count the query in everyone's turns instead of following one person.")
    var all = false

    @Option(name: .customLong("case"), help: "How letter case counts: insensitive, smart or sensitive.")
    var caseMode: CaseMode = .insensitive

    @Option(help: ArgumentHelp("With --all: how many of the speakers who said it most get a column.", valueName: "n"))
    var columns: Int = 5

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    func validate() throws {
        if all && query != nil {
            throw ValidationError("with --all, give only the query: parley timeline --all QUERY")
        }
        if let text = all ? speakerOrQuery : query, SearchQuery(text, caseMode: caseMode).isEmpty {
            throw ValidationError("the query '\(text)' has no words to search for")
        }
        if columns < 0 { throw ValidationError("--columns cannot be negative") }
    }

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let person = try all ? nil : Self.person(speakerOrQuery, in: corpus)
        let counts = ArchiveCounts(corpus: corpus)
        // No search index is built: the timeline reads only the paragraphs its query can match.
        let timeline =
            if let person {
                Timeline.person(person.id, query: query.map { SearchQuery($0, caseMode: caseMode) }, corpus: corpus, counts: counts)
            } else {
                Timeline.term(SearchQuery(speakerOrQuery, caseMode: caseMode), corpus: corpus, counts: counts, columns: columns)
            }
        let report = TimelineReport(timeline, corpus: corpus)
        if output.json {
            console.out(try JSONOutput.string(report))
        } else if rows.write(report.table(), to: console) {
            return
        } else {
            console.outLines(report.textLines()) { line, index in OutputStyle.tableLine(line, isFirst: index == 1) }
        }
    }

    /// The person named, or an error that offers the people whose names come closest.
    static func person(_ name: String, in corpus: Corpus) throws -> Person {
        do {
            return try corpus.findPerson(name)
        } catch let error as LookupError {
            guard case .notFound = error.reason else { throw error }
            let near = corpus.peopleNear(name)
            if near.isEmpty {
                throw InputProblem("no speaker matches '\(name)'; `parley speakers` lists everyone")
            }
            throw InputProblem(
                "no speaker matches '\(name)'; did you mean " + near.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + "?")
        }
    }
}
