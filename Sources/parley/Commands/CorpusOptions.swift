import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `--corpus PATH`, shared by every command that reads the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .customLong("corpus"),
        help: ArgumentHelp(
            "A transcript file (.txt, or a saved .html page) or a folder of them to read instead of the built-in corpus (repeatable); - reads one text from stdin.",
            valueName: "path"),
        completion: .file(extensions: ["txt", "html", "htm"]))
    var paths: [String] = []

    /// The corpus to work on. Each file that cannot be used gets one line on stderr and the rest still load;
    /// when nothing usable is left, the command stops with an input problem.
    func load(console: Console) throws -> Corpus {
        let config = UserSettings.config(console)
        for problem in config.problems {
            console.err("parley: \(problem)\n")
        }
        let paths = self.paths(config: config)
        let corpus = Self.read(paths, standardInput: console.input)
        for problem in corpus.problems {
            console.err("parley: \(Self.oneLine(problem.description))\n")
        }
        guard !corpus.documents.isEmpty else { throw Self.nothingUsable(in: paths) }
        return corpus
    }

    /// What the corpus is read from: `--corpus`, else the config file's corpus folders; empty for the built-in corpus.
    func paths(config: UserConfig) -> [String] {
        paths.isEmpty ? config.corpus : paths
    }

    /// Reads the corpus, saying nothing: its problems are in the corpus, for the caller to show.
    static func read(_ paths: [String], standardInput: () -> Data? = { nil }, progress: LoadProgress? = nil) -> Corpus {
        paths.isEmpty ? CorpusLoader.builtIn() : CorpusLoader.load(paths: paths, standardInput: standardInput, progress: progress)
    }

    static func nothingUsable(in paths: [String]) -> InputProblem {
        InputProblem("nothing usable to read in \(paths.isEmpty ? "the built-in corpus" : paths.joined(separator: ", "))")
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
