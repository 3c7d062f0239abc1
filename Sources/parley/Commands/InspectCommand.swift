import ArgumentParser
import ParleyModel

/// `parley inspect FILE…`: how parley read each file, so a user can fix the file or write a speakers.toml.
struct InspectCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how parley reads files: kind, title, date, place, labels and people, notes, and doubts.",
        discussion: """
            For each file: its kind and why, the title, date and place with the line each came from (or the file \
            name), the meeting it joins, every label with the person it stands for, questions and reporters, \
            transcriber notes, the preamble before the first speaker, the lines left out as page furniture, and \
            the lines parley was unsure of. A speakers.toml beside the files is used as usual.
            """)

    @Argument(
        help: ArgumentHelp("Transcript files or folders to read.", valueName: "file"),
        completion: .file(extensions: ["txt", "html", "htm"]))
    var files: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to inspect") }
    }

    func run(console: Console) throws {
        // Parsed afresh, not read from the cache: inspecting is how a user checks a file they just edited.
        var options = try CorpusOptions.parse(["--no-cache"])
        options.paths = files
        // Every file asked about is inspected, whatever its date.
        options.from = nil
        options.to = nil
        let corpus = try options.load(console: console)
        let report = InspectReport(corpus: corpus)
        if output.json {
            console.out(try JSONOutput.string(report))
        } else {
            console.outLines(report.textLines())
        }
    }
}
