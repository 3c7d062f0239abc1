import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench keystrokes DIR [WORD...]`: the browser's model on a folder, without a terminal: the first
/// frame, then each key of an incremental search timed from the key to the redrawn grid, as the browser
/// does it (the update, then the renderer), with the peak memory. The corpus comes through the store as
/// the environment says, so a warm store is used as it is.
enum KeystrokeBenchmark {
    static func run(folder: String, words: [String]) {
        let environment = ProcessInfo.processInfo.environment
        let corpus = measure("load \(folder) (store)") {
            CorpusLoader.load(paths: [folder], cache: CorpusCacheSetting.standard(environment: environment))
        }
        let context = measure("browser context") { BrowserContext(corpus: corpus) }
        let size = Size(width: 200, height: 60)
        let meetings = Array(context.transcriptMeetings.prefix(2))
        guard meetings.count == 2 else {
            FileHandle.standardError.write(Data("parley-bench: \(folder): fewer than two meetings with transcripts\n".utf8))
            exit(1)
        }
        let turns = meetings.map { corpus.turns(of: corpus.meetings[$0]).count }
        print("  panes: \(meetings.map { corpus.meetings[$0].id }.joined(separator: " ⟷ ")), \(turns[0]) and \(turns[1]) turns")
        var state = BrowserState(size: size, meetings: meetings, themeName: "dark")
        measure("first frame (update + render)") {
            state.apply(.resize(size), context: context)
            _ = BrowserRenderer.render(state, context: context)
        }
        measure("word index of both meetings") {
            context.prepare(meetings: meetings)
            while !context.isSearchReady(meetings: meetings) { usleep(1000) }
        }
        // Counting alone, for the commonest words, in each pane's layout: the part of a key a frequent
        // word costs most.
        for word in ["and", "of", "to", "a"] {
            let start = DispatchTime.now().uptimeNanoseconds
            let counts = meetings.map { context.layout(meeting: $0, speaker: nil, width: 96, query: SearchQuery(word)).matches.count }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            print(String(format: "  matches of '%@' in both panes: %.1f ms (%d + %d)", word, ms, counts[0], counts[1]))
        }
        for word in words {
            var times: [Double] = []
            var updates: [Double] = []
            var redraws: [Double] = []
            let keys: [BrowserAction] =
                [.beginSearch] + word.map { .promptInput($0) } + [.promptAccept, .nextMatch, .nextMatch, .previousMatch]
            for key in keys {
                let start = DispatchTime.now().uptimeNanoseconds
                state.apply(key, context: context)
                let updated = DispatchTime.now().uptimeNanoseconds
                _ = BrowserRenderer.render(state, context: context)
                let drawn = DispatchTime.now().uptimeNanoseconds
                times.append(Double(drawn - start) / 1_000_000)
                updates.append(Double(updated - start) / 1_000_000)
                // The same frame again: what drawing costs once every layout it needs is made.
                _ = BrowserRenderer.render(state, context: context)
                redraws.append(Double(DispatchTime.now().uptimeNanoseconds - drawn) / 1_000_000)
            }
            let status = BrowserRenderer.render(state, context: context).row(size.height - 1).trimmingCharacters(in: .whitespaces)
            let shown = times.map { String(format: "%.1f", $0) }.joined(separator: " ")
            print("  /\(word): ms per key (/, letters, Enter, n, n, N): \(shown)")
            print("    of which the update: \(updates.map { String(format: "%.1f", $0) }.joined(separator: " "))")
            print("    the same frame drawn again: \(redraws.map { String(format: "%.1f", $0) }.joined(separator: " "))")
            print("    slowest \(String(format: "%.1f", times.max() ?? 0)) ms; status: \(status.prefix(90))")
            print(String(format: "    max RSS %.1f MiB", maxRSS()))
            state.apply(.clearSearch, context: context)
        }
    }
}
