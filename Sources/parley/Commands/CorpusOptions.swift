import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `--corpus PATH` and the date range `--from`/`--to`, shared by every command that reads the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .customLong("corpus"),
        help: ArgumentHelp(
            "A transcript file (.txt, or a saved .html page) or a folder of them to read instead of the built-in corpus (repeatable); - reads one text from stdin.",
            valueName: "path"),
        completion: .file(extensions: ["txt", "html", "htm"]))
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only meetings on or after this date (YYYY-MM-DD, YYYY-MM or YYYY: a month or year starts on its first day).",
            valueName: "date"))
    var from: String?

    @Option(
        help: ArgumentHelp(
            "Only meetings on or before this date (YYYY-MM-DD, YYYY-MM or YYYY: a month or year ends on its last day).",
            valueName: "date"))
    var to: String?

    /// The range `--from` and `--to` give; unbounded without them.
    func dateRange() throws -> DateRange {
        do {
            let range = try DateRange.parse(from: from, to: to)
            if let a = range.from, let b = range.to, b < a {
                throw ValidationError("--from \(from ?? "") is after --to \(to ?? "")")
            }
            return range
        } catch let error as DateRange.ParseError {
            throw ValidationError("\(error)")
        }
    }

    func validate() throws { _ = try dateRange() }

    @Flag(
        name: .customLong("no-cache"),
        help: "Parse every file now and leave the corpus cache alone (it is kept under $XDG_CACHE_HOME/parley or ~/.cache/parley).")
    var noCache = false

    /// The paths the corpus is read from: `--corpus`, else the config file's folders, else the built-in corpus's folder.
    func resolvedPaths(console: Console) -> [String] {
        let configured = paths(config: UserSettings.config(console))
        return configured.isEmpty ? (CorpusLoader.builtInPaths ?? []) : configured
    }

    /// The corpus to work on, narrowed to the date range (unless `narrowing` is false: the browser keeps
    /// the whole archive, to widen the range again). Each file that cannot be used gets one line on stderr
    /// and the rest still load; when nothing usable is left, or no meeting is in the range, the command
    /// stops with an input problem.
    func load(console: Console, narrowing: Bool = true) throws -> Corpus {
        let config = UserSettings.config(console)
        for problem in config.problems {
            console.err("parley: \(problem)\n")
        }
        let paths = self.paths(config: config)
        let corpus = Self.read(paths, cache: cacheSetting(console: console), standardInput: console.input)
        ProcessLifetime.keep(corpus)
        for notice in corpus.cacheNotices {
            console.err("parley: \(notice)\n")
        }
        for problem in corpus.problems {
            console.err("parley: \(Self.oneLine(problem.description))\n")
        }
        guard !corpus.documents.isEmpty else { throw Self.nothingUsable(in: paths) }
        let narrowed = try Self.narrowed(corpus, to: dateRange())
        return narrowing ? narrowed : corpus
    }

    /// The corpus with only the meetings in `range`; an input problem when none is.
    static func narrowed(_ corpus: Corpus, to range: DateRange) throws -> Corpus {
        let narrowed = corpus.narrowed(to: range)
        guard !narrowed.meetings.isEmpty else {
            let span = corpus.dateSpan.map { "; its meetings run from \($0.first.iso) to \($0.last.iso)" } ?? "; its meetings have no dates"
            throw InputProblem("no meeting of the corpus is dated \(range.description)\(span)")
        }
        return narrowed
    }

    /// What the corpus is read from: `--corpus`, else the config file's corpus folders; empty for the built-in corpus.
    func paths(config: UserConfig) -> [String] {
        paths.isEmpty ? config.corpus : paths
    }

    /// The corpus store to read through: off with `--no-cache`.
    func cacheSetting(console: Console) -> CorpusCacheSetting {
        noCache ? .off : .standard(environment: console.environment)
    }

    /// Reads the corpus, saying nothing: its problems and cache notices are in the corpus, for the caller to show.
    static func read(
        _ paths: [String], cache: CorpusCacheSetting, standardInput: () -> Data? = { nil }, progress: LoadProgress? = nil,
        storeWritesLater: Bool = false
    ) -> Corpus {
        paths.isEmpty
            ? CorpusLoader.builtIn(cache: cache, progress: progress, storeWritesLater: storeWritesLater)
            : CorpusLoader.load(
                paths: paths, standardInput: standardInput, cache: cache, progress: progress, storeWritesLater: storeWritesLater)
    }

    static func nothingUsable(in paths: [String]) -> InputProblem {
        InputProblem("nothing usable to read in \(paths.isEmpty ? "the built-in corpus" : paths.joined(separator: ", "))")
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
