import ArgumentParser
import Foundation
import ParleyModel

/// `--corpus PATH`, shared by every command that reads the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .customLong("corpus"),
        help: ArgumentHelp(
            "A transcript file (.txt, or a saved .html page) or a folder of them to read instead of the built-in corpus (repeatable); - reads one text from stdin.",
            valueName: "path"),
        completion: .file(extensions: ["txt", "html", "htm"]))
    var paths: [String] = []

    @Flag(
        name: .customLong("no-cache"),
        help: "Parse every file now and leave the corpus cache alone (it is kept under $XDG_CACHE_HOME/parley or ~/.cache/parley).")
    var noCache = false

    /// The paths the corpus is read from: `--corpus`, else the config file's folders, else the built-in corpus's folder.
    func resolvedPaths(console: Console) -> [String] {
        let configured = paths.isEmpty ? UserSettings.config(console).corpus : paths
        return configured.isEmpty ? (CorpusLoader.builtInPaths ?? []) : configured
    }

    /// The corpus to work on. Each file that cannot be used gets one line on stderr and the rest still load;
    /// when nothing usable is left, the command stops with an input problem.
    func load(console: Console) throws -> Corpus {
        // Without --corpus, the config file's corpus folders, else the built-in corpus.
        let config = UserSettings.config(console)
        for problem in config.problems {
            console.err("parley: \(problem)\n")
        }
        let paths = self.paths.isEmpty ? config.corpus : self.paths
        let cache = noCache ? CorpusCacheSetting.off : CorpusCacheSetting.standard(environment: console.environment)
        let corpus =
            paths.isEmpty
            ? CorpusLoader.builtIn(cache: cache) : CorpusLoader.load(paths: paths, standardInput: console.input, cache: cache)
        for notice in corpus.cacheNotices {
            console.err("parley: \(notice)\n")
        }
        for problem in corpus.problems {
            console.err("parley: \(oneLine(problem.description))\n")
        }
        guard !corpus.documents.isEmpty else {
            let what = paths.isEmpty ? "the built-in corpus" : paths.joined(separator: ", ")
            throw InputProblem("nothing usable to read in \(what)")
        }
        return corpus
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
