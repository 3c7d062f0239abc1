import Foundation
import ParleyModel
import ParleyUI

/// The checks of a fuzz input: what it is read as, which analysis runs over it, and the invariants the
/// program relies on (a broken one traps, which the fuzzer reports as a crash).
///
/// Checks over a corpus read the input as `typed NUL text NUL text NUL speakers.toml`: the first part
/// is what a user would type (a query, a name), the two texts make two meetings to compare.
enum CorpusFuzzing {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let input = FuzzInput(bytes) else { return }
        switch input.check {
        case .corpus: checkReferences(corpus(input), typed: input.text(0))
        case .search: search(corpus(input), typed: input.text(0))
        case .statistics: _ = SpeakerStatistics.compute(corpus: corpus(input))
        case .alignment: align(corpus(input), typed: input.text(0))
        case .quotes: traceQuotes(corpus(input))
        case .drawing: TextFuzzing.draw(input.text(0))
        case .wordDiff: TextFuzzing.diff(input.text(0), input.text(1))
        case .speakersFile: _ = speakers(input.text(0))
        case .webPage: readWebPage(input.parts.first.map { Data($0) } ?? Data())
        }
    }

    /// The corpus the loader builds from parts 1 and 2 (texts, decoded as files are) and part 3 (`speakers.toml`).
    private static func corpus(_ input: FuzzInput) -> Corpus {
        var sources: [(name: String, text: String)] = []
        for number in 1...2 where input.parts.indices.contains(number) {
            let name = "input-\(number).txt"
            if case .success(let text) = CorpusLoader.decode(Data(input.parts[number]), name: name) {
                sources.append((name, text))
            }
        }
        let file = input.parts.indices.contains(3) ? speakers(input.text(3)) : SpeakersFile(entries: [])
        return CorpusLoader.build(sources: sources, speakers: file)
    }

    private static func speakers(_ toml: String) -> SpeakersFile {
        let (file, problems) = SpeakersFile.parse(toml: toml, fileName: SpeakersFile.fileName)
        precondition(problems.allSatisfy { !$0.message.isEmpty }, "a speakers.toml problem without a message")
        return file
    }

    private static func checkReferences(_ corpus: Corpus, typed: String) {
        precondition(corpus.problems.allSatisfy { !$0.message.isEmpty }, "a load problem without a message")
        for passage in corpus.allPassages() {
            precondition(corpus.contains(passage.ref), "a passage outside its corpus")
            precondition(corpus.paragraph(passage.ref) == passage.paragraph, "a passage reference does not lead back to its paragraph")
            let text = passage.paragraph.text
            for range in SentenceSplitter.sentences(in: text) + SentenceSplitter.quotedSpans(in: text) {
                precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "a sentence outside its paragraph")
            }
        }
        for meeting in corpus.meetings {
            precondition((try? corpus.findMeeting(meeting.id))?.id == meeting.id, "a meeting not found by its own id")
            for document in corpus.transcripts(of: meeting) {
                precondition(corpus.documents.indices.contains(document), "a meeting's transcript outside the corpus")
            }
        }
        _ = try? corpus.findMeeting(typed)
        _ = try? corpus.findPerson(typed)
    }

    /// The typed query, and a few of each kind (word, phrase, prefix, exact case) built from the corpus's own words.
    private static func search(_ corpus: Corpus, typed: String) {
        let index = SearchIndex(corpus: corpus)
        let words = corpus.allPassages().prefix(6).flatMap { Tokenizer.words(in: $0.paragraph.text).prefix(2) }.map(String.init)
        var queries = [SearchQuery(typed), SearchQuery(typed, caseMode: .smart)] + words.prefix(2).map { SearchQuery($0) }
        if words.count >= 2 {
            queries.append(SearchQuery("\"\(words[0]) \(words[1])\""))
            queries.append(SearchQuery(String(words[1].prefix(2)) + "*", caseMode: .smart))
            queries.append(SearchQuery(words[0].uppercased(), caseMode: .sensitive))
        }
        for query in queries {
            for hit in index.hits(for: query) {
                let text = corpus.paragraph(hit.ref).text
                precondition(hit.range.lowerBound >= 0 && hit.range.upperBound <= text.count, "a hit outside its paragraph")
            }
            let lines = Concordance.lines(corpus: corpus, query: query, width: 12)
            precondition(lines.map(\.ref) == index.hits(for: query).map(\.ref), "the concordance's hits are not the index's")
            for sort in [ConcordanceSort.speaker, .left, .right] {
                precondition(Concordance.sorted(lines, by: sort).count == lines.count, "sorting lost or made up lines")
            }
        }
    }

    private static func align(_ corpus: Corpus, typed: String) {
        for person in corpus.people.prefix(4) {
            _ = PassageAlignment.align(corpus: corpus, speaker: person.id)
            precondition((try? corpus.findPerson(person.id))?.id == person.id, "a person not found by their own id")
            _ = try? corpus.findPerson(person.name)
        }
        if let person = try? corpus.findPerson(typed) {
            _ = PassageAlignment.align(corpus: corpus, speaker: person.id)
        }
    }

    private static func traceQuotes(_ corpus: Corpus) {
        for trace in QuoteTracer(corpus: corpus).traceAll() {
            if let source = trace.source {
                precondition(corpus.contains(source.ref), "a quotation traced to a passage outside the corpus")
                _ = WordDiff.diff(quote: trace.unit.text, source: source.text)
            }
        }
    }

    /// A page is read as the loader reads it, and its text then goes through the parser like any file.
    private static func readWebPage(_ data: Data) {
        _ = WebPage.looksLikeHTML(data)
        guard case .success(let page) = WebPage.read(data) else { return }
        let corpus = CorpusLoader.build(sources: [("input.html", page.text)])
        checkReferences(corpus, typed: page.title ?? "")
    }
}
