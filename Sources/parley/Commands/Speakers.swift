import ArgumentParser
import ParleyModel

/// `parley speakers`: who speaks, under which labels, and how much in each meeting.
struct Speakers: PrintingCommand {
    static let configuration = CommandConfiguration(
        abstract: "List each person with id, name, role, labels, and turns and words per meeting.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let report = SpeakersReport(corpus: corpus)
        if output.json {
            console.out(try JSONOutput.string(report))
        } else if rows.write(report.table(), to: console) {
            return
        } else {
            console.outLines(report.textLines()) { line, index in OutputStyle.tableLine(line, isFirst: index < 2) }
        }
    }
}
