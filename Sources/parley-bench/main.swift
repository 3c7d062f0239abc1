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

// `parley-bench --picker DIR`: the meeting picker on a folder of transcripts, every keystroke of a few
// typed filters timed, as the browser filters them.
if CommandLine.arguments.dropFirst().first == "--picker", let dir = CommandLine.arguments.dropFirst(2).first {
    let corpus = measure("load \(dir)") { CorpusLoader.load(paths: [dir]) }
    let context = measure("browser context + catalog") { BrowserContext(corpus: corpus) }
    print("  \(context.catalog.entries.count) meetings")
    for typed in ["2017-05", "may 18", "washington kelly", "availabilty"] {
        var worst = 0.0
        var kept = 0
        for end in typed.indices.dropFirst() + [typed.endIndex] {
            let start = DispatchTime.now().uptimeNanoseconds
            kept = context.catalog.filter(String(typed[..<end])).count
            worst = max(worst, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        print("  picker '\(typed)': slowest keystroke " + String(format: "%.2f ms", worst) + ", \(kept) kept")
    }
    exit(0)
}

// `parley-bench --parse DIR`: the stages every command pays on a folder of transcripts, timed apart:
// reading and parsing the files, grouping meetings and resolving speakers, and building the search index.
if CommandLine.arguments.dropFirst().first == "--parse", let dir = CommandLine.arguments.dropFirst(2).first {
    ParseBenchmark.run(folder: dir)
    exit(0)
}

// `parley-bench --timeline DIR [SPEAKER] [QUERY]`: timelines on a folder of transcripts: the counts they
// read (once per corpus), then one speaker with and without a search, and a search across everyone, each
// timed cold and again warm; then the browser's timeline view built from a ready context.
if CommandLine.arguments.dropFirst().first == "--timeline", let dir = CommandLine.arguments.dropFirst(2).first {
    let query = SearchQuery(CommandLine.arguments.dropFirst(4).first ?? "cartels")
    let corpus = measure("load \(dir)") { CorpusLoader.load(paths: [dir]) }
    let index = measure("build search index") { SearchIndex(corpus: corpus) }
    let counts = measure("archive counts") { ArchiveCounts(corpus: corpus) }
    // By default the person who spoke at the most meetings: the longest timeline.
    let person =
        CommandLine.arguments.dropFirst(3).first.flatMap { try? corpus.findPerson($0).id }
        ?? corpus.people.max { counts.meetings(of: $0.id).count < counts.meetings(of: $1.id).count }!.id
    print("  \(corpus.meetings.count) meetings; following \(person); query '\(query.text)'")
    for round in ["cold", "warm"] {
        let alone = measure("timeline \(person) (\(round))") { Timeline.person(person, corpus: corpus, index: index, counts: counts) }
        let searched = measure("timeline \(person) '\(query.text)' (\(round))") {
            Timeline.person(person, query: query, corpus: corpus, index: index, counts: counts)
        }
        let all = measure("timeline --all '\(query.text)' (\(round))") {
            Timeline.term(query, corpus: corpus, index: index, counts: counts)
        }
        if round == "cold" {
            print(
                "  \(alone.rows.count) meetings; \(searched.totalHits ?? 0) hits of theirs; \(all.totalHits ?? 0) hits at \(all.rows.count) meetings"
            )
        }
    }
    let context = measure("browser context") { BrowserContext(corpus: corpus) }
    var state = BrowserState(size: Size(width: 200, height: 60), meetings: [0, min(1, corpus.meetings.count - 1)], themeName: "dark")
    state.speaker = person
    state.view = .timeline
    measure("view: first (counts + rows)") { state.list(context: context) }
    state.search.query = query.text
    measure("view: with search") { state.list(context: context) }
    state.speaker = nil
    measure("view: --all (everyone)") { state.list(context: context) }
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
let lines = measure("kwic 'border'") { Concordance.lines(corpus: corpus, index: index, query: SearchQuery("border"), sort: .left) }
print("  \(lines.count) lines")
let alignment = measure("align kelly") { PassageAlignment.align(corpus: corpus, speaker: "kelly") }
print("  \(alignment?.pairs.count ?? 0) pairs")
let tracer = measure("quote tracer: index") { QuoteTracer(corpus: corpus) }
let traces = measure("quote tracer: trace all") { tracer.traceAll() }
print("  \(traces.count) units, \(traces.filter { $0.source != nil }.count) matched")
