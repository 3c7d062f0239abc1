import ArgumentParser

/// A command that writes through a `Console`, so tests can run it in-process and read what it wrote.
/// Throw `InputProblem` or `LookupError` for bad input (exit 1), `ValidationError` for bad usage (exit 2).
protocol ConsoleCommand: ParsableCommand {
    func run(console: Console) throws
}

extension ConsoleCommand {
    func run() throws { try run(console: .standard) }
}
