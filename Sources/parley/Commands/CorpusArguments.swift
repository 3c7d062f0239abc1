import ArgumentParser

/// A command that reads a corpus through `--corpus`.
protocol ReadsCorpus: ParsableCommand {
    var corpus: CorpusOptions { get set }
}

extension Parley: ReadsCorpus {}
extension Meetings: ReadsCorpus {}
extension Speakers: ReadsCorpus {}
extension Show: ReadsCorpus {}
extension Search: ReadsCorpus {}
extension Compare: ReadsCorpus {}
extension StatsCommand: ReadsCorpus {}
extension KwicCommand: ReadsCorpus {}
extension AlignCommand: ReadsCorpus {}
extension QuotesCommand: ReadsCorpus {}
extension CacheCommand: ReadsCorpus {}

/// `--corpus` taken out of a command line before it is parsed. The argument parser's time grows with
/// the square of the number of arguments, and a corpus given file by file (`--corpus` for each of
/// thousands of files, as `find … -exec` or `xargs` write it) took seconds to minutes; this is one pass.
enum CorpusArguments {
    /// The arguments without `--corpus PATH` and `--corpus=PATH`, and those paths in order. Nothing after
    /// `--` is touched, nor a `--corpus` with no value after it, which the parser then reports.
    static func split(_ arguments: [String]) -> (rest: [String], paths: [String]) {
        var rest: [String] = []
        var paths: [String] = []
        rest.reserveCapacity(arguments.count)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            if argument == "--corpus", index + 1 < arguments.count {
                paths.append(arguments[index + 1])
                index += 2
                continue
            }
            if argument.hasPrefix("--corpus="), argument.count > "--corpus=".count {
                paths.append(String(argument.dropFirst("--corpus=".count)))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return (rest, paths)
    }
}
