import ArgumentParser
import ParleyModel

/// `parley meetings`: each meeting with its id, date and place, and the documents it groups.
struct Meetings: PrintingCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the meetings with id, date, place and their documents.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let report = MeetingsReport(corpus: corpus)
        if output.json {
            console.out(try JSONOutput.string(report))
        } else {
            console.outLines(report.textLines()) { line, _ in OutputStyle.blockLine(line) }
        }
    }
}
