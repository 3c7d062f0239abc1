import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench --picker [DIR] [--meetings N]`: the meeting picker, every keystroke of a few typed filters
/// timed as the browser handles it: the key applied to the state, then the whole screen drawn, at 80×24 and
/// 200×60. Without DIR, over a synthetic archive of N meetings on distinct days (3,420 unless given), each
/// a short transcript: the picker reads meetings, not their length. Each keystroke's figure is the CPU time
/// of this thread (what the key costs, whatever else the machine runs) and its elapsed time, the median of
/// five tries; the slowest keystroke of each filter is shown, and the median keystroke of them all.
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
            let sources = measure("write \(count) transcripts") { SyntheticArchive.sources(meetings: count, paragraphs: 40) }
            corpus = measure("parse \(count) transcripts") { CorpusLoader.build(sources: sources) }
        }
        let context = measure("browser context + catalog") { BrowserContext(corpus: corpus) }
        // The quotes are traced in the background; waiting keeps them off the timings.
        context.waitUntilQuotesAreTraced()
        print("  \(context.catalog.entries.count) meetings in the picker")
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            print("  at \(size.width)×\(size.height): key applied and screen drawn; slowest keystroke of each filter, median of 5")
            var worst = 0.0
            var every: [Double] = []
            for text in typed {
                let (cpu, elapsed, filterOnly, kept, each) = keystrokes(text, size: size, context: context)
                worst = max(worst, cpu)
                every += each
                print(
                    "    '\(text)'".padding(toLength: 24, withPad: " ", startingAt: 0)
                        + String(format: "%6.2f ms CPU  %6.2f ms elapsed", cpu, elapsed)
                        + String(format: "  (filter alone %5.2f ms CPU)  %5d kept", filterOnly, kept))
            }
            print(
                String(
                    format: "  slowest keystroke at %d×%d: %.2f ms CPU (budget 16 ms), median keystroke %.2f ms CPU", size.width,
                    size.height, worst, median(every)))
        }
    }

    /// This thread's CPU time so far, in milliseconds.
    static func threadMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// Types `text` into a fresh picker: for the slowest keystroke (apply and draw) its CPU and elapsed
    /// milliseconds, the slowest filter alone, how many meetings the whole text keeps, and every
    /// keystroke's CPU milliseconds.
    static func keystrokes(_ text: String, size: Size, context: BrowserContext) -> (Double, Double, Double, Int, [Double]) {
        var start = BrowserState(size: size, meetings: [0, min(1, context.corpus.meetings.count - 1)], themeName: "dark")
        start.apply(.openMeetingPicker, context: context)
        _ = BrowserRenderer.render(start, context: context)
        var slowest = (cpu: 0.0, elapsed: 0.0)
        var filterOnly = 0.0
        var each: [Double] = []
        var typed = ""
        for character in text {
            var cpu: [Double] = []
            var elapsed: [Double] = []
            var filtering: [Double] = []
            for _ in 0..<5 {
                // As when typing: the picker last filtered what was typed before this key.
                _ = context.catalog.filter(typed)
                var state = start
                let cpuStart = threadMilliseconds()
                let wallStart = DispatchTime.now().uptimeNanoseconds
                state.apply(.promptInput(character), context: context)
                _ = BrowserRenderer.render(state, context: context)
                cpu.append(threadMilliseconds() - cpuStart)
                elapsed.append(Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1_000_000)
                _ = context.catalog.filter(typed)
                let filterStart = threadMilliseconds()
                _ = context.catalog.filter(typed + String(character))
                filtering.append(threadMilliseconds() - filterStart)
            }
            typed.append(character)
            start.apply(.promptInput(character), context: context)
            each.append(median(cpu))
            if median(cpu) > slowest.cpu { slowest = (median(cpu), median(elapsed)) }
            filterOnly = max(filterOnly, median(filtering))
        }
        return (slowest.cpu, slowest.elapsed, filterOnly, context.catalog.filter(text).count, each)
    }
}
