import Foundation
import GRDB

/// Every corpus database in the cache folder, and the rule that removes those nobody needs any more: a new
/// set of `--corpus` paths or a new `speakers.toml` starts a database of its own, and without pruning the old
/// ones would stay forever, each as large as its corpus.
public enum CacheFolder {
    /// A database not opened for this long is removed the next time any corpus is opened.
    public static let unusedDays = 30

    /// One corpus database found in the folder.
    public struct Database: Sendable, Encodable, Equatable {
        public var path: String
        /// The database with its write-ahead files, in bytes.
        public var bytes: Int64
        /// When a parley last opened it.
        public var lastUsed: Date
        /// The corpus paths it was made for; empty when it does not say (written before parley kept them).
        public var inputs: [String]

        private enum CodingKeys: String, CodingKey { case path, bytes, lastUsed, inputs }

        /// `lastUsed` as an ISO 8601 time in UTC, which a script can read.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(bytes, forKey: .bytes)
            try container.encode(ISO8601DateFormatter().string(from: lastUsed), forKey: .lastUsed)
            try container.encode(inputs, forKey: .inputs)
        }
    }

    /// The corpus databases in `folder`, most recently used first.
    public static func databases(in folder: URL) -> [Database] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasPrefix("corpus-") && $0.hasSuffix(".sqlite") }.compactMap { name in
            let path = folder.appendingPathComponent(name).path
            guard let attributes = try? fm.attributesOfItem(atPath: path) else { return nil }
            let bytes = companions(of: path).reduce(Int64(0)) { total, file in
                total + ((try? fm.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0)
            }
            let lastUsed = attributes[.modificationDate] as? Date ?? .distantPast
            return Database(path: path, bytes: bytes, lastUsed: lastUsed, inputs: storedInputs(path))
        }
        .sorted { ($0.lastUsed, $0.path) > ($1.lastUsed, $1.path) }
    }

    /// Whether a database should go: unused for `unusedDays`, or every path it was made for is gone.
    static func isAbandoned(_ database: Database, now: Date) -> Bool {
        if now.timeIntervalSince(database.lastUsed) > Double(unusedDays) * 86_400 { return true }
        let fm = FileManager.default
        return !database.inputs.isEmpty && !database.inputs.contains { fm.fileExists(atPath: $0) }
    }

    /// Removes the abandoned databases other than `keeping`, at most once a day (looking opens every database,
    /// which a start should not pay each time); returns the paths removed. A database that cannot be removed is
    /// left for next time: pruning never stands in the way of a load.
    @discardableResult
    static func prune(_ folder: URL, keeping: URL, now: Date = Date()) -> [String] {
        let stamp = folder.appendingPathComponent(pruneStampName)
        let fm = FileManager.default
        if let last = (try? fm.attributesOfItem(atPath: stamp.path))?[.modificationDate] as? Date,
            now.timeIntervalSince(last) < 86_400, last <= now
        {
            return []
        }
        if !fm.createFile(atPath: stamp.path, contents: nil) { return [] }
        try? fm.setAttributes([.modificationDate: now], ofItemAtPath: stamp.path)
        return databases(in: folder).filter { $0.path != keeping.path && isAbandoned($0, now: now) }.compactMap { database in
            (try? remove(database.path)) == nil ? nil : database.path
        }
    }

    /// An empty file whose modification time says when the folder was last pruned.
    static let pruneStampName = "last-pruned"

    /// Removes a database with its write-ahead and lock files and any copy set aside as broken.
    public static func remove(_ path: String) throws {
        let fm = FileManager.default
        for file in companions(of: path) + [path + ".broken"] where fm.fileExists(atPath: file) {
            try fm.removeItem(atPath: file)
        }
    }

    /// Marks a database as used now: reading it does not change its modification time.
    static func touch(_ url: URL) {
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
    }

    private static func companions(of path: String) -> [String] { [path, path + "-wal", path + "-shm", path + "-lock"] }

    /// The corpus paths a database records, read without changing it.
    private static func storedInputs(_ path: String) -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration),
            let text = try? queue.read({ db -> String? in
                guard try db.tableExists("meta") else { return nil }
                return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'inputs'")
            })
        else { return [] }
        return text.split(separator: "\u{0}").map(String.init)
    }
}
