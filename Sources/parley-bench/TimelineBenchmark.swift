import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench --timeline DIR [SPEAKER] [QUERY]`: timelines on a folder of transcripts, read through the
/// corpus store as `parley` reads them (warm when the store is). First in this process: the counts they
/// read (once per corpus), then one speaker with and without a search and a search across everyone, each
/// twice, as `parley timeline` computes them; then the browser's timeline view from a ready context. Then
/// whole `parley timeline` runs (needs `parley` beside this program), against `parley meetings`, which loads
/// the same corpus and does nothing else, so that the difference is the timeline's own; and the browser's
/// timeline of the search, from its key to its screen.
enum TimelineBenchmark {
    static func run(folder: String, speaker: String?, query text: String?) {
        let environment = ProcessInfo.processInfo.environment
        let query = SearchQuery(text ?? "cartels")
        let corpus = measure("load \(folder)") {
            CorpusLoader.load(paths: [folder], cache: .standard(environment: environment))
        }
        print("  \(corpus.meetings.count) meetings; the store's full-text index \(corpus.textIndex == nil ? "is not" : "is") used")
        let counts = measure("archive counts") { ArchiveCounts(corpus: corpus) }
        // By default the person who spoke at the most meetings: the longest timeline.
        let person =
            speaker.flatMap { try? corpus.findPerson($0).id }
            ?? corpus.people.max { counts.meetings(of: $0.id).count < counts.meetings(of: $1.id).count }!.id
        print("  following \(person); query '\(query.text)'")
        for round in ["first", "again"] {
            let alone = measure("timeline \(person) (\(round))") { Timeline.person(person, corpus: corpus, counts: counts) }
            let searched = measure("timeline \(person) '\(query.text)' (\(round))") {
                Timeline.person(person, query: query, corpus: corpus, counts: counts)
            }
            let all = measure("timeline --all '\(query.text)' (\(round))") { Timeline.term(query, corpus: corpus, counts: counts) }
            if round == "first" {
                print(
                    "  \(alone.rows.count) meetings; \(searched.totalHits ?? 0) hits of theirs; "
                        + "\(all.totalHits ?? 0) hits at \(all.rows.count) meetings")
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

        let parley = ArchiveBenchmark.parleyProgram()
        guard FileManager.default.isExecutableFile(atPath: parley) else { return }
        print("")
        print("whole runs, median of 3 (time, peak memory):")
        let runs: [(String, [String])] = [
            ("parley meetings (load only)", ["meetings"]),
            ("parley timeline \(person)", ["timeline", person]),
            ("parley timeline \(person) \(query.text)", ["timeline", person, query.text]),
            ("parley timeline --all \(query.text)", ["timeline", "--all", query.text]),
        ]
        for (label, arguments) in runs {
            let run = ArchiveBenchmark.median(3) { ChildProcess.run([parley] + arguments + ["--corpus", folder]) }
            print("  " + ArchiveBenchmark.pad(label, 40) + ArchiveBenchmark.Row.figure(run))
        }
        // As a user meets it: the search typed into the browser, then the key that opens its timeline.
        let browser = ArchiveBenchmark.median(3) {
            FirstScreen.measure(
                [parley, "--corpus", folder], marker: ArchiveBenchmark.parleyMarker, rows: 60, columns: 200,
                typing: ["/\(query.text)\r", "W"])
        }
        print("  " + ArchiveBenchmark.pad("browser: W after /\(query.text) (to screen)", 40) + ArchiveBenchmark.Row.figure(browser))
    }
}
