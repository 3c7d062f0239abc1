import Foundation
import ParleyModel
import ParleyUI

/// What one fuzz input is put through: read as files, parsed into a corpus, and every analysis run
/// over that corpus, with the invariants the program relies on checked (a broken one traps, which the
/// fuzzer reports as a crash).
///
/// An input is up to three parts separated by NUL bytes: a first text, a second text (so two meetings
/// can be compared) and a `speakers.toml`.
enum CorpusFuzzing {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        var sources: [(name: String, text: String)] = []
        for (number, part) in parts.prefix(2).enumerated() {
            let name = "input-\(number).txt"
            if case .success(let text) = CorpusLoader.decode(Data(part), name: name) {
                sources.append((name, text))
            }
        }
        var speakers = SpeakersFile(entries: [])
        if parts.count == 3, let toml = String(validating: parts[2], as: UTF8.self) {
            let (file, problems) = SpeakersFile.parse(toml: toml, fileName: SpeakersFile.fileName)
            precondition(problems.allSatisfy { !$0.message.isEmpty }, "a speakers.toml problem without a message")
            speakers = file
        }
        analyse(CorpusLoader.build(sources: sources, speakers: speakers))
    }

    static func analyse(_ corpus: Corpus) {
        for passage in corpus.allPassages() {
            precondition(corpus.paragraph(passage.ref) == passage.paragraph, "a passage reference does not lead back to its paragraph")
            let text = passage.paragraph.text
            for range in SentenceSplitter.sentences(in: text) + SentenceSplitter.quotedSpans(in: text) {
                precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "a sentence outside its paragraph")
            }
            draw(text)
        }
        let index = SearchIndex(corpus: corpus)
        for query in queries(from: corpus) {
            for hit in index.hits(for: query) {
                let text = corpus.paragraph(hit.ref).text
                precondition(hit.range.lowerBound >= 0 && hit.range.upperBound <= text.count, "a hit outside its paragraph")
            }
            let lines = Concordance.lines(corpus: corpus, index: index, query: query, width: 12)
            for sort in [ConcordanceSort.speaker, .left, .right] {
                precondition(Concordance.sorted(lines, by: sort).count == lines.count, "sorting lost or made up lines")
            }
        }
        _ = SpeakerStatistics.compute(corpus: corpus)
        for person in corpus.people.prefix(4) {
            _ = PassageAlignment.align(corpus: corpus, speaker: person.id)
            _ = try? corpus.findPerson(person.name)
            _ = try? corpus.findPerson(person.id)
        }
        for meeting in corpus.meetings {
            _ = try? corpus.findMeeting(meeting.id)
        }
        let tracer = QuoteTracer(corpus: corpus)
        for trace in tracer.traceAll() {
            if let source = trace.source {
                _ = corpus.paragraph(source.ref)
                _ = WordDiff.diff(quote: trace.unit.text, source: source.text)
            }
        }
    }

    /// A few queries of each kind (word, phrase, prefix, exact case) built from the corpus's own words.
    private static func queries(from corpus: Corpus) -> [SearchQuery] {
        let words = corpus.allPassages().prefix(6).flatMap { Tokenizer.words(in: $0.paragraph.text).prefix(2) }.map(String.init)
        var queries = words.prefix(4).map { SearchQuery($0) }
        if words.count >= 2 {
            queries.append(SearchQuery("\"\(words[0]) \(words[1])\""))
            queries.append(SearchQuery(String(words[1].prefix(2)) + "*", caseMode: .smart))
            queries.append(SearchQuery(words[0].uppercased(), caseMode: .sensitive))
        }
        return queries
    }

    /// Draws text into a narrow grid: every column accounted for, nothing raw left in a cell.
    private static func draw(_ text: String) {
        var grid = Grid(size: Size(width: 17, height: 1))
        let used = grid.put(text, x: 0, y: 0, role: .text)
        precondition(used <= 17, "text drawn past its limit")
        for cell in grid.cells {
            precondition(!cell.text.unicodeScalars.contains(where: VisibleText.isUnsafe), "a raw control in a cell")
        }
        for line in TextWrapper.wrap([StyledSegment(text, role: .text)], width: 9) {
            let drawn = line.segments.map(\.text).joined()
            precondition(DisplayWidth.of(drawn) <= 9 || drawn.count == 1, "a wrapped line wider than its width")
        }
    }
}
