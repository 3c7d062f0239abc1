import Foundation
import Testing

@testable import ParleyModel

/// Timelines read as little as they can: words counted in one pass over the bytes, and only the
/// paragraphs the store's full-text index names searched. Neither may change a number.
struct TimelineReadingTests {
    static func paragraph(_ text: String, notes: [Range<Int>] = []) -> Paragraph {
        var runs: [TextRun] = []
        var at = 0
        for note in notes {
            if at < note.lowerBound { runs.append(TextRun(kind: .words, range: at..<note.lowerBound, interpreted: false)) }
            runs.append(TextRun(kind: .note, range: note, interpreted: false))
            at = note.upperBound
        }
        if at < text.count || runs.isEmpty { runs.append(TextRun(kind: .words, range: at..<text.count, interpreted: false)) }
        return Paragraph(text: text, runs: runs, source: SourceSpan(file: "t.txt", start: 0, end: text.count, line: 1, endLine: 1))
    }

    @Test(arguments: [
        "", "   ", "word", "two words", "  spaced   out  ", "— – … ” “", "U.S.-Mexico relations", "it’s 100 percent, 2017",
        "Peña Nieto señaló", "a\u{00A0}b\u{2003}c", "tab\tand\nnewline", "line\r\nbreak", "e\u{301}cole", "👍 good", "日本語 テキスト",
        "-- - 1 -x- ...", "«Sí» ¿qué?", "end.",
    ])
    func wordsCountedOnBytesAreWordCount(_ text: String) {
        let p = Self.paragraph(text)
        #expect(SpokenWordCount.of(p) == p.wordCount)
    }

    @Test func wordsInNotesAreLeftOutAsWordCountLeavesThemOut() {
        let cases: [(String, [Range<Int>])] = [
            ("We (inaudible) agree.", [3..<14]),
            ("(Via interpreter) Good afternoon.", [0..<17]),
            ("word(note)word", [4..<10]),
            ("Thank you. (Applause.)", [11..<22]),
            ("Peña (inaudible) señaló", [5..<16]),
            ("one\r\n(two) three", [4..<9]),
        ]
        for (text, notes) in cases {
            let p = Self.paragraph(text, notes: notes)
            #expect(SpokenWordCount.of(p) == p.wordCount, "\(text)")
        }
    }

    @Test func wordsOfEveryBuiltInParagraphAreWordCount() {
        let corpus = CorpusLoader.builtIn()
        let all = corpus.allPassages().map(\.paragraph)
        #expect(all.count > 100)
        #expect(all.filter { SpokenWordCount.of($0) != $0.wordCount }.map(\.text) == [])
    }

    @Test func countsPerMeetingAreTheTurnsWordCounts() {
        let corpus = CorpusLoader.builtIn()
        let counts = ArchiveCounts(corpus: corpus)
        for (m, meeting) in corpus.meetings.enumerated() {
            #expect(counts.meetingWords[m] == corpus.turns(of: meeting).reduce(0) { $0 + $1.turn.wordCount })
            for person in corpus.people {
                let (turns, words) = corpus.counts(person: person.id, meeting: meeting)
                #expect(counts.tally(person: person.id, meeting: m).turns == turns)
                #expect(counts.tally(person: person.id, meeting: m).words == words)
            }
        }
    }

    /// The timelines' archive written to a folder and read twice through a corpus store, the second time
    /// with the store's full-text index.
    static func storedCorpus(_ scratch: URL) throws -> Corpus {
        let folder = scratch.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in TimelineTests.sources {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let cache = CorpusCacheSetting.folder(scratch.appendingPathComponent("cache"))
        _ = CorpusLoader.load(paths: [folder.path], cache: cache)
        return CorpusLoader.load(paths: [folder.path], cache: cache)
    }

    @Test func theStoresCandidatesGiveTheHitsOfAFullScan() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-timeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stored = try Self.storedCorpus(scratch)
        try #require(stored.textIndex != nil)
        var unstored = stored
        unstored.textIndex = nil
        let counts = ArchiveCounts(corpus: stored)
        for text in ["cartels", "cartel*", "\"of the cartels\"", "trade energy", "nothing"] {
            let query = SearchQuery(text)
            // Through the store and without it: one answer.
            let ways = [stored, unstored]
            let terms = ways.map { Timeline.term(query, corpus: $0, counts: counts) }
            let people = ways.map { Timeline.person("smith", query: query, corpus: $0, counts: counts) }
            for t in terms.dropFirst() {
                #expect(t.rows == terms[0].rows && t.columns == terms[0].columns && t.columnTotals == terms[0].columnTotals, "\(text)")
            }
            for t in people.dropFirst() { #expect(t.rows == people[0].rows, "\(text)") }
        }
        let fresh = try Self.storedCorpus(scratch)
        _ = Timeline.term(SearchQuery("cartels"), corpus: fresh, counts: ArchiveCounts(corpus: fresh))
        _ = Timeline.person("smith", query: SearchQuery("cartels"), corpus: fresh, counts: ArchiveCounts(corpus: fresh))
        #expect(fresh.documents.allSatisfy { !$0.content.isLoaded }, "a timeline keeps no document it searched")
        // The built-in corpus's paragraphs, read a stretch of ids at a time: common words and rare, as the scan counts them.
        let builtIn = try StoredBuiltIn()
        defer { builtIn.remove() }
        var scanned = builtIn.stored
        scanned.textIndex = nil
        let builtInCounts = ArchiveCounts(corpus: builtIn.stored)
        for text in ["the", "mexico", "deport*", "\"mass deportations\"", "peña", "we the"] {
            let query = SearchQuery(text)
            let (fromStore, fromScan) = (
                Timeline.term(query, corpus: builtIn.stored, counts: builtInCounts),
                Timeline.term(query, corpus: scanned, counts: builtInCounts)
            )
            #expect(fromStore.rows == fromScan.rows && fromStore.columnTotals == fromScan.columnTotals, "\(text)")
            #expect(fromStore.totalHits ?? 0 > 0, "\(text)")
            // Every paragraph's count, running text and all.
            let matcher = QueryMatcher(query)
            let expected = builtIn.parsed.allPassages().compactMap { passage -> PassageRef? in
                matcher.count(in: passage.paragraph.searchableText) > 0 ? passage.ref : nil
            }
            let counted = try #require(builtIn.stored.textIndex?.matchCounts(for: query) { _ in true })
            #expect(counted.map(\.ref) == expected, "\(text)")
            #expect(counted.allSatisfy { $0.count == matcher.count(in: builtIn.parsed.paragraph($0.ref).searchableText) }, "\(text)")
        }
        let cartels = Timeline.term(SearchQuery("cartels"), corpus: stored, counts: counts)
        #expect(cartels.rows.map(\.hits) == [3, 3, 1])
        #expect(Timeline.person("smith", query: SearchQuery("cartels"), corpus: stored, counts: counts).rows.map(\.hits) == [3, 0, 1])
    }

    @Test func idsAreCutIntoStretchesThatCoverThemInOrder() {
        for (ids, parts) in [(1...1, 8), (1...7, 8), (1...8, 8), (5...1000, 8), (1...200_009, 8), (3...3, 1), (1...10, 3)] {
            let stretches = CorpusTextIndex.stretches(ids, into: parts)
            #expect(stretches.first?.lowerBound == ids.lowerBound && stretches.last?.upperBound == ids.upperBound, "\(ids)")
            #expect(zip(stretches, stretches.dropFirst()).allSatisfy { $0.upperBound + 1 == $1.lowerBound }, "\(ids)")
            #expect(stretches.count <= parts, "\(ids)")
        }
    }
}
