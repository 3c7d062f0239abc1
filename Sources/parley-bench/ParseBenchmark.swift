import Foundation
import ParleyModel

/// The stages every command pays before it can answer, on a folder of transcripts: reading the files,
/// parsing them, grouping meetings and resolving speakers, and building the search index. Each is timed
/// apart and given in MB/s of source text, so a slow stage shows as itself.
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
        func report(_ stage: String, _ seconds: Double) {
            let padded = stage.padding(toLength: 24, withPad: " ", startingAt: 0)
            print(padded + String(format: "%8.2f s %9.1f MB/s   peak RSS %7.1f MiB", seconds, megabytes / seconds, maxRSS()))
        }
        report("read", read)
        var parsed: [Result<ParsedDocument, LoadProblem>] = []
        let parse = time { parsed = CorpusLoader.parse(sources: sources) }
        report("parse", parse)
        report("read + parse", read + parse)
        var corpus: Corpus? = nil
        let assemble = time { corpus = CorpusLoader.assemble(parsed) }
        parsed = []
        report("group + resolve", assemble)
        var index: SearchIndex? = nil
        let indexing = time { index = SearchIndex(corpus: corpus!) }
        report("search index", indexing)
        report("total", read + parse + assemble + indexing)
        print(
            "  \(corpus!.documents.count) documents, \(corpus!.meetings.count) meetings, \(corpus!.people.count) people, "
                + "\(corpus!.problems.count) problems, \(index!.passages.count) passages")
    }

    private static func time(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
    }
}
