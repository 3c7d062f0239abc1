import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench --picker [DIR] [--meetings N]`: the meeting picker, every keystroke of a few typed filters
/// timed as the browser handles it: the key applied to the state, then the whole screen drawn, at 80×24 and
/// 200×60. Without DIR, over a synthetic archive of N meetings on distinct days (3,420 unless given).
enum PickerBenchmark {
    /// What a user types: dates in both forms, a place and a person, and a misspelling the fuzzy match takes.
    static let typed = ["2017-05", "2009-11-2", "may 18", "washington kelly", "availabilty", "monterey"]

    static func run(arguments: [String]) {
        var folder: String?
        var count = 3420
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--meetings", let n = rest.popFirst().flatMap({ Int($0) }), n > 0 {
                count = n
            } else {
                folder = argument
            }
        }
        let corpus: Corpus
        if let folder {
            corpus = measure("load \(folder)") { CorpusLoader.load(paths: [folder]) }
        } else {
            let sources = measure("write \(count) transcripts") { SyntheticArchive.sources(meetings: count) }
            corpus = measure("parse \(count) transcripts") { CorpusLoader.build(sources: sources) }
        }
        let context = measure("browser context + catalog") { BrowserContext(corpus: corpus) }
        // The search index is built in the background; waiting for it keeps it off the timings.
        _ = context.index
        print("  \(context.catalog.entries.count) meetings in the picker")
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            print("  at \(size.width)×\(size.height): key applied and screen drawn, slowest of each filter's keystrokes")
            for text in typed {
                let (slowest, filterOnly, kept) = keystrokes(text, size: size, context: context)
                print(
                    "    '\(text)'".padding(toLength: 24, withPad: " ", startingAt: 0)
                        + String(format: "%6.2f ms  (filter alone %5.2f ms)  %5d kept", slowest, filterOnly, kept))
            }
        }
    }

    /// Types `text` into a fresh picker: the slowest keystroke (apply and draw), the slowest filter alone,
    /// and how many meetings the whole text keeps.
    static func keystrokes(_ text: String, size: Size, context: BrowserContext) -> (Double, Double, Int) {
        var state = BrowserState(size: size, meetings: [0, min(1, context.corpus.meetings.count - 1)], themeName: "dark")
        state.apply(.openMeetingPicker, context: context)
        _ = BrowserRenderer.render(state, context: context)
        var slowest = 0.0
        var filterOnly = 0.0
        var typed = ""
        for character in text {
            typed.append(character)
            let start = DispatchTime.now().uptimeNanoseconds
            state.apply(.promptInput(character), context: context)
            _ = BrowserRenderer.render(state, context: context)
            slowest = max(slowest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            let filterStart = DispatchTime.now().uptimeNanoseconds
            _ = context.catalog.filter(typed)
            filterOnly = max(filterOnly, Double(DispatchTime.now().uptimeNanoseconds - filterStart) / 1_000_000)
        }
        return (slowest, filterOnly, context.catalog.filter(text).count)
    }
}
