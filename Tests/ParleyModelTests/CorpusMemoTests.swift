import Foundation
import Testing

@testable import ParleyModel

/// Results over the whole corpus are kept for the next run over the same files, and only for it.
struct CorpusMemoTests {
    typealias Fixture = CorpusStoreTests.Fixture

    let quoted: [PassageRef: [Int]] = [
        PassageRef(document: 0, turn: 2, paragraph: 1): [1, 2],
        PassageRef(document: 1, turn: nil, paragraph: 0): [2],
    ]

    @Test func quotesTracedOnceAreReadBackByTheNextRunOverTheSameFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = try #require(fixture.load().memo)
        var traced = 0
        let trace = { (answer: [PassageRef: [Int]]) -> [PassageRef: [Int]] in
            traced += 1
            return answer
        }
        #expect(first.quotedParagraphs { trace(quoted) } == quoted)
        let again = try #require(fixture.load().memo)
        #expect(again.quotedParagraphs { trace([:]) } == quoted)
        #expect(traced == 1)
    }

    @Test func theSpeakersTableWorkedOutOnceIsReadBackByTheNextRunOverTheSameFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.load()
        let table = SpeakerStatistics.compute(corpus: corpus)
        #expect(table.contains { !$0.meetings.allSatisfy(\.distinctive.isEmpty) || $0.meetings.contains { $0.share > 0 } })
        var computed = 0
        let first = try #require(corpus.memo).speakerStatistics {
            computed += 1
            return table
        }
        #expect(first == table)
        let again = try #require(fixture.load().memo).speakerStatistics {
            computed += 1
            return []
        }
        #expect(again == table)
        #expect(computed == 1)
        #expect(SpeakerStatistics.kept(corpus: fixture.load()) == table)
        try fixture.write("b.txt", CorpusStoreTests.transcript("Shelbyville", "Other words."))
        #expect(try #require(fixture.load().memo).speakerStatistics { [] } == [])
    }

    @Test func quoteTracesMadeOnceAreReadBackByTheNextRunOverTheSameFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let traces = QuoteTracer(corpus: CorpusLoader.builtIn()).traceAll()
        #expect(traces.contains { $0.source != nil })
        var traced = 0
        let first = try #require(fixture.load().memo).quoteTraces {
            traced += 1
            return traces
        }
        let again = try #require(fixture.load().memo).quoteTraces {
            traced += 1
            return []
        }
        #expect(first == traces && again == traces)
        #expect(traced == 1)
        // Transcripts alone quote nothing: nothing is traced, whatever was kept.
        #expect(QuoteTracer.keptTraces(corpus: fixture.load()) == [])
    }

    @Test func aChangedFileOrSpeakersFileTracesAgain() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try #require(fixture.load().memo).quotedParagraphs { quoted }
        try fixture.write("b.txt", CorpusStoreTests.transcript("Shelbyville", "Other words."))
        #expect(try #require(fixture.load().memo).quotedParagraphs { [:] } == [:])
        try fixture.write("speakers.toml", "[[person]]\nid = \"quimby\"\nname = \"Joe Quimby\"\nlabels = [\"MAYOR QUIMBY\"]\n")
        #expect(try #require(fixture.load().memo).quotedParagraphs { quoted } == quoted)
    }

    @Test func aCorpusWithoutAnUpToDateStoreHasNoMemo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(fixture.load(.off).memo == nil)
        let range = DateRange(from: Day(year: 2000, month: 1, day: 1), to: Day(year: 2000, month: 12, day: 31))
        #expect(fixture.load().narrowed(to: range).memo == nil)
    }

    @Test func theStoredFormSurvivesARoundTripAndRefusesDamage() throws {
        let bytes = CorpusMemo.encodeQuoted(quoted)
        #expect(try CorpusMemo.decodeQuoted(bytes) == quoted)
        #expect(throws: BinaryFormatError.self) { try CorpusMemo.decodeQuoted(Array(bytes.dropLast())) }
    }
}
