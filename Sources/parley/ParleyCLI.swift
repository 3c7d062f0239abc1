import ArgumentParser
import ParleyModel

/// Runs one command line and decides the exit status:
/// 0 success (and `--help`, `--version`), 1 a problem with the input, 2 a usage error.
/// Messages go to stderr; nothing ends in a crash or a backtrace.
enum ParleyCLI {
    static let usageError: Int32 = 2
    static let inputError: Int32 = 1

    static func run(arguments: [String], console: Console) -> Int32 {
        var command: ParsableCommand
        let (rest, corpusPaths) = CorpusArguments.split(arguments)
        do {
            command = try Parley.parseAsRoot(rest)
        } catch {
            return report(error, from: Parley.self, console: console)
        }
        if !corpusPaths.isEmpty, var reader = command as? ReadsCorpus {
            reader.corpus.paths += corpusPaths
            command = reader
        }
        do {
            if let command = command as? ConsoleCommand {
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
