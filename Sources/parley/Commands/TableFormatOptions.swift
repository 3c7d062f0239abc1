import ArgumentParser

/// `--format csv|tsv`, shared by the commands whose output is rows: search, kwic, stats, align, quotes,
/// speakers. (`compare` has its own `--format`, for its own layouts.)
struct TableFormatOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp("Print rows as csv or tsv, with a header row.", valueName: "csv|tsv"))
    var table: TableFormat?

    /// Writes the table if a format was asked for; false when the command should print its usual text.
    func write(_ table: @autoclosure () -> DelimitedTable, to console: Console) -> Bool {
        guard let format = self.table else { return false }
        console.out(table().text(format))
        return true
    }
}

extension TableFormat: ExpressibleByArgument {}
