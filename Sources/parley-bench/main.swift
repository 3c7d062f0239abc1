import Foundation
import ParleyModel
import ParleyUI

// Times the model's work on a corpus a hundred times the built-in one (its five texts repeated under
// different file names, built in memory), and the peak memory after each step.

/// This process's resource usage so far: its threads' CPU time and its peak memory.
func ownUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

/// Peak resident set size so far, in MiB (getrusage reports KiB on Linux, bytes on macOS).
func maxRSS() -> Double {
    let usage = ownUsage()
    #if os(macOS)
        return Double(usage.ru_maxrss) / 1_048_576
    #else
        return Double(usage.ru_maxrss) / 1024
    #endif
}

@discardableResult
func measure<T>(_ label: String, _ work: () -> T) -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = work()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    let padded = label.padding(toLength: 28, withPad: " ", startingAt: 0)
    print(padded + String(format: " %10.1f ms   max RSS %7.1f MiB", ms, maxRSS()))
    return result
}

// `parley-bench archive DIR [WORD]`: parley against less and ripgrep on a folder of transcripts.
if CommandLine.arguments.dropFirst().first == "archive", let dir = CommandLine.arguments.dropFirst(2).first {
    ArchiveBenchmark.run(folder: dir, word: CommandLine.arguments.dropFirst(3).first ?? "cartels")
    exit(0)
}

// `parley-bench first-screen DIR [RUNS]`: only the browser's warm first screen on a folder (the cache as the
// environment says, so an up-to-date store is used as it is), against less; then the peak memory after a search.
if CommandLine.arguments.dropFirst().first == "first-screen", let dir = CommandLine.arguments.dropFirst(2).first {
    FirstScreenBenchmark.run(folder: dir, runs: Int(CommandLine.arguments.dropFirst(3).first ?? "") ?? 3)
    exit(0)
}

// `parley-bench keystrokes DIR [WORD...]`: each key of a search typed into the browser's model, timed.
if CommandLine.arguments.dropFirst().first == "keystrokes", let dir = CommandLine.arguments.dropFirst(2).first {
    let words = Array(CommandLine.arguments.dropFirst(3))
    KeystrokeBenchmark.run(folder: dir, words: words.isEmpty ? ["cartels", "the", "secur*"] : words)
    exit(0)
}

// `parley-bench --picker [DIR] [--meetings N]`: the meeting picker, keystroke by keystroke.
if CommandLine.arguments.dropFirst().first == "--picker" {
    PickerBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

// `parley-bench --parse DIR`: the stages every command pays on a folder of transcripts, timed apart:
// reading and parsing the files, grouping meetings and resolving speakers, and building the search index.
if CommandLine.arguments.dropFirst().first == "--parse", let dir = CommandLine.arguments.dropFirst(2).first {
    ParseBenchmark.run(folder: dir)
    exit(0)
}

// `parley-bench --timeline DIR [SPEAKER] [QUERY]`: timelines on a folder of transcripts.
if CommandLine.arguments.dropFirst().first == "--timeline", let dir = CommandLine.arguments.dropFirst(2).first {
    TimelineBenchmark.run(folder: dir, speaker: CommandLine.arguments.dropFirst(3).first, query: CommandLine.arguments.dropFirst(4).first)
    exit(0)
}

let copies = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 100
let builtIn = CorpusLoader.builtIn()
let texts = builtIn.documents.map { ($0.fileName, $0.sourceText) }
var sources: [(name: String, text: String)] = []
for copy in 0..<copies {
    for (name, text) in texts { sources.append((String(format: "%03d-", copy) + name, text)) }
}
print("corpus: \(copies) × \(texts.count) documents, \(sources.reduce(0) { $0 + $1.text.utf8.count } / 1024) KiB of text")

let corpus = measure("load") { CorpusLoader.build(sources: sources) }
let index = measure("build search index") { SearchIndex(corpus: corpus) }
let hits = measure("search 'deport*'") { index.hits(for: SearchQuery("deport*")) }
print("  \(hits.count) hits")
let stats = measure("stats") { SpeakerStatistics.compute(corpus: corpus) }
print("  \(stats.count) people")
let lines = measure("kwic 'border'") { Concordance.lines(corpus: corpus, query: SearchQuery("border"), sort: .left) }
print("  \(lines.count) lines")
let alignment = measure("align kelly") { PassageAlignment.align(corpus: corpus, speaker: "kelly") }
print("  \(alignment?.pairs.count ?? 0) pairs")
let tracer = measure("quote tracer: index") { QuoteTracer(corpus: corpus) }
let traces = measure("quote tracer: trace all") { tracer.traceAll() }
print("  \(traces.count) units, \(traces.filter { $0.source != nil }.count) matched")
