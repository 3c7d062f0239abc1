import Foundation

/// `parley-bench first-screen DIR [RUNS]`: the browser's first complete screen on a folder whose corpus store
/// is already up to date, timed alone (no cold runs, no searches from the command line), with `less` on the
/// same text for scale; and the browser's peak memory once it has shown a search typed into it.
enum FirstScreenBenchmark {
    static func run(folder: String, runs: Int) {
        let files = ArchiveBenchmark.transcriptFiles(in: folder)
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("parley-bench: \(folder): no .txt, .html or .htm files\n".utf8))
            exit(1)
        }
        let parley = ArchiveBenchmark.parleyProgram()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let joined = ArchiveBenchmark.joinedText(files, in: scratch)
        print("corpus: \(folder), \(files.count) files; \(runs) runs each, median shown")
        let less = ArchiveBenchmark.median(runs) { FirstScreen.measure(["less", joined.path]) }
        let builtIn = ArchiveBenchmark.median(runs) { FirstScreen.measure([parley], marker: ArchiveBenchmark.parleyMarker) }
        // One run warms the store if it is not (its time is not counted).
        _ = FirstScreen.measure([parley, "--corpus", folder], marker: ArchiveBenchmark.parleyMarker)
        let warm = ArchiveBenchmark.median(runs) {
            FirstScreen.measure([parley, "--corpus", folder], marker: ArchiveBenchmark.parleyMarker)
        }
        let searched = FirstScreen.measure([parley, "--corpus", folder], marker: ArchiveBenchmark.parleyMarker, typing: ["/cartels\r"])
        // Each cold run starts from an empty cache of its own.
        let emptyCache = scratch.appendingPathComponent("cold-cache").path
        let cold = ArchiveBenchmark.median(runs) {
            try? FileManager.default.removeItem(atPath: emptyCache)
            return FirstScreen.measure(
                [parley, "--corpus", folder], marker: ArchiveBenchmark.parleyMarker, environment: ["XDG_CACHE_HOME": emptyCache])
        }
        print("")
        print(ArchiveBenchmark.pad("", 34) + ArchiveBenchmark.pad("parley", 22) + ArchiveBenchmark.pad("less", 22) + "parley ÷ less")
        for row in [
            ArchiveBenchmark.Row("first screen, built-in corpus", parley: builtIn, other: nil),
            ArchiveBenchmark.Row("first screen, warm", parley: warm, other: less),
            ArchiveBenchmark.Row("first screen, cold (empty cache)", parley: cold, other: less),
            ArchiveBenchmark.Row("then /cartels Enter (keys to screen)", parley: searched, other: nil),
        ] {
            print(row.line)
        }
    }
}
