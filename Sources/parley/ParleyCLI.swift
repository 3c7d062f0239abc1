import ArgumentParser
import ParleyModel

/// Runs one command line and decides the exit status:
/// 0 success (and `--help`, `--version`), 1 a problem with the input, 2 a usage error.
/// Messages go to stderr; nothing ends in a crash or a backtrace.
enum ParleyCLI {
    static let usageError: Int32 = 2
    static let inputError: Int32 = 1

    static func run(arguments: [String], console: Console) -> Int32 {
        // Scripts that read JSON read the errors as JSON too.
        let console = wantsJSON(arguments) ? console.reportingErrorsAsJSON() : console
        var command: ParsableCommand
        let (withoutCorpus, corpusPaths) = CorpusArguments.split(arguments)
        let (rest, from, to) = CorpusArguments.splitDateRange(withoutCorpus)
        do {
            command = try Parley.parseAsRoot(rest)
        } catch {
            return report(error, from: Parley.self, console: console)
        }
        if !corpusPaths.isEmpty {
            if var reader = command as? ReadsCorpus {
                reader.corpus.paths += corpusPaths
                command = reader
            } else {
                // Taken out before parsing, so the parser cannot say this command has no --corpus.
                let name = ["parley", type(of: command).configuration.commandName].compactMap { $0 }.joined(separator: " ")
                console.err("Error: '--corpus' is not an option of '\(name)'\n  See '\(name) --help' for more information.\n")
                return usageError
            }
        }
        if from != nil || to != nil {
            guard var reader = command as? ReadsCorpus else {
                let name = ["parley", type(of: command).configuration.commandName].compactMap { $0 }.joined(separator: " ")
                let option = from != nil ? "--from" : "--to"
                console.err("Error: '\(option)' is not an option of '\(name)'\n  See '\(name) --help' for more information.\n")
                return usageError
            }
            reader.corpus.from = from
            reader.corpus.to = to
            do {
                try reader.corpus.validate()
            } catch {
                return report(error, from: type(of: command), console: console)
            }
            command = reader
        }
        do {
            if let command = command as? PrintingCommand {
                try runPrinting(command, console: console)
            } else if let command = command as? ConsoleCommand {
                try command.run(console: console)
            } else {
                var command = command
                try command.run()
            }
            return 0
        } catch {
            return report(error, from: type(of: command), console: console)
        }
    }

    /// Colours as `--color` says, and the output through the pager when it goes to a terminal.
    private static func runPrinting(_ command: PrintingCommand, console: Console) throws {
        var console = console
        let output = command.output
        switch output.color {
        case .always: console.colors = true
        case .never: console.colors = false
        case .auto: console.colors = console.outputIsTerminal && (console.environment["NO_COLOR"] ?? "").isEmpty
        }
        guard console.outputIsTerminal, !output.noPager, let pagerCommand = Pager.command(environment: console.environment),
            let pager = Pager.start(pagerCommand, environment: console.environment)
        else {
            return try command.run(console: console)
        }
        defer { pager.finish() }
        try command.run(console: console.writingOut(to: pager.stream))
    }

    /// `--json`, or `compare --format json`, anywhere before a `--` that ends the options.
    static func wantsJSON(_ arguments: [String]) -> Bool {
        let options = arguments.prefix { $0 != "--" }
        if options.contains("--json") || options.contains("--format=json") { return true }
        return zip(options, options.dropFirst()).contains { $0 == "--format" && $1 == "json" }
    }

    private static func report(_ error: Error, from command: ParsableCommand.Type, console: Console) -> Int32 {
        switch error {
        case let error as LookupError:
            console.err("parley: \(error)\n")
            return inputError
        case let error as InputProblem:
            console.err("parley: \(error)\n")
            return inputError
        case let error as ExitCode:
            return error.rawValue
        default:
            let code = command.exitCode(for: error)
            let message = command.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { console.out(message + "\n") }
                return 0
            }
            if code == .validationFailure {
                console.err(message + "\n")
                return usageError
            }
            console.err("parley: \(error)\n")
            return inputError
        }
    }
}
