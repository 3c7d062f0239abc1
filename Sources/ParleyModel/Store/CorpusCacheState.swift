import Foundation
import GRDB

/// What `parley cache` tells about one corpus's store: where it is, how big, what it holds, and whether
/// it matches the files now. Looking never creates or changes the database.
public struct CorpusCacheState: Sendable, Encodable {
    /// The database file.
    public var database: String
    public var exists: Bool
    /// Bytes on disk, the database with its write-ahead log.
    public var bytes: Int64
    /// Files the store remembers, documents parsed from them, and paragraphs in its full-text index.
    public var files: Int
    public var documents: Int
    public var paragraphs: Int
    /// Files added, changed or removed since the store was written: the next run parses or drops them.
    public var staleFiles: Int
    /// Set when the database cannot be read as parley's; the next run sets it aside and rebuilds it.
    public var problem: String?

    /// The store of the corpus these paths make, in `folder`.
    public static func inspect(paths: [String], folder: URL) -> CorpusCacheState {
        let listing = CorpusListing(paths: paths, standardInput: { nil })
        let url = CorpusStore.databaseURL(folder: folder, inputs: listing.inputs)
        let fm = FileManager.default
        var state = CorpusCacheState(
            database: url.path, exists: fm.fileExists(atPath: url.path), bytes: 0, files: 0, documents: 0, paragraphs: 0,
            staleFiles: listing.files.count, problem: nil)
        guard state.exists else { return state }
        state.bytes = [url.path, url.path + "-wal"].reduce(Int64(0)) { total, path in
            total + ((try? fm.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0)
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            try queue.read { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == StoreSchema.applicationID else {
                    state.problem = "not written by parley"
                    return
                }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                guard version <= StoreSchema.version else {
                    state.problem = "written by a newer parley (schema \(version))"
                    return
                }
                guard try db.tableExists("file") else { return }
                state.files = try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0
                state.documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM file WHERE parsed IS NOT NULL") ?? 0
                state.paragraphs = try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraph") ?? 0
                let parser = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'parser_version'")
                let signatures = try Row.fetchAll(db, sql: "SELECT path, size, mtime_ns FROM file").map {
                    (path: $0[0] as String, signature: FileSignature(size: $0[1], modifiedNanoseconds: $0[2]))
                }
                if parser != String(CorpusStore.parserVersion) {
                    state.staleFiles = max(listing.files.count, signatures.count)
                    return
                }
                let stored = Dictionary(signatures.map { ($0.path, $0.signature) }) { a, _ in a }
                let listed = listing.files.map(CorpusStore.key)
                let changed = listed.filter { stored[$0] == nil || FileSignature(path: $0) != stored[$0] }.count
                let removed = Set(stored.keys).subtracting(listed).count
                state.staleFiles = changed + removed
            }
        } catch {
            state.problem = "cannot be read (\(CorpusStore.reason(error)))"
        }
        return state
    }

    /// Removes the corpus's database with its write-ahead, lock and set-aside files; true when there was one.
    @discardableResult
    public static func clear(paths: [String], folder: URL) throws -> Bool {
        let url = CorpusStore.databaseURL(folder: folder, inputs: CorpusInputs(paths: paths))
        let existed = FileManager.default.fileExists(atPath: url.path)
        try CacheFolder.remove(url.path)
        return existed
    }
}
