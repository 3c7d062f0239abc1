import Foundation
import ParleyModel

/// The stages every command pays before it can answer, on a folder of transcripts: reading the files,
/// parsing them, grouping meetings and resolving speakers; then the whole of a first load into a new
/// corpus store, which also writes the parsed files and their full-text index. Each is timed apart and
/// given in MB/s of source text, so a slow stage shows as itself.
enum ParseBenchmark {
    static func run(folder: String) {
        let root = URL(fileURLWithPath: folder)
        let names = ((try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        var sources: [(name: String, text: String)] = []
        let read = time {
            for name in names {
                guard let data = try? Data(contentsOf: root.appendingPathComponent(name)),
                    case .success(let text) = CorpusLoader.decode(data, name: name)
                else { continue }
                sources.append(((name as NSString).lastPathComponent, text))
            }
        }
        let bytes = sources.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        print(String(format: "%d files, %.1f MB, %d cores", sources.count, megabytes, ProcessInfo.processInfo.activeProcessorCount))
        // CPU time beside wall time: on a shared machine the wall clock counts other people's work too, and
        // MB per CPU second is the speed of one core.
        func report(_ stage: String, _ seconds: (wall: Double, cpu: Double)) {
            let padded = stage.padding(toLength: 16, withPad: " ", startingAt: 0)
            let figures = String(
                format: "%7.2f s wall %8.1f MB/s   %7.2f s CPU %8.1f MB/s per core   peak RSS %7.1f MiB", seconds.wall,
                megabytes / seconds.wall, seconds.cpu, megabytes / seconds.cpu, maxRSS())
            print(padded + figures)
        }
        report("read", read)
        var parsed: [Result<ParsedDocument, LoadProblem>] = []
        let parse = time { parsed = CorpusLoader.parse(sources: sources) }
        report("parse", parse)
        report("read + parse", (read.wall + parse.wall, read.cpu + parse.cpu))
        var corpus: Corpus? = nil
        let assemble = time { corpus = CorpusLoader.assemble(parsed) }
        parsed = []
        report("group + resolve", assemble)
        let passages = corpus!.documents.reduce(0) { $0 + $1.paragraphCount }
        print(
            "  \(corpus!.documents.count) documents, \(corpus!.meetings.count) meetings, \(corpus!.people.count) people, "
                + "\(corpus!.problems.count) problems, \(passages) passages")
        corpus = nil
        // As a first `parley` on the folder does it: the same stages, and the store written and indexed.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        var stored: Corpus? = nil
        let cold = time { stored = CorpusLoader.load(paths: [root.path], cache: .folder(cache)) }
        report("first load", cold)
        let stages = (wall: read.wall + parse.wall + assemble.wall, cpu: read.cpu + parse.cpu + assemble.cpu)
        report("  store + index", (max(0.001, cold.wall - stages.wall), max(0.001, cold.cpu - stages.cpu)))
        stored?.cacheNotices.forEach { print("  notice: \($0)") }
    }

    private static func time(_ work: () -> Void) -> (wall: Double, cpu: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = cpuSeconds()
        work()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000, cpuSeconds() - startCPU)
    }

    /// User and system time of all the process's threads so far.
    private static func cpuSeconds() -> Double {
        let usage = ownUsage()
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
