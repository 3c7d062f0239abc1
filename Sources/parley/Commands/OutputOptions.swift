import ArgumentParser

/// `--json`, shared by every command that prints a report.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of text (the fields are listed in the README).")
    var json = false
}
