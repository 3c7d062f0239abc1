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
extension TimelineCommand: ReadsCorpus {}
extension CacheCommand: ReadsCorpus {}

/// `--corpus` taken out of a command line before it is parsed. The argument parser's time grows with
/// the square of the number of arguments, and a corpus given file by file (`--corpus` for each of
/// thousands of files, as `find … -exec` or `xargs` write it) took seconds to minutes; this is one pass.
enum CorpusArguments {
    /// The arguments without `--corpus PATH` and `--corpus=PATH`, and those paths in order. Nothing after
    /// `--` is touched, nor a `--corpus` with no value after it, which the parser then reports.
    static func split(_ arguments: [String]) -> (rest: [String], paths: [String]) {
        let (rest, taken) = take(["corpus"], from: arguments)
        return (rest, taken.map(\.value))
    }

    /// `--from` and `--to`, taken out wherever they stand (before the subcommand or after it) so that
    /// both places narrow the corpus; the last of each wins.
    static func splitDateRange(_ arguments: [String]) -> (rest: [String], from: String?, to: String?) {
        let (rest, taken) = take(["from", "to"], from: arguments)
        return (rest, taken.last { $0.name == "from" }?.value, taken.last { $0.name == "to" }?.value)
    }

    /// The arguments without `--NAME VALUE` and `--NAME=VALUE` for the given names, and those values in order.
    private static func take(_ names: Set<String>, from arguments: [String]) -> (rest: [String], taken: [(name: String, value: String)]) {
        var rest: [String] = []
        var paths: [(name: String, value: String)] = []
        rest.reserveCapacity(arguments.count)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            let name = argument.hasPrefix("--") ? String(argument.dropFirst(2).prefix { $0 != "=" }) : ""
            if names.contains(name), argument == "--\(name)", index + 1 < arguments.count {
                paths.append((name, arguments[index + 1]))
                index += 2
                continue
            }
            if names.contains(name), argument.count > name.count + 3 {
                paths.append((name, String(argument.dropFirst(name.count + 3))))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return (rest, paths)
    }
}
