import Foundation
import GRDB

/// One corpus's parsed files and full-text index in SQLite, under the cache folder. It is only a cache of
/// the files: whatever goes wrong with it, parley sets it aside or works without it, and says so in one line.
final class CorpusStore: Sendable {
    /// Bump when parsing changes what it makes from the same bytes, or the binary layout changes:
    /// every file is then parsed again.
    static let parserVersion = 5

    let url: URL
    let pool: DatabasePool
    /// Where writes go that the load does not wait for; nil when every write is made before it returns.
    let laterWrites: StoreWriteQueue?

    private init(url: URL, pool: DatabasePool, writesLater: Bool) {
        self.url = url
        self.pool = pool
        laterWrites = writesLater ? StoreWriteQueue() : nil
    }

    /// Makes a write now, or after the writes before it on the store's own thread when the store writes later.
    func write(_ work: @escaping @Sendable () -> Void) {
        if let laterWrites { laterWrites.add(work) } else { work() }
    }

    /// The key a file goes by in the store: its standardized path.
    static func key(_ url: URL) -> String { url.standardPath }

    /// The database for a corpus: named by its input paths and speakers files, so the same folders give the same database.
    static func databaseURL(folder: URL, inputs: CorpusInputs) -> URL {
        let name = (inputs.paths + ["\u{0}"] + inputs.speakerFiles.map(\.path)).joined(separator: "\u{0}")
        return folder.appendingPathComponent("corpus-\(FileSignature.hexHash(name)).sqlite")
    }

    /// Opens (creating when needed) the corpus's database; a damaged, foreign or newer one is set aside and
    /// made anew. Nil when the folder cannot be written: the caller then reads without a store. `writesLater`:
    /// what the load writes is written after it returns (see `StoreWriteQueue`).
    static func open(folder: URL, inputs: CorpusInputs, notices: inout [String], writesLater: Bool = false) -> CorpusStore? {
        let url = databaseURL(folder: folder, inputs: inputs)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            notices.append("cannot use the cache folder \(folder.path) (\(reason(error))); reading the files without a cache")
            return nil
        }
        defer { CacheFolder.prune(folder, keeping: url) }
        do {
            return try open(url, inputs: inputs.paths, writesLater: writesLater)
        } catch let problem as UnusableDatabase {
            setAside(url)
            notices.append("the cache \(url.path) \(problem.reason); set it aside as \(url.lastPathComponent).broken and rebuilt it")
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            setAside(url)
            notices.append("the cache \(url.path) was damaged; set it aside as \(url.lastPathComponent).broken and rebuilt it")
        } catch {
            notices.append("cannot use the cache \(url.path) (\(reason(error))); reading the files without a cache")
            return nil
        }
        do {
            return try open(url, inputs: inputs.paths, writesLater: writesLater)
        } catch {
            notices.append("cannot use the cache \(url.path) (\(reason(error))); reading the files without a cache")
            return nil
        }
    }

    /// Why a database that opened is not one parley can use.
    private struct UnusableDatabase: Error {
        var reason: String
    }

    /// `inputs`: the corpus paths, kept so that a database whose files are all gone can be pruned.
    private static func open(_ url: URL, inputs: [String], writesLater: Bool) throws -> CorpusStore {
        // One process at a time makes, checks and migrates a database: two parleys creating the same new
        // database at once otherwise see it half made, and fail with "database is locked" or "no such table".
        do {
            return try FileLock.withExclusiveLock(url.path + "-lock") { try openLocked(url, inputs: inputs, writesLater: writesLater) }
        } catch is FileLock.Failure {
            return try openLocked(url, inputs: inputs, writesLater: writesLater)
        }
    }

    private static func openLocked(_ url: URL, inputs: [String], writesLater: Bool) throws -> CorpusStore {
        var configuration = Configuration()
        // Another parley may be writing the same corpus; wait for it rather than fail.
        configuration.busyMode = .timeout(60)
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        // In one write transaction, so that of two parleys making the same new database, the second sees it
        // marked as parley's before any table is there.
        let version = try pool.write { db in
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if application == 0 && tables == 0 {
                try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
            } else if application != StoreSchema.applicationID {
                throw UnusableDatabase(reason: "was not written by parley")
            }
            if version > StoreSchema.version {
                throw UnusableDatabase(reason: "was written by a newer parley (schema \(version), this one reads \(StoreSchema.version))")
            }
            return version
        }
        do {
            try StoreSchema.migrator.migrate(pool)
        } catch {
            // Two parleys opening a new database at once can both see a migration as not applied, and the
            // second then fails to create a table the first made ("table resolution already exists"). Seen
            // again, the migration is applied and is skipped.
            try StoreSchema.migrator.migrate(pool)
        }
        if (1..<StoreSchema.compactSince).contains(version) {
            // Migration 7 moved most of the bytes out of the file rows, and left the rows as sparse as they
            // were: rewritten, the file table is read a tenth as many pages. Once; another parley reading the
            // database meanwhile only puts it off.
            try? pool.vacuum()
            _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        try pool.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'parser_version'")
            if stored != String(parserVersion) {
                try db.execute(sql: "DELETE FROM file")
                try db.execute(sql: "INSERT INTO paragraph_fts(paragraph_fts) VALUES ('delete-all')")
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('parser_version', ?)", arguments: [String(parserVersion)])
            }
            let joined = inputs.joined(separator: "\u{0}")
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'inputs'") != joined {
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('inputs', ?)", arguments: [joined])
            }
        }
        CacheFolder.touch(url)
        return CorpusStore(url: url, pool: pool, writesLater: writesLater)
    }

    /// Folds the write-ahead log into the database and empties it. After a cold load the log holds a copy
    /// of every page written, as large as the database, and it stays on disk when the process ends without
    /// closing its connections. A failure only leaves the log for SQLite to reuse.
    ///
    /// One small write follows, so the log is not left empty: a parley opening the database finds an empty
    /// log and makes and drops a table to start it (GRDB does, so that reads can begin), and that schema
    /// change made another parley's open connection fail with "no such table".
    func compactLog() {
        try? pool.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('compacted', 'yes')")
        }
    }

    /// The longest reason a notice gives.
    static let reasonLength = 160

    /// Moves a database aside, with its WAL files, so a new one can be made where it was.
    static func setAside(_ url: URL) {
        let fm = FileManager.default
        let broken = url.appendingPathExtension("broken")
        try? fm.removeItem(at: broken)
        try? fm.moveItem(at: url, to: broken)
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: url.path + suffix) }
    }

    /// What went wrong, for a one-line notice: SQLite's message (some quote a whole row; those are cut
    /// at their first line and at `reasonLength` characters), or the system's.
    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            let message = (error.message ?? "\(error.resultCode)").prefix { !$0.isNewline }
            return message.count > reasonLength ? message.prefix(reasonLength - 1) + "…" : String(message)
        }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }

    /// A file as the store last saw it.
    struct FileRow: Sendable {
        var signature: FileSignature
        var hash: Int64
        var format: SourceFormat
        var problem: String?
    }

    func fileRows() throws -> [String: FileRow] {
        try pool.read { db in
            var rows: [String: FileRow] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, size, mtime_ns, hash, format, problem FROM file")
            while let row = try cursor.next() {
                let format = SourceFormat(rawValue: row[4]) ?? .plainText
                rows[row[0]] = FileRow(
                    signature: FileSignature(size: row[1], modifiedNanoseconds: row[2]), hash: row[3], format: format, problem: row[5])
            }
            return rows
        }
    }
}
