import Foundation
import GRDB
import Testing

@testable import ParleyModel

/// The corpus store reads back what it parsed before, parses only what changed, and never stands in the way:
/// a damaged, newer or unwritable store gives the same corpus, with one notice.
struct CorpusStoreTests {
    static func transcript(_ place: String, _ words: String) -> String {
        """
        Remarks in \(place)
        \(place), Illinois
        March 3, 2020

        MAYOR QUIMBY: Thank you all for coming. \(words)

        CHIEF WIGGUM: Glad to be here. (Laughter.) The bridge is safe, said Peña.

        MAYOR QUIMBY: That is all for today.
        """
    }

    /// A corpus folder with three transcripts and a cache folder, both fresh.
    struct Fixture {
        let root: URL
        var corpus: URL { root.appendingPathComponent("corpus") }
        var cache: URL { root.appendingPathComponent("cache") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            try write("a.txt", CorpusStoreTests.transcript("Springfield", "The bridge will reopen on Monday."))
            try write("b.txt", CorpusStoreTests.transcript("Shelbyville", "The deportation of lemons is over."))
            try write("c.txt", CorpusStoreTests.transcript("Ogdenville", "It's a monorail."))
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: corpus.appendingPathComponent(name))
        }

        /// The fixture's store, opened as a load opens it, and the listing of its corpus.
        func openStore(writesLater: Bool = false) throws -> (store: CorpusStore, listing: CorpusListing) {
            let listing = CorpusListing(paths: [corpus.path], standardInput: { nil })
            var notices: [String] = []
            let store = try #require(CorpusStore.open(folder: cache, inputs: listing.inputs, notices: &notices, writesLater: writesLater))
            #expect(notices.isEmpty)
            return (store, listing)
        }

        func load(_ setting: CorpusCacheSetting? = nil) -> Corpus {
            CorpusLoader.load(paths: [corpus.path], cache: setting ?? .folder(cache))
        }

        /// Loaded once to fill the store, then again to read it back.
        func loadWarm() -> Corpus {
            _ = load()
            let corpus = load()
            #expect(corpus.parsedFileCount == 0)
            return corpus
        }

        /// Changes the store behind parley's back.
        func execute(_ sql: String) throws {
            try DatabaseQueue(path: try database().path).write { db in try db.execute(sql: sql) }
        }

        /// The one database the cache folder holds.
        func database() throws -> URL {
            let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".sqlite") }
            #expect(names.count == 1)
            return cache.appendingPathComponent(try #require(names.first))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    func sameCorpus(_ a: Corpus, _ b: Corpus) {
        #expect(a.documents == b.documents)
        #expect(a.meetings == b.meetings)
        #expect(a.people == b.people)
        #expect(a.problems == b.problems)
    }

    @Test func aSecondOpenParsesNothingAndGivesTheSameCorpus() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = fixture.load()
        #expect(first.parsedFileCount == 3)
        #expect(first.cacheNotices.isEmpty)
        let second = fixture.load()
        #expect(second.parsedFileCount == 0)
        #expect(second.textIndex != nil)
        sameCorpus(first, second)
        sameCorpus(second, fixture.load(.off))
    }

    @Test func aChangedSpeakersFileChangesWhoSpeaksWithoutParsing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("speakers.toml", "[[person]]\nid = \"quimby\"\nname = \"Mayor Quimby\"\nlabels = [\"MAYOR QUIMBY\"]\n")
        _ = fixture.load()
        #expect(fixture.load().person(id: "quimby")?.name == "Mayor Quimby")
        try fixture.write("speakers.toml", "[[person]]\nid = \"quimby\"\nname = \"Joe Quimby\"\nlabels = [\"MAYOR QUIMBY\"]\n")
        let renamed = fixture.load()
        #expect(renamed.parsedFileCount == 0)
        // Resolved again from the stored turns, which are read for it and let go.
        #expect(renamed.documents.allSatisfy { !$0.content.isLoaded })
        #expect(renamed.person(id: "quimby")?.name == "Joe Quimby")
        #expect(renamed.documents.flatMap(\.turns).contains { $0.speakerID == "quimby" })
        sameCorpus(renamed, fixture.load(.off))
        sameCorpus(renamed, fixture.load())
    }

    @Test func progressCountsTowardsEveryFileAndByteWithOrWithoutTheStore() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("notes.txt", "just some words\nwith no speakers and no date\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.corpus.path)
        let bytes = try names.reduce(0) { sum, name in
            sum + (try FileManager.default.attributesOfItem(atPath: fixture.corpus.appendingPathComponent(name).path)[.size] as! Int)
        }
        for setting in [CorpusCacheSetting.folder(fixture.cache), .folder(fixture.cache), .off] {
            let progress = LoadProgress()
            _ = CorpusLoader.load(paths: [fixture.corpus.path], cache: setting, progress: progress)
            #expect(progress.snapshot.filesTotal == 4)
            #expect(progress.snapshot.bytesTotal == bytes)
        }
    }

    @Test func aChangedFileIsParsedAgainAndOnlyIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        try fixture.write("b.txt", Self.transcript("Shelbyville", "The lemon tree stays where it is, by the old mill."))
        let corpus = fixture.load()
        #expect(corpus.parsedFileCount == 1)
        sameCorpus(corpus, fixture.load(.off))
        let refs = try #require(corpus.textIndex?.candidates(for: SearchQuery("mill")))
        #expect(refs.map { corpus.documents[$0.document].fileName } == ["b.txt"])
        #expect(corpus.textIndex?.candidates(for: SearchQuery("deportation")) == [])
    }

    @Test func aTouchedFileWithTheSameBytesIsNotParsed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        let file = fixture.corpus.appendingPathComponent("a.txt")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: file.path)
        #expect(fixture.load().parsedFileCount == 0)
        // The new time is kept, so the next load does not read the file to see that it is the same.
        #expect(try storedTime(fixture, "a.txt") == FileSignature(path: file.path)?.modifiedNanoseconds)
        // Same size, other bytes, and a new time: the hash tells it changed.
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Monday", with: "Sunday")
        try fixture.write("a.txt", text)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 7200)], ofItemAtPath: file.path)
        let corpus = fixture.load()
        #expect(corpus.parsedFileCount == 1)
        #expect(corpus.documents.contains { $0.sourceText.contains("Sunday") })
    }

    /// The modification time the store holds for a file of the fixture's corpus, nil when it holds no row.
    func storedTime(_ fixture: Fixture, _ name: String) throws -> Int64? {
        try DatabaseQueue(path: try fixture.database().path).read { db in
            try Row.fetchAll(db, sql: "SELECT path, mtime_ns FROM file").first { ($0[0] as String).hasSuffix("/" + name) }?[1]
        }
    }

    @Test func aStoredFileTheReaderRefusesNowIsDroppedFromTheStore() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        #expect(try storedTime(fixture, "a.txt") != nil)
        let file = fixture.corpus.appendingPathComponent("a.txt")
        // Not parsed and found wanting, but refused by the reader: a file over the size parley reads is not read
        // at all (a sparse one, made without writing it).
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(CorpusLoader.maximumFileSize + 1))
        try handle.close()
        let corpus = fixture.load()
        #expect(corpus.problems.map(\.file).contains { $0.hasSuffix("a.txt") })
        #expect(try storedTime(fixture, "a.txt") == nil)
        #expect(try storedTime(fixture, "b.txt") != nil)
        // A file the parser turns away is dropped too.
        try Data([0x41, 0x00, 0x42]).write(to: fixture.corpus.appendingPathComponent("b.txt"))
        _ = fixture.load()
        #expect(try storedTime(fixture, "b.txt") == nil)
    }

    @Test func anAddedFileIsParsedAndARemovedOneDropped() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        try fixture.write("d.txt", Self.transcript("North Haverbrook", "A monorail again."))
        let added = fixture.load()
        #expect(added.parsedFileCount == 1)
        #expect(added.documents.count == 4)
        try FileManager.default.removeItem(at: fixture.corpus.appendingPathComponent("c.txt"))
        let removed = fixture.load()
        #expect(removed.parsedFileCount == 0)
        #expect(removed.documents.map(\.fileName) == ["a.txt", "b.txt", "d.txt"])
        let refs = try #require(removed.textIndex?.candidates(for: SearchQuery("monorail")))
        #expect(refs.map { removed.documents[$0.document].fileName } == ["d.txt"])
        let state = CorpusCacheState.inspect(paths: [fixture.corpus.path], folder: fixture.cache)
        #expect(state.files == 3)
        #expect(state.staleFiles == 0)
    }

    /// Whether the full-text index holds exactly the stored paragraphs' words (SQLite compares the two).
    func fullTextIndexIsTrue(_ fixture: Fixture) throws -> Bool {
        do {
            try fixture.execute("INSERT INTO paragraph_fts(paragraph_fts, rank) VALUES ('integrity-check', 1)")
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return false
        }
    }

    @Test func theFullTextIndexFollowsChangedAddedAndRemovedFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        #expect(try fullTextIndexIsTrue(fixture))
        try fixture.write("b.txt", Self.transcript("Shelbyville", "The lemon tree stays where it is."))
        try fixture.write("d.txt", Self.transcript("North Haverbrook", "A monorail again."))
        try FileManager.default.removeItem(at: fixture.corpus.appendingPathComponent("c.txt"))
        let corpus = fixture.load()
        #expect(corpus.parsedFileCount == 2)
        #expect(try fullTextIndexIsTrue(fixture))
        #expect(corpus.textIndex?.candidates(for: SearchQuery("deportation")) == [])
        let refs = try #require(corpus.textIndex?.candidates(for: SearchQuery("monorail lemon")))
        #expect(Set(refs.map { corpus.documents[$0.document].fileName }) == ["b.txt", "d.txt"])
        // The check can fail: paragraphs dropped behind the index's back leave it holding their words.
        try fixture.execute("DELETE FROM paragraph WHERE path LIKE '%/d.txt'")
        #expect(try !fullTextIndexIsTrue(fixture))
    }

    @Test func aLoadThatWritesLaterKeepsTheSameFilesOnceFinished() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = CorpusLoader.load(paths: [fixture.corpus.path], cache: .folder(fixture.cache), storeWritesLater: true)
        #expect(corpus.parsedFileCount == 3)
        #expect(corpus.finishStoreWrites() == nil)
        #expect(!corpus.isStoreBeingWritten)
        let refs = try #require(corpus.textIndex?.candidates(for: SearchQuery("monorail")))
        #expect(refs.map { corpus.documents[$0.document].fileName } == ["c.txt"])
        let again = fixture.load()
        #expect(again.parsedFileCount == 0)
        sameCorpus(corpus, again)
        #expect(try fullTextIndexIsTrue(fixture))
    }

    /// A new archive written later has its speakers resolved from what was read of each file as it was
    /// parsed, and reads the same as one read without a cache, and as the store gives it back: real
    /// transcripts and saved web pages, with a speakers file naming a moderator everywhere and an official
    /// in one meeting.
    @Test func anArchiveWrittenLaterReadsAsOneReadWithoutACache() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-later-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let texts = root.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        for name in TranscriptFixtures.names {
            try FileManager.default.copyItem(
                at: TranscriptFixtures.folder.appendingPathComponent(name), to: texts.appendingPathComponent(name))
        }
        let pages = ["press-availability-latin1.html", "state-interview.html", "whitehouse-briefing.html"]
        for name in pages { try FileManager.default.copyItem(at: WebPageFixtures.url(name), to: texts.appendingPathComponent(name)) }
        try Data(
            """
            [[person]]
            name = "Josh Earnest"
            kind = "moderator"
            labels = ["MR. EARNEST"]

            [[person]]
            name = "Heather Nauert"
            labels = ["MS. NAUERT"]
            meeting = "2017-08"
            """.utf8
        ).write(to: texts.appendingPathComponent("speakers.toml"))
        let cache = CorpusCacheSetting.folder(root.appendingPathComponent("cache"))
        let later = CorpusLoader.load(paths: [texts.path], cache: cache, storeWritesLater: true)
        #expect(later.documents.count == TranscriptFixtures.names.count + pages.count)
        #expect(later.documents.allSatisfy { !$0.content.isLoaded && !$0.source.isLoaded })
        #expect(later.people.contains { $0.name == "Josh Earnest" && $0.kind == .moderator })
        let plain = CorpusLoader.load(paths: [texts.path], cache: .off)
        sameCorpus(later, plain)
        #expect(later.finishStoreWrites() == nil)
        let warm = CorpusLoader.load(paths: [texts.path], cache: cache)
        #expect(warm.parsedFileCount == 0)
        sameCorpus(warm, plain)
    }

    /// Written later, a new archive's source texts are not held meanwhile: each is read again from its file
    /// when asked for and when written, and a file changed in between is not stored for a text it no longer has.
    @Test func aStoreWrittenLaterHoldsNoSourceTextAndSkipsAFileChangedMeanwhile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var notices: [String] = []
        let (store, listing) = try fixture.openStore(writesLater: true)
        let synced = try #require(store.sync(listing.files, notices: &notices))
        let documents = synced.outcomes.compactMap { outcome -> Document? in
            if case .parsed(let doc, _) = outcome { return doc.document } else { return nil }
        }
        #expect(documents.count == 3)
        #expect(documents.allSatisfy { !$0.source.isLoaded })
        #expect(documents.allSatisfy { !$0.content.isLoaded })
        #expect(documents[0].sourceText.contains("The bridge will reopen on Monday."))
        #expect(documents[0].turns[0].paragraphs[0].text.contains("The bridge will reopen on Monday."), "read again from the file")
        try fixture.write("c.txt", CorpusStoreTests.transcript("Ogdenville", "It's a different monorail."))
        store.laterWrites?.wait()
        #expect(synced.status.isWritten)
        #expect(try Set(store.fileRows().keys.map { URL(fileURLWithPath: $0).lastPathComponent }) == ["a.txt", "b.txt"])
        if case .failure(let problem) = documents[2].source.read() {
            #expect(problem.message.contains("changed since parley read it"))
        } else {
            Issue.record("the text of a file changed since it was parsed was given")
        }
        #expect(documents[2].turns.count == 3, "as many turns as were counted")
        #expect(documents[2].turns.allSatisfy { $0.paragraphs[0].text.contains("this file changed since parley read it") })
        let again = fixture.load()
        #expect(again.parsedFileCount == 1)
        #expect(again.documents.first { $0.fileName == "c.txt" }?.sourceText.contains("a different monorail") == true)
        sameCorpus(again, fixture.load(.off))
    }

    /// A warm load reads the store's one saved resolution before it knows its own key, and keeps it only
    /// when it is that key's: it is, for the same files and speakers file, and is not once the file changes.
    @Test func filesParsedAStretchAtATimeAreWrittenAndReadBackUnlikeHeldWhole() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("notes.txt", "just some words\nwith no speakers and no date\n")
        var notices: [String] = []
        let (store, listing) = try fixture.openStore()
        let progress = LoadProgress()
        // A byte at a time: every file a stretch of its own.
        let synced = try #require(store.sync(listing.files, notices: &notices, progress: progress, parsedAtOnce: 1))
        #expect(synced.parsedCount == 4)
        #expect(synced.isCurrent)
        #expect(notices.isEmpty)
        #expect(progress.snapshot.filesDone == 4)
        var parsedDocuments = 0
        for outcome in synced.outcomes {
            guard case .parsed(let parsed, _) = outcome else { continue }
            parsedDocuments += 1
            // Read back from the store, its turns not held.
            #expect(!parsed.document.content.isLoaded)
        }
        #expect(parsedDocuments == 3)
        #expect(synced.outcomes.contains { if case .rejected = $0 { true } else { false } })
        // The store holds every file, as one written whole would.
        let corpus = fixture.load()
        #expect(corpus.parsedFileCount == 0)
        sameCorpus(corpus, fixture.load(.off))
        let refs = try #require(corpus.textIndex?.candidates(for: SearchQuery("monorail")))
        #expect(refs.map { corpus.documents[$0.document].fileName } == ["c.txt"])
    }

    @Test func theSavedSpeakersReadEarlyAreThoseOfTheCorpusKey() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("speakers.toml", "[[person]]\nid = \"quimby\"\nname = \"Mayor Quimby\"\nlabels = [\"MAYOR QUIMBY\"]\n")
        let corpus = fixture.load()
        var notices: [String] = []
        let (store, listing) = try fixture.openStore()
        let synced = try #require(store.sync(listing.files, notices: &notices))
        let files = zip(synced.keys, synced.hashes).map { (path: $0, hash: $1 ?? 0) }
        let key = CorpusStore.speakersKey(files: files, speakerFiles: listing.speakerFiles)
        let saved = try #require(store.savedSpeakers())
        #expect(saved.key == key)
        #expect(saved.speakers.people == corpus.people)
        #expect(saved.speakers.people == store.storedSpeakers(key: key)?.people)
        // Another speakers file makes another key: the saved resolution is not this corpus's, and is not used.
        try fixture.write("speakers.toml", "[[person]]\nid = \"quimby\"\nname = \"Joe Quimby\"\nlabels = [\"MAYOR QUIMBY\"]\n")
        let renamed = CorpusListing(paths: [fixture.corpus.path], standardInput: { nil })
        #expect(CorpusStore.speakersKey(files: files, speakerFiles: renamed.speakerFiles) != saved.key)
        #expect(fixture.load().person(id: "quimby")?.name == "Joe Quimby")
    }

    @Test func theIndexDoesNotAnswerUntilTheLaterWriteIsMade() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var notices: [String] = []
        let (store, listing) = try fixture.openStore(writesLater: true)
        // Holds the store's writer, as a long write would.
        let gate = DispatchSemaphore(value: 0)
        store.laterWrites?.add { gate.wait() }
        let synced = try #require(store.sync(listing.files, notices: &notices))
        let index = CorpusTextIndex(store: store, documentByPath: [:], status: synced.status)
        #expect(!synced.status.isWritten && index.isWriting)
        // An empty index would say nothing matches: until the write is made, it does not answer at all.
        #expect(index.candidates(for: SearchQuery("monorail")) == nil)
        gate.signal()
        #expect(index.finishWrites() == nil)
        #expect(synced.status.isWritten && !index.isWriting)
        #expect(index.candidates(for: SearchQuery("monorail")) == [])
        #expect(notices.isEmpty)
    }

    @Test func aFileThatIsNoTranscriptIsRememberedWithItsProblem() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("notes.txt", "just some words without a speaker or a date\n")
        let first = fixture.load()
        #expect(first.problems.count == 1)
        let second = fixture.load()
        #expect(second.parsedFileCount == 0)
        #expect(second.problems == first.problems)
    }

    @Test func aDamagedDatabaseIsSetAsideAndRebuilt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = fixture.load()
        let database = try fixture.database()
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: database)
        try? FileManager.default.removeItem(atPath: database.path + "-wal")
        let rebuilt = fixture.load()
        #expect(rebuilt.cacheNotices.count == 1)
        #expect(rebuilt.cacheNotices.first?.contains("set it aside") == true)
        #expect(FileManager.default.fileExists(atPath: database.path + ".broken"))
        #expect(rebuilt.parsedFileCount == 3)
        sameCorpus(first, rebuilt)
        #expect(fixture.load().parsedFileCount == 0)
    }

    @Test func aProblemQuotingAWholeRowIsToldInOneShortLine() {
        let row = "[path:\"/corpus/a.txt\" text:\"" + String(repeating: "Thank you all for coming. ", count: 200) + "\"]"
        let long = CorpusStore.reason(DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "FOREIGN KEY constraint violation, in " + row))
        #expect(long.count == CorpusStore.reasonLength)
        #expect(long.hasPrefix("FOREIGN KEY constraint violation, in [path:"))
        #expect(long.hasSuffix("…"))
        let lines = CorpusStore.reason(DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "constraint failed\nin " + row))
        #expect(lines == "constraint failed")
        #expect(
            CorpusStore.reason(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")) == "database or disk is full")
    }

    @Test func aDatabaseFromANewerParleyIsSetAsideAndRebuilt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        let database = try fixture.database()
        try DatabaseQueue(path: database.path).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        let rebuilt = fixture.load()
        #expect(rebuilt.cacheNotices.first?.contains("newer parley") == true)
        #expect(rebuilt.parsedFileCount == 3)
        #expect(fixture.load().cacheNotices.isEmpty)
    }

    @Test func aDatabaseOfTheSchemaBeforeIsMigratedWithoutParsingAgain() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // Long enough for its turns to take pages of their own, as an archive's do.
        let words = (1...400).map { "Paragraph \($0) of the remarks on the bridge." }.joined(separator: "\n\n")
        try fixture.write("d.txt", Self.transcript("Capital City", words))
        _ = fixture.load()
        // Put the store back as schema 6 left it: each file's turns and name words in its file row.
        try DatabaseQueue(path: try fixture.database().path).write { db in
            try db.execute(sql: "ALTER TABLE file ADD COLUMN names BLOB")
            try db.execute(sql: "ALTER TABLE file ADD COLUMN content BLOB")
            try db.execute(
                sql: """
                    UPDATE file SET names = (SELECT names FROM file_content c WHERE c.path = file.path),
                    content = (SELECT content FROM file_content c WHERE c.path = file.path)
                    """)
            try db.execute(sql: "DROP TABLE file_content")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7'")
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        let migrated = fixture.load()
        #expect(migrated.parsedFileCount == 0)
        #expect(migrated.cacheNotices.isEmpty)
        sameCorpus(migrated, fixture.load(.off))
        #expect(migrated.documents.map(\.turns) == fixture.load(.off).documents.map(\.turns))
        let (columns, freePages) = try DatabaseQueue(path: try fixture.database().path).read { db in
            (try db.columns(in: "file").map(\.name), try Int.fetchOne(db, sql: "PRAGMA freelist_count"))
        }
        #expect(!columns.contains("content") && !columns.contains("names"))
        #expect(freePages == 0, "rewritten whole once migrated")
    }

    @Test func aForeignDatabaseIsSetAsideNotUsed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        let database = try fixture.database()
        try FileManager.default.removeItem(at: database)
        try DatabaseQueue(path: database.path).write { db in try db.execute(sql: "CREATE TABLE file(x)") }
        let rebuilt = fixture.load()
        #expect(rebuilt.cacheNotices.first?.contains("not written by parley") == true)
        #expect(rebuilt.documents.count == 3)
    }

    @Test func anUnwritableCacheFolderFallsBackToReadingTheFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // A folder under a regular file cannot be made, even by root.
        let blocker = fixture.root.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let corpus = fixture.load(.folder(blocker.appendingPathComponent("parley")))
        #expect(corpus.cacheNotices.count == 1)
        #expect(corpus.cacheNotices.first?.contains("reading the files without a cache") == true)
        #expect(corpus.textIndex == nil)
        sameCorpus(corpus, fixture.load(.off))
    }

    @Test func noCacheWritesNothing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let corpus = fixture.load(.off)
        #expect(corpus.documents.count == 3)
        #expect(!FileManager.default.fileExists(atPath: fixture.cache.path))
    }

    @Test func twoLoadsAtOnceBothGetTheWholeCorpus() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let paths = [fixture.corpus.path]
        let cache = CorpusCacheSetting.folder(fixture.cache)
        async let a = Task.detached { CorpusLoader.load(paths: paths, cache: cache) }.value
        async let b = Task.detached { CorpusLoader.load(paths: paths, cache: cache) }.value
        let (first, second) = await (a, b)
        #expect(first.cacheNotices.isEmpty && second.cacheNotices.isEmpty)
        sameCorpus(first, second)
        #expect(fixture.load().parsedFileCount == 0)
    }

    @Test func theIndexFindsASupersetOfWhatTheMatcherFinds() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = fixture.load()
        let corpus = fixture.load()
        let index = try #require(corpus.textIndex)
        for text in ["pena", "Peña", "deport*", "\"bridge will\"", "it's", "laughter", "bridge monorail", "MONORAIL"] {
            for mode in CaseMode.allCases {
                let query = SearchQuery(text, caseMode: mode)
                let candidates = try #require(index.candidates(for: query), "\(text)")
                let narrowed = SearchIndex(corpus: corpus, passages: candidates).hits(for: query)
                #expect(narrowed == SearchIndex(corpus: corpus).hits(for: query), "\(text) \(mode)")
            }
        }
        // Words FTS5 would read otherwise than parley go to the full scan.
        #expect(CorpusTextIndex.pattern(for: SearchQuery("Αθήνα")) == nil)
        #expect(CorpusTextIndex.pattern(for: SearchQuery("йод")) == nil)
        #expect(CorpusTextIndex.pattern(for: SearchQuery("peña nieto")) != nil)
        // Notes are not indexed, as they never match.
        #expect(index.candidates(for: SearchQuery("laughter")) == [])
    }

    @Test func wordsEitherSideOfANoteAreIndexedApart() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("d.txt", Self.transcript("North Haverbrook", "A bridge(inaudible)monorail."))
        let corpus = fixture.loadWarm()
        let refs = try #require(corpus.textIndex?.candidates(for: SearchQuery("monorail")))
        #expect(refs.map { corpus.documents[$0.document].fileName } == ["c.txt", "d.txt"])
        #expect(SearchIndex(corpus: corpus).hits(for: SearchQuery("monorail")).count == 2)
    }

    @Test func fillingTheCacheLeavesNoWriteAheadLogAsLargeAsIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let words = String(repeating: "The bridge will reopen on Monday, said the mayor to the press. ", count: 300)
        for n in 0..<40 { try fixture.write("more-\(n).txt", Self.transcript("Springfield", words)) }
        let corpus = fixture.load()
        #expect(corpus.parsedFileCount == 43)
        let database = try fixture.database()
        let size = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        #expect(size(database.path) > 1_000_000)
        #expect(size(database.path + "-wal") < 200_000, "\(size(database.path + "-wal")) bytes of WAL")
    }

    @Test func parsedDocumentsSurviveTheBinaryFormat() throws {
        for (name, text) in [("a.txt", Self.transcript("Springfield", "*The Times* said so.")), ("b.txt", sampleWebLikeText)] {
            let parsed = try DocumentParser.parse(text: text, fileName: name)
            let content = try DocumentContent(binary: parsed.document.content.value.binary)
            let back = try Self.readOutline(parsed.outlineBinary, text: text) { _, _, _ in DocumentContentStorage(content) }
            #expect(back.document == parsed.document)
            #expect(back.mentionedDates == parsed.mentionedDates)
        }
    }

    @Test func anOutlineKnowsItsTurnsAndParagraphsWithoutReadingThem() throws {
        let text = Self.transcript("Springfield", "One.\n\nTwo.")
        let parsed = try DocumentParser.parse(text: text, fileName: "a.txt")
        let content = parsed.document.content.value
        let fetcher = CountingContentFetcher(content: content)
        let back = try Self.readOutline(parsed.outlineBinary, text: text) { turns, paragraphs, words in
            DocumentContentStorage(fetcher: fetcher, turnCount: turns, paragraphCount: paragraphs, turnWords: words)
        }
        #expect(back.document.turnCount == parsed.document.turns.count)
        #expect(back.document.paragraphCount == parsed.document.paragraphs.count)
        #expect(back.document.spokenWordsPerTurn == parsed.document.turns.map { $0.paragraphs.reduce(0) { $0 + SpokenWordCount.of($1) } })
        #expect(back.document.spokenWordsPerTurn.reduce(0, +) > 0)
        #expect(fetcher.fetches == 0)
        #expect(back.document.turns == parsed.document.turns)
        #expect(back.document.body == parsed.document.body)
        _ = back.document.paragraphs
        #expect(fetcher.fetches == 1, "the content is read once and kept")
    }

    @Test func damagedBinaryFormIsAnErrorNotACrash() throws {
        let parsed = try DocumentParser.parse(text: Self.transcript("Springfield", "Words."), fileName: "a.txt")
        let outline = parsed.outlineBinary
        let empty = DocumentContentStorage(DocumentContent(turns: [], body: []))
        for cut in stride(from: 0, to: outline.count - 1, by: max(1, outline.count / 97)) {
            #expect(throws: BinaryFormatError.self) { try Self.readOutline(Array(outline[..<cut]), text: "") { _, _, _ in empty } }
        }
        #expect(throws: BinaryFormatError.self) {
            try Self.readOutline([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], text: "") { _, _, _ in empty }
        }
        let content = parsed.document.content.value.binary
        for cut in stride(from: 0, to: content.count - 1, by: max(1, content.count / 97)) {
            #expect(throws: BinaryFormatError.self) { try DocumentContent(binary: Array(content[..<cut])) }
        }
    }

    static func readOutline(
        _ bytes: [UInt8], text: String, content: (Int, Int, [Int]) -> DocumentContentStorage
    ) throws -> ParsedDocument {
        try ParsedDocument(
            outline: bytes, source: { _ in SourceTextStorage(text) }, content: content, names: NameWordsStorage(NameWords(words: [])))
    }

    let sampleWebLikeText = """
        Joint Statement on Lemons
        May 18, 2017

        The two governments agreed on lemons, as Secretary Kelly said (Applause.) on the day.
        """
}

/// Hands over a document's content, counting how often it was asked.
private final class CountingContentFetcher: DocumentContentFetcher, @unchecked Sendable {
    let content: DocumentContent
    private let lock = NSLock()
    private var count = 0

    init(content: DocumentContent) { self.content = content }

    var fetches: Int { lock.withLock { count } }

    func fetchContent() -> DocumentContent {
        lock.withLock { count += 1 }
        return content
    }
}
