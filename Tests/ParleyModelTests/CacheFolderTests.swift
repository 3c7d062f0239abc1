import Foundation
import Testing

@testable import ParleyModel

/// Old corpus databases do not pile up in the cache folder, and a cold load does not leave a write-ahead log
/// as large as the database behind it.
struct CacheFolderTests {
    struct Fixture {
        let root: URL
        var cache: URL { root.appendingPathComponent("cache") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cache-folder-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        /// A corpus folder of one transcript, loaded once through the store.
        @discardableResult
        func loadCorpus(_ name: String) throws -> URL {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(CorpusStoreTests.transcript(name, "The bridge in \(name) is safe.").utf8)
                .write(to: folder.appendingPathComponent("a.txt"))
            _ = CorpusLoader.load(paths: [folder.path], cache: .folder(cache))
            return folder
        }

        func database(for folder: URL) -> CacheFolder.Database? {
            CacheFolder.databases(in: cache).first { $0.inputs == [folder.standardizedFileURL.path] }
        }

        func age(_ path: String, days: Double) throws {
            let date = Date(timeIntervalSinceNow: -days * 86_400)
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func eachDatabaseRecordsItsCorpusAndWhenItWasUsed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = try fixture.loadCorpus("springfield")
        let database = try #require(fixture.database(for: folder))
        #expect(abs(database.lastUsed.timeIntervalSinceNow) < 600)
        #expect(database.bytes > 0)
    }

    @Test func aColdLoadLeavesNoLargeWriteAheadLog() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = try fixture.loadCorpus("springfield")
        let database = try #require(fixture.database(for: folder))
        let log = (try? FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        #expect(log == 0)
    }

    @Test func databasesUnusedForAMonthOrWithTheirFilesGoneArePruned() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let old = try fixture.loadCorpus("old")
        let gone = try fixture.loadCorpus("gone")
        let recent = try fixture.loadCorpus("recent")
        let oldDatabase = try #require(fixture.database(for: old)).path
        let goneDatabase = try #require(fixture.database(for: gone)).path
        try fixture.age(oldDatabase, days: Double(CacheFolder.unusedDays) + 1)
        try FileManager.default.removeItem(at: gone)
        let stamp = fixture.cache.appendingPathComponent(CacheFolder.pruneStampName).path
        try fixture.age(stamp, days: 2)

        let current = try fixture.loadCorpus("current")
        let left = Set(CacheFolder.databases(in: fixture.cache).map(\.path))
        #expect(!left.contains(oldDatabase))
        #expect(!left.contains(goneDatabase))
        #expect(!FileManager.default.fileExists(atPath: oldDatabase + "-wal"))
        #expect(fixture.database(for: recent) != nil)
        #expect(fixture.database(for: current) != nil)
    }

    @Test func pruningHappensAtMostOnceADay() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let old = try fixture.loadCorpus("old")
        let oldDatabase = try #require(fixture.database(for: old)).path
        try fixture.age(oldDatabase, days: Double(CacheFolder.unusedDays) + 1)
        try fixture.loadCorpus("current")
        #expect(FileManager.default.fileExists(atPath: oldDatabase))
    }
}
