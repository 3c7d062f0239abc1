import Foundation
import GRDB

/// The store's one saved speaker resolution, under a key made of every file's path and content hash and the
/// `speakers.toml` files' bytes: any change to those makes a new key, and the resolver runs again.
extension CorpusStore {
    static func speakersKey(files: [(path: String, hash: Int64)], speakerFiles: [URL]) -> String {
        // The layout of the stored resolution and the resolver's version are part of the key: a resolution
        // written another way, or worked out by other rules, is not read back.
        var text = "parser \(parserVersion)\nresolution \(ResolvedSpeakers.layoutVersion)\nresolver \(SpeakerResolver.version)\n"
        for file in files { text += "\(file.path)\u{0}\(file.hash)\n" }
        for url in speakerFiles {
            text += "\(url.path)\u{0}\(FileSignature.contentHash((try? Data(contentsOf: url)) ?? Data()))\n"
        }
        return FileSignature.hexHash(text)
    }

    func storedSpeakers(key: String) -> ResolvedSpeakers? {
        let blob = try? pool.read { db in try Data.fetchOne(db, sql: "SELECT data FROM resolution WHERE key = ?", arguments: [key]) }
        guard let blob = blob ?? nil else { return nil }
        return try? ResolvedSpeakers(binary: [UInt8](blob))
    }

    /// The one resolution the store keeps, whatever its key: read while the files are synced, before the
    /// corpus's key is known, and used only when it turns out to be that key's.
    func savedSpeakers() -> SavedSpeakers? {
        let row = try? pool.read { db in try Row.fetchOne(db, sql: "SELECT key, data FROM resolution LIMIT 1") }
        guard let row = row ?? nil, let key: String = row[0], let blob: Data = row[1],
            let speakers = try? ResolvedSpeakers(binary: [UInt8](blob))
        else { return nil }
        return SavedSpeakers(key: key, speakers: speakers)
    }

    /// Keeps this resolution in place of any other; a failure only means resolving again next time.
    func storeSpeakers(_ speakers: ResolvedSpeakers, key: String) {
        write { [self] in
            try? pool.write { db in
                try db.execute(sql: "DELETE FROM resolution")
                try db.execute(sql: "INSERT INTO resolution(key, data) VALUES (?, ?)", arguments: [key, Data(speakers.binary)])
            }
            compactLog()
        }
    }
}

/// A speaker resolution as the store keeps it, under the key of the files and speakers files it was made from.
struct SavedSpeakers: Sendable {
    var key: String
    var speakers: ResolvedSpeakers
}
