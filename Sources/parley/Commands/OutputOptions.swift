import ArgumentParser

/// `--json`, `--color` and `--no-pager`, shared by every command that prints a report.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of text (the fields are listed in the README).")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Colour hits, labels and headings: auto (when stdout is a terminal and NO_COLOR is unset), always or never.", valueName: "when")
    )
    var color: ColorChoice = .auto

    @Flag(help: "Print straight to the terminal instead of through $PAGER (less -FRX).")
    var noPager = false
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// A command that prints a report with `OutputOptions`, so paging and colour can be set up around it.
protocol PrintingCommand: ConsoleCommand {
    var output: OutputOptions { get }
}
