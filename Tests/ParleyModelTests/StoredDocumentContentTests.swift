import Foundation
import Testing

@testable import ParleyModel

/// A document read back from the store reads its turns and running text only when asked, gets the speakers
/// resolved before, and never shows another file's text in their place.
struct StoredDocumentContentTests {
    typealias Fixture = CorpusStoreTests.Fixture

    @Test func aWarmLoadReadsNoTurnsYetGivesTheSameDocumentsSpeakersAndCounts() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parsed = fixture.load(.off)
        let corpus = fixture.loadWarm()
        #expect(corpus.documents.allSatisfy { !$0.content.isLoaded })
        #expect(corpus.documents.map(\.turnCount) == parsed.documents.map(\.turns.count))
        #expect(corpus.documents.map(\.paragraphCount) == parsed.documents.map(\.paragraphs.count))
        #expect(corpus.documents.map(\.speakerIDs) == parsed.documents.map { $0.turns.map(\.speakerID) })
        #expect(corpus.people == parsed.people)
        #expect(corpus.documents.allSatisfy { !$0.content.isLoaded }, "counts and speakers come without the text")
        let first = try #require(corpus.documents.first)
        #expect(first.turns == parsed.documents[0].turns)
        #expect(first.content.isLoaded)
        #expect(corpus.documents.dropFirst().allSatisfy { !$0.content.isLoaded }, "only the document asked for is read")
        #expect(corpus.documents == parsed.documents)
    }

    @Test func archiveCountsForTimelinesReadNoText() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parsed = ArchiveCounts(corpus: fixture.load(.off))
        let corpus = fixture.loadWarm()
        let counts = ArchiveCounts(corpus: corpus)
        #expect(corpus.documents.allSatisfy { !$0.content.isLoaded })
        #expect(counts.meetingWords == parsed.meetingWords)
        #expect(counts.meetingWords.reduce(0, +) > 0)
        #expect(counts.meetingTurns == parsed.meetingTurns)
        for person in corpus.people {
            for m in corpus.meetings.indices {
                #expect(counts.tally(person: person.id, meeting: m) == parsed.tally(person: person.id, meeting: m))
            }
        }
    }

    @Test func eachPersonsTurnsAndWordsAtAMeetingReadNoText() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parsed = fixture.load(.off)
        let corpus = fixture.loadWarm()
        var words = 0
        for person in corpus.people {
            for (m, meeting) in corpus.meetings.enumerated() {
                let counts = corpus.counts(person: person.id, meeting: meeting)
                let turns = parsed.turns(of: parsed.meetings[m], speaker: person.id)
                #expect(counts.turns == turns.count)
                #expect(counts.words == turns.reduce(0) { $0 + $1.turn.wordCount })
                words += counts.words
            }
        }
        #expect(words > 0)
        #expect(corpus.documents.allSatisfy { !$0.content.isLoaded })
    }

    @Test func aMissingStoreRowIsParsedAgainFromTheUnchangedFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parsed = fixture.load(.off)
        let corpus = fixture.loadWarm()
        try fixture.execute("DELETE FROM file_content")
        #expect(corpus.documents.map(\.turns) == parsed.documents.map(\.turns))
    }

    @Test func aFileChangedSinceShowsWhyItsTextIsMissingNotAnotherText() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        try fixture.execute("DELETE FROM file WHERE path LIKE '%/b.txt'")
        try fixture.write("b.txt", CorpusStoreTests.transcript("Shelbyville", "Quite different words now."))
        let changed = try #require(corpus.documents.first { $0.fileName == "b.txt" })
        #expect(changed.turns.count == changed.turnCount, "as many turns as counted, so turn numbers hold")
        let text = changed.paragraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("changed since parley read it"))
        #expect(!text.contains("Quite different words"))
        #expect(changed.speakerIDs == corpus.documents.first { $0.fileName == "a.txt" }?.speakerIDs)
        let unchanged = try #require(corpus.documents.first { $0.fileName == "a.txt" })
        #expect(unchanged.paragraphs.map(\.text).joined().contains("The bridge will reopen on Monday."))
    }
}
