import Foundation

/// `parley-bench archive DIR [WORD]`: parley on a folder of transcripts side by side with the tools a
/// user would otherwise reach for, in one run so that a busy machine slows both alike: `less` against
/// parley's first screen (cold, with an empty cache, and warm), and `rg -w -i` against `parley search`, of
/// the word asked for and of "the", found in nearly every paragraph.
/// Needs `parley` beside this program (the same build) and `less` and `rg` on PATH.
enum ArchiveBenchmark {
    /// Text on parley's key-hint line, the last line it draws.
    static let parleyMarker = "help"

    static func run(folder: String, word: String) {
        let files = transcriptFiles(in: folder)
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("parley-bench: \(folder): no .txt, .html or .htm files\n".utf8))
            exit(1)
        }
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let megabytes = Double(bytes) / 1_048_576
        print(String(format: "corpus: %@, %d files, %.1f MB; word: %@", folder, files.count, megabytes, word))

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let joined = joinedText(files, in: scratch)
        let parley = parleyProgram()
        let cache = scratch.appendingPathComponent("cache").path
        let withCache = ["XDG_CACHE_HOME": cache]

        var rows: [Row] = []
        let less = median(3) { FirstScreen.measure(["less", joined.path]) }
        let builtIn = median(3) { FirstScreen.measure([parley], marker: parleyMarker, environment: withCache) }
        rows.append(Row("first screen, built-in corpus", parley: builtIn, other: nil))
        let cold = FirstScreen.measure([parley, "--corpus", folder], marker: parleyMarker, environment: withCache)
        rows.append(Row("first screen, cold (empty cache)", parley: cold, other: less))
        let warm = median(3) { FirstScreen.measure([parley, "--corpus", folder], marker: parleyMarker, environment: withCache) }
        rows.append(Row("first screen, warm", parley: warm, other: less))

        let rg = median(3) { ChildProcess.run(["rg", "-c", "-w", "-i", word, folder]) }
        let rgHits = ChildProcess.run(["rg", "-o", "-w", "-i", "--no-filename", word, folder]).output.split(separator: "\n").count
        try? FileManager.default.removeItem(atPath: cache)
        let coldSearch = ChildProcess.run([parley, "search", word, "--json", "--corpus", folder], environment: withCache)
        rows.append(Row("search, cold (empty cache)", parley: coldSearch, other: rg))
        let warmSearch = median(3) { ChildProcess.run([parley, "search", word, "--json", "--corpus", folder], environment: withCache) }
        rows.append(Row("search, warm", parley: warmSearch, other: rg))
        // As a reader runs them, each printing every hit as text; then a word in nearly every paragraph,
        // whose memory is the one to watch.
        for searched in [word, "the"] {
            let rgText = median(3) { ChildProcess.run(["rg", "-w", "-i", searched, folder], keepingOutput: false) }
            let textSearch = median(3) {
                ChildProcess.run([parley, "search", searched, "--corpus", folder], environment: withCache, keepingOutput: false)
            }
            rows.append(Row("search, warm, \"\(searched)\" as text", parley: textSearch, other: rgText))
        }

        print("")
        print(pad("", 34) + pad("parley", 22) + pad("less / rg", 22) + "parley ÷ other")
        for row in rows { print(row.line) }
        print("")
        print("hits: parley search \(total(in: warmSearch.output).map(String.init) ?? "?"), rg -o -w -i \(rgHits)")
        print(String(format: "end to end, cold search: %.1f MB/s", megabytes / (coldSearch.milliseconds / 1000)))
        if let size = folderSize(cache) { print(String(format: "cache on disk: %.1f MB", Double(size) / 1_048_576)) }
    }

    struct Row {
        var label: String
        var parley: ChildRun
        var other: ChildRun?

        init(_ label: String, parley: ChildRun, other: ChildRun?) {
            self.label = label
            self.parley = parley
            self.other = other
        }

        var line: String {
            var text = ArchiveBenchmark.pad(label, 34) + ArchiveBenchmark.pad(Self.figure(parley), 22)
            guard let other else { return text }
            text += ArchiveBenchmark.pad(Self.figure(other), 22)
            text += String(format: "%.1f×", parley.milliseconds / max(other.milliseconds, 0.001))
            return text
        }

        static func figure(_ run: ChildRun) -> String {
            let time =
                run.milliseconds < 10_000 ? String(format: "%.0f ms", run.milliseconds) : String(format: "%.1f s", run.milliseconds / 1000)
            return time + String(format: ", %.0f MiB", run.peakMiB) + (run.exitStatus == 0 ? "" : " (exit \(run.exitStatus))")
        }
    }

    /// The run with the median time of `count` runs.
    static func median(_ count: Int, _ run: () -> ChildRun) -> ChildRun {
        let runs = (0..<count).map { _ in run() }.sorted { $0.milliseconds < $1.milliseconds }
        return runs[runs.count / 2]
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// The `total` of `parley search --json` output.
    static func total(in json: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        return object["total"] as? Int
    }

    static func transcriptFiles(in folder: String) -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walk.compactMap { $0 as? String }
            .filter { ["txt", "html", "htm"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    static func folderSize(_ folder: String) -> Int? {
        guard let walk = FileManager.default.enumerator(atPath: folder) else { return nil }
        let sizes = walk.compactMap { $0 as? String }.map {
            (try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent($0))[.size] as? Int) ?? 0
        }
        return sizes.isEmpty ? nil : sizes.reduce(0, +)
    }

    /// The files' text as one file in `scratch`, for less: it has no notion of a folder of transcripts.
    static func joinedText(_ files: [String], in scratch: URL) -> URL {
        let joined = scratch.appendingPathComponent("all.txt")
        _ = FileManager.default.createFile(atPath: joined.path, contents: nil)
        if let out = try? FileHandle(forWritingTo: joined) {
            for file in files { if let data = FileManager.default.contents(atPath: file) { out.write(data) } }
            try? out.close()
        }
        return joined
    }

    /// A program built beside this one.
    /// The parley to measure: `PARLEY` in the environment, such as the build `make install` makes (with the
    /// Swift runtime linked in, which starts faster), else the one built beside this benchmark.
    static func parleyProgram() -> String {
        ProcessInfo.processInfo.environment["PARLEY"].flatMap { $0.isEmpty ? nil : $0 } ?? siblingProgram("parley")
    }

    static func siblingProgram(_ name: String) -> String {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folder =
            FileManager.default.fileExists(atPath: me.path)
            ? me.deletingLastPathComponent() : URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return folder.appendingPathComponent(name).path
    }
}
