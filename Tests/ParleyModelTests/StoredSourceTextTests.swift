import Foundation
import Testing

@testable import ParleyModel

/// A document read back from the store fetches its source text only when asked, and never hands over a
/// text other than the one it was parsed from.
struct StoredSourceTextTests {
    typealias Fixture = CorpusStoreTests.Fixture

    @Test func aReadBackTextIsFetchedWhenAskedAndEqualsTheParsedOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parsed = fixture.load(.off)
        #expect(parsed.documents.allSatisfy { $0.source.isLoaded })
        let corpus = fixture.loadWarm()
        #expect(corpus.documents.allSatisfy { !$0.source.isLoaded })
        for (back, original) in zip(corpus.documents, parsed.documents) {
            #expect(back.sourceText == original.sourceText)
            #expect(back.source.isLoaded)
            #expect(back.source.contentHash == original.source.contentHash)
        }
        // Nothing is fetched twice: the store can go and the texts stay.
        try FileManager.default.removeItem(at: fixture.cache)
        #expect(corpus.documents.map(\.sourceText) == parsed.documents.map(\.sourceText))
    }

    @Test func loadingIdentifyingAndComparingReadsNoText() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        let again = fixture.load()
        _ = CorpusIdentity.id(of: corpus)
        #expect(corpus.documents == again.documents)
        #expect(Set(corpus.documents).count == 3)
        #expect(corpus.documents.allSatisfy { !$0.source.isLoaded })
        #expect(CorpusIdentity.id(of: corpus) == CorpusIdentity.id(of: fixture.load(.off)))
    }

    @Test func aTextTakesItsFilesHashOnlyWhenItIsTheFilesBytes() {
        let text = "MAYOR QUIMBY: Thank you.\n"
        let same = SourceTextStorage(text)
        // A hash no text has: taken as given, not worked out again.
        same.learnHash(42, ifTextIs: Data(text.utf8))
        #expect(same.contentHash == 42)
        let withMark = SourceTextStorage(text)
        withMark.learnHash(42, ifTextIs: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(withMark.contentHash == SourceTextStorage.hash(text))
    }

    @Test func aFileParsedThroughTheStoreHasTheTextsHashAsWithoutIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // A byte order mark is left out of the text, so the text's bytes are not the file's.
        try Data([0xEF, 0xBB, 0xBF] + Array(CorpusStoreTests.transcript("Capital City", "A marked file.").utf8))
            .write(to: fixture.corpus.appendingPathComponent("d.txt"))
        let cold = fixture.load()
        #expect(cold.parsedFileCount == 4)
        let without = fixture.load(.off)
        let warm = fixture.load()
        #expect(warm.parsedFileCount == 0)
        for corpus in [cold, warm] {
            #expect(corpus.documents.map(\.source.contentHash) == without.documents.map { SourceTextStorage.hash($0.sourceText) })
            #expect(CorpusIdentity.id(of: corpus) == CorpusIdentity.id(of: without))
        }
    }

    @Test func aMissingStoreRowIsReadFromTheUnchangedFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        try fixture.execute("DELETE FROM source")
        let file = try String(contentsOf: fixture.corpus.appendingPathComponent("b.txt"), encoding: .utf8)
        let document = try #require(corpus.documents.first { $0.fileName == "b.txt" })
        #expect(try document.readSourceText().get() == file)
    }

    @Test func aStoreRowHoldingAnotherTextIsNotTaken() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        // As if another parley had read a newer b.txt into the store meanwhile.
        try fixture.execute("UPDATE source SET text = 'MAYOR QUIMBY: Something else entirely.', hash = 42")
        let file = try String(contentsOf: fixture.corpus.appendingPathComponent("b.txt"), encoding: .utf8)
        let document = try #require(corpus.documents.first { $0.fileName == "b.txt" })
        #expect(document.sourceText == file)
    }

    @Test func aFileChangedSinceGivesAProblemNotAWrongText() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        try fixture.execute("DELETE FROM source")
        try fixture.write("b.txt", CorpusStoreTests.transcript("Shelbyville", "Quite different words now."))
        try FileManager.default.removeItem(at: fixture.corpus.appendingPathComponent("c.txt"))
        let changed = try #require(corpus.documents.first { $0.fileName == "b.txt" })
        #expect(throws: LoadProblem.self) { try changed.readSourceText().get() }
        if case .failure(let problem) = changed.readSourceText() {
            #expect(problem.file.hasSuffix("/b.txt"))
            #expect(problem.message.contains("changed since parley read it"))
        }
        #expect(changed.sourceText == "")
        let deleted = try #require(corpus.documents.first { $0.fileName == "c.txt" })
        if case .failure(let problem) = deleted.readSourceText() {
            #expect(problem.message.contains("no longer in the cache"))
        } else {
            Issue.record("the text of a deleted file was given")
        }
        let unchanged = try #require(corpus.documents.first { $0.fileName == "a.txt" })
        #expect(unchanged.sourceText.contains("The bridge will reopen on Monday."))
    }

    @Test func theStoredFormHoldsTheTextsHashNotTheText() throws {
        let text = CorpusStoreTests.transcript("Springfield", "A sentence only the source has.")
        let parsed = try DocumentParser.parse(text: text, fileName: "a.txt")
        var given: Int64? = nil
        let content = parsed.document.content.value
        let back = try ParsedDocument(
            outline: parsed.outlineBinary,
            source: { hash in
                given = hash
                return SourceTextStorage(text)
            }, content: { _, _, _ in DocumentContentStorage(content) }, names: NameWordsStorage(NameWords(words: [])))
        #expect(given == SourceTextStorage.hash(text))
        #expect(back.document == parsed.document)
        for bytes in [parsed.outlineBinary, content.binary] {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Remarks in Springfield\nSpringfield, Illinois"))
        }
    }

    @Test func nameWordsAreReadBackOnlyWhenSpeakersAreResolvedAgain() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parsed = fixture.load(.off)
        _ = fixture.load()
        var notices: [String] = []
        let (store, listing) = try fixture.openStore()
        let outcomes = try #require(store.sync(listing.files, notices: &notices)).outcomes
        #expect(notices.isEmpty)
        let documents = outcomes.compactMap { outcome -> ParsedDocument? in
            if case .parsed(let doc, _) = outcome { return doc } else { return nil }
        }
        #expect(documents.count == 3)
        #expect(documents.allSatisfy { !$0.nameWordsStorage.isLoaded })
        for (back, original) in zip(documents, parsed.documents) {
            let again = try DocumentParser.parse(text: original.sourceText, fileName: original.fileName)
            #expect(back.nameWords.words.map(\.text) == again.nameWords.words.map(\.text))
            #expect(back.nameWords.words.map(\.folded) == again.nameWords.words.map(\.folded))
            #expect(back.nameWords.words.map(\.endsName) == again.nameWords.words.map(\.endsName))
            #expect(back.nameWords.words.contains { $0.text == "Peña" })
        }
    }

    /// Resolving speakers again reads each stored file's name words and keeps none of them: an archive's
    /// are several times its size in memory.
    @Test func speakersAreResolvedWithoutKeepingTheNameWordsReadBack() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("d.txt", CorpusStoreTests.transcript("Capital City", "I give the floor to Mayor Joe Quimby."))
        _ = fixture.load()
        var notices: [String] = []
        let (store, listing) = try fixture.openStore()
        let documents = try #require(store.sync(listing.files, notices: &notices)).outcomes.compactMap { outcome -> ParsedDocument? in
            if case .parsed(let doc, _) = outcome { return doc } else { return nil }
        }
        #expect(documents.count == 4)
        let resolved = SpeakerResolver(speakers: SpeakersFile(entries: []), parsed: documents).resolve(
            meetings: MeetingGrouper.group(documents))
        #expect(resolved.people.contains { $0.name == "Joe Quimby" })
        #expect(documents.allSatisfy { !$0.nameWordsStorage.isLoaded })
    }

    /// A file parsed now holds its name words in their stored form, and gives back the same words.
    @Test func nameWordsParsedNowAreHeldInTheirStoredForm() throws {
        let text = CorpusStoreTests.transcript("Springfield", "Luis Videgaray Caso met “Miguel Ángel Osorio Chong”.")
        let parsed = try DocumentParser.parse(text: text, fileName: "a.txt")
        #expect(parsed.nameWordsStorage.isLoaded)
        let words = NameWords(text).words
        #expect(parsed.nameWordsStorage.binary == NameWords(words: words).binary)
        for back in [parsed.nameWords.words, parsed.nameWordsStorage.words.words] {
            #expect(back.map(\.text) == words.map(\.text))
            #expect(back.map(\.folded) == words.map(\.folded))
            #expect(back.map(\.endsName) == words.map(\.endsName))
        }
        #expect(words.contains { $0.text == "Ángel" })
        let bytes = parsed.nameWordsStorage.binary
        #expect(bytes.capacity <= bytes.count + bytes.count / 8 + 32, "held in bytes of about their size")
    }

    @Test func documentsWithDifferentTextsDiffer() {
        let a = CorpusLoader.build(sources: [("x.txt", CorpusStoreTests.transcript("Springfield", "One."))]).documents[0]
        var b = a
        #expect(a == b && a.hashValue == b.hashValue)
        b.sourceText += " "
        #expect(a != b)
    }
}
