import Foundation
import GRDB

/// Bringing the store up to date with the files: unchanged files are read back, changed and new ones
/// parsed (in parallel) and written, removed ones dropped. A large archive's new files are written a
/// stretch at a time: when the store is written now, as they are parsed; when it is written later, after,
/// each stretch's source texts read again from the files.
extension CorpusStore {
    struct SyncResult {
        /// One per file, in the order given.
        var outcomes: [CorpusLoader.FileOutcome]
        /// Each file's key in the store, in the order given.
        var keys: [String]
        /// How many files were parsed rather than read back.
        var parsedCount: Int
        /// True when the store now holds exactly these files, so its index can answer searches.
        var isCurrent: Bool
        /// Each file's content hash, nil for one the reader refused.
        var hashes: [Int64?] = []
        /// Whether what was parsed is in the store yet: a store that writes later writes it after `sync` returns.
        var status = StoreSyncStatus(written: true)
    }

    /// What to do with one file.
    private enum Plan: Sendable {
        case reuse
        /// Same bytes, new modification time: read back, and remember the new time.
        case retouch(FileSignature)
        /// Read and parsed now, with the hash of its bytes.
        case parsed(FileSignature, hash: Int64, CorpusLoader.FileOutcome)
        /// The reader refused it; nothing is stored.
        case unreadable(LoadProblem)
    }

    /// How many bytes of changed files are parsed at once when the store is written now: each such stretch
    /// is written and then read back like an unchanged file, so a new archive is never held parsed whole
    /// (its parsed documents take several times its size).
    static let parsedAtOnce = 8 << 20

    /// `progress`, when given, is told the files' number and size, and counts each file as it is read back or
    /// parsed. `knownRows`: the store's `fileRows`, read before.
    ///
    /// When the store writes later, a file parsed now is read for `speakers` (its `TurnReadings`) and then
    /// holds neither its turns nor its source text: they are read again from the file when asked for, and
    /// when it is written.
    func sync(
        _ files: [URL], rows knownRows: [String: FileRow]? = nil, notices: inout [String], progress: LoadProgress? = nil,
        parsedAtOnce: Int = CorpusStore.parsedAtOnce, speakers: SpeakersFile = SpeakersFile(entries: [])
    ) -> SyncResult? {
        var rows: [String: FileRow]
        do {
            rows = try knownRows ?? fileRows()
        } catch {
            notices.append("cannot read the cache \(url.path) (\(Self.reason(error))); reading the files without it")
            if let error = error as? DatabaseError, [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) { Self.setAside(url) }
            return nil
        }
        let keys = files.map(Self.key)
        // Each file looked at once, before any is read: the sizes are what the progress counts towards.
        let signatures = keys.parallelMap(chunk: 256, FileSignature.init(path:))
        progress?.expect(files: files.count, bytes: signatures.reduce(0) { $0 + Int($1?.size ?? 0) })
        var plans = [Plan](repeating: .reuse, count: files.count)
        // Files that look changed are read, hashed and parsed on all cores, each in one go: a new archive is
        // thousands of them, and its bytes are let go as soon as each is parsed.
        let changed = files.indices.filter { index in
            guard let row = rows[keys[index]], let signature = signatures[index] else { return true }
            return signature != row.signature
        }
        // Written now, a stretch at a time, and then read back below as the unchanged files are.
        var writtenNow: Set<Int> = []
        for stretch in Self.stretches(of: changed, sizes: signatures, bytes: laterWrites == nil ? parsedAtOnce : .max) {
            let known = rows
            let read = stretch.parallelMap { index in
                let plan = Self.readPlan(files[index], key: keys[index], row: known[keys[index]], progress: progress)
                return laterWrites == nil ? plan : withTextLetGo(plan, key: keys[index], speakers: speakers)
            }
            for (index, plan) in zip(stretch, read) { plans[index] = plan }
            guard stretch.count < changed.count, let written = writeParsed(stretch, plans: plans, keys: keys) else { continue }
            for (index, row) in written {
                rows[keys[index]] = row
                plans[index] = .reuse
                writtenNow.insert(index)
            }
        }

        // Read back what can be; a row that does not decode is parsed again.
        var reused: [String: Int] = [:]
        for (index, plan) in plans.enumerated() {
            switch plan {
            case .reuse, .retouch: reused[keys[index]] = index
            default: break
            }
        }
        // By file, in the order given; nil for a file not read back.
        var stored: [CorpusLoader.FileOutcome?]
        do {
            stored = try storedOutcomes(of: reused, count: files.count, rows: rows)
        } catch {
            notices.append("cannot read the cache \(url.path) (\(Self.reason(error))); reading the files without it")
            return nil
        }
        let undecoded = reused.values.filter { stored[$0] == nil }.sorted()
        let reread = undecoded.parallelMap { index in Self.readPlan(files[index], key: keys[index], row: nil, progress: progress) }
        for (index, plan) in zip(undecoded, reread) { plans[index] = plan }
        for index in plans.indices where stored[index] != nil && !writtenNow.contains(index) {
            progress?.fileDone(bytes: Int(rows[keys[index]]?.signature.size ?? 0))
        }

        // Moved out of `stored`, not copied: a parsed document holds a dozen references to retain.
        var outcomes: [CorpusLoader.FileOutcome] = []
        outcomes.reserveCapacity(files.count)
        // The files parsed here, to be written; and the outcomes the write takes as they are. Written later,
        // a file that parsed is parsed again a stretch at a time, as its text was not held: only a refused
        // file's outcome is kept.
        var written: [(index: Int, signature: FileSignature)] = []
        var held: [Int: CorpusLoader.FileOutcome] = [:]
        var hashes: [Int64?] = []
        hashes.reserveCapacity(files.count)
        var retouched: [(String, FileSignature)] = []
        // A file the reader refused now is dropped from the store, so it is not read back later.
        var dropped: [Int] = []
        for index in files.indices {
            switch plans[index] {
            case .reuse, .retouch:
                outcomes.append(stored[index].take()!)
                hashes.append(rows[keys[index]]?.hash)
                if case .retouch(let signature) = plans[index] { retouched.append((keys[index], signature)) }
            case .parsed(let signature, let hash, let outcome):
                outcomes.append(outcome)
                written.append((index, signature))
                switch outcome {
                case .parsed where laterWrites != nil: break
                default: held[index] = outcome
                }
                hashes.append(hash)
            case .unreadable(let problem):
                outcomes.append(.unreadable(problem))
                hashes.append(nil)
                if rows[keys[index]] != nil { dropped.append(index) }
            }
        }
        let listed = Set(keys)
        let removed = rows.keys.filter { !listed.contains($0) }
        let parsedCount = written.count + writtenNow.count
        guard !written.isEmpty || !removed.isEmpty || !retouched.isEmpty || !dropped.isEmpty else {
            if !writtenNow.isEmpty { compactLog() }
            return SyncResult(outcomes: outcomes, keys: keys, parsedCount: parsedCount, isCurrent: true, hashes: hashes)
        }
        let removedKeys = removed + dropped.map { keys[$0] }
        let stretchBytes = laterWrites == nil ? Int.max : parsedAtOnce
        let write: @Sendable () -> String? = { [self, held, written, hashes, retouched, signatures] in
            do {
                try pool.write { db in
                    for key in removedKeys { try Self.deleteFile(key, db: db) }
                    for (key, signature) in retouched {
                        try db.execute(sql: "UPDATE file SET mtime_ns = ? WHERE path = ?", arguments: [signature.modifiedNanoseconds, key])
                    }
                }
                for stretch in Self.stretches(of: Array(written.indices), sizes: written.map { signatures[$0.index] }, bytes: stretchBytes)
                {
                    let parsed = stretch.parallelMap { w -> ParsedFile? in
                        let (index, signature) = written[w]
                        if let outcome = held[index] {
                            return ParsedFile(key: keys[index], signature: signature, hash: hashes[index] ?? 0, outcome: outcome)
                        }
                        // The same bytes, or the file is left for the next run to read.
                        guard
                            case .parsed(let now, let hash, let outcome) = Self.readPlan(
                                files[index], key: keys[index], row: nil, progress: nil),
                            hash == hashes[index]
                        else { return nil }
                        return ParsedFile(key: keys[index], signature: now, hash: hash, outcome: outcome)
                    }
                    try pool.write { db in try Self.write(parsed.compactMap { $0 }, db: db) }
                }
            } catch {
                return "cannot update the cache \(url.path) (\(Self.reason(error))); read the files without it this time"
            }
            compactLog()
            return nil
        }
        if let laterWrites {
            let status = StoreSyncStatus(written: false)
            laterWrites.add { status.finish(problem: write()) }
            return SyncResult(outcomes: outcomes, keys: keys, parsedCount: parsedCount, isCurrent: true, hashes: hashes, status: status)
        }
        progress?.begin(.indexing)
        if let problem = write() {
            notices.append(problem)
            return SyncResult(outcomes: outcomes, keys: keys, parsedCount: parsedCount, isCurrent: false, hashes: hashes)
        }
        return SyncResult(outcomes: outcomes, keys: keys, parsedCount: parsedCount, isCurrent: true, hashes: hashes)
    }

    /// `indices` cut, in order, into stretches of files of about `bytes` together (`sizes` by file).
    static func stretches(of indices: [Int], sizes: [FileSignature?], bytes: Int) -> [[Int]] {
        var out: [[Int]] = []
        var current: [Int] = []
        var total = 0
        for index in indices {
            current.append(index)
            total += Int(sizes[index]?.size ?? 0)
            if total >= bytes {
                out.append(current)
                current = []
                total = 0
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Writes the files of `indices` that were parsed, in one transaction; the store's row of each, or nil
    /// when they could not be written (they are then kept, and written with the rest).
    private func writeParsed(_ indices: [Int], plans: [Plan], keys: [String]) -> [(Int, FileRow)]? {
        var parsed: [ParsedFile] = []
        var written: [(Int, FileRow)] = []
        for index in indices {
            guard case .parsed(let signature, let hash, let outcome) = plans[index] else { continue }
            let row: FileRow
            switch outcome {
            case .parsed(_, let format): row = FileRow(signature: signature, hash: hash, format: format, problem: nil)
            case .rejected(let problem): row = FileRow(signature: signature, hash: hash, format: .plainText, problem: problem)
            case .unreadable: continue
            }
            guard let file = ParsedFile(key: keys[index], signature: signature, hash: hash, outcome: outcome) else { continue }
            written.append((index, row))
            parsed.append(file)
        }
        guard !parsed.isEmpty else { return [] }
        do {
            try pool.write { db in try Self.write(parsed, db: db) }
        } catch {
            return nil
        }
        return written
    }

    /// A file parsed now, to be written.
    private struct ParsedFile: Sendable {
        var key: String
        var signature: FileSignature
        var hash: Int64
        var outcome: CorpusLoader.FileOutcome
        /// The source text of a file that parsed, read before the write: when it is not held, it is read
        /// from the file again, which may not be in a write transaction.
        var sourceText: String?

        /// Nil when the file parsed and its source text can no longer be had (it changed since): it is then
        /// not written, and the next run parses it again.
        init?(key: String, signature: FileSignature, hash: Int64, outcome: CorpusLoader.FileOutcome) {
            self.key = key
            self.signature = signature
            self.hash = hash
            self.outcome = outcome
            if case .parsed(let doc, _) = outcome {
                guard case .success(let text) = doc.document.source.readWithoutKeeping() else { return nil }
                sourceText = text
            }
        }
    }

    /// A plan whose parsed document no longer holds its text: its turns and source text are read again
    /// from the file (or the store, once written) when asked for, and what resolving speakers needs of its
    /// turns is read now. The browser writes a new archive after showing it, and held until then, its
    /// documents take several times its size.
    private func withTextLetGo(_ plan: Plan, key: String, speakers: SpeakersFile) -> Plan {
        guard case .parsed(let signature, let hash, .parsed(var doc, let format)) = plan else { return plan }
        if doc.document.kind == .transcript {
            doc.turnReadings = TurnReadings(turns: doc.document.turns, speakers: speakers, meetingID: nil)
        }
        let content = doc.document.content
        doc.document.content = DocumentContentStorage(
            fetcher: StoredDocumentContent(store: self, key: key, fileHash: hash, turnCount: content.turnCount),
            turnCount: content.turnCount, paragraphCount: content.paragraphCount, turnWords: content.spokenWordsPerTurn)
        doc.document.source = SourceTextStorage(
            fetcher: StoredSourceText(store: self, key: key), hash: doc.document.source.contentHash)
        return .parsed(signature, hash: hash, .parsed(doc, format))
    }

    /// Writes parsed files in place of what the store held for them, and adds their paragraphs to the
    /// full-text index.
    private static func write(_ files: [ParsedFile], db: Database) throws {
        for file in files { try deleteFile(file.key, db: db) }
        // New paragraphs take ids above every id left, so the full-text index takes them in one statement,
        // several times faster than a row at a time.
        let lastKept = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM paragraph") ?? 0
        for file in files { try write(file, db: db) }
        try db.execute(sql: "INSERT INTO paragraph_fts(rowid, text) SELECT id, text FROM paragraph WHERE id > ?", arguments: [lastKept])
    }

    /// A file that looks changed, read: only its modification time moved when its bytes are the ones `row`
    /// records, else it is parsed here, its text given the bytes' hash when they are the same bytes.
    private static func readPlan(_ file: URL, key: String, row: FileRow?, progress: LoadProgress?) -> Plan {
        switch CorpusLoader.readData(file) {
        case .failure(let problem):
            return .unreadable(problem)
        case .success(let data):
            // Read the signature after the bytes: a file written meanwhile is then seen as changed next time.
            let signature = FileSignature(path: key) ?? FileSignature(size: Int64(data.count), modifiedNanoseconds: 0)
            let hash = FileSignature.contentHash(data)
            if let row, row.signature.size == signature.size, row.hash == hash { return .retouch(signature) }
            defer { progress?.fileDone(bytes: data.count) }
            let outcome = CorpusLoader.parse(data, url: file)
            if case .parsed(let doc, _) = outcome { doc.document.source.learnHash(hash, ifTextIs: data) }
            return .parsed(signature, hash: hash, outcome)
        }
    }

    /// The stored outcomes of the files `indices` names, at their indices among `count`; nil for any other
    /// file and any whose parsed form does not decode.
    private func storedOutcomes(of indices: [String: Int], count: Int, rows: [String: FileRow]) throws -> [CorpusLoader.FileOutcome?] {
        var out = [CorpusLoader.FileOutcome?](repeating: nil, count: count)
        guard !indices.isEmpty else { return out }
        return try pool.read { db in
            // Decoded on all cores, a batch at a time, so only one batch of raw bytes is held at once.
            var batch: [StoredBlob] = []
            func decodeBatch() {
                let decoded = batch.parallelMap { blob in
                    try? ParsedDocument(
                        outline: blob.bytes,
                        source: { hash in SourceTextStorage(fetcher: StoredSourceText(store: self, key: blob.key), hash: hash) },
                        content: { turns, paragraphs, words in
                            let fetcher = StoredDocumentContent(store: self, key: blob.key, fileHash: blob.fileHash, turnCount: turns)
                            return DocumentContentStorage(fetcher: fetcher, turnCount: turns, paragraphCount: paragraphs, turnWords: words)
                        },
                        names: NameWordsStorage { [self] in storedNameWords(key: blob.key) })
                }
                for (blob, doc) in zip(batch, decoded) {
                    if let doc, let format = rows[blob.key]?.format { out[blob.index] = .parsed(doc, format) }
                }
                batch.removeAll(keepingCapacity: true)
            }
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, parsed FROM file")
            while let row = try cursor.next() {
                let key: String = row[0]
                guard let index = indices[key], let stored = rows[key] else { continue }
                if let problem = stored.problem {
                    out[index] = .rejected(problem)
                } else if let blob: Data = row[1] {
                    batch.append(StoredBlob(key: key, index: index, fileHash: stored.hash, bytes: [UInt8](blob)))
                    if batch.count == 256 { decodeBatch() }
                }
            }
            decodeBatch()
            return out
        }
    }

    /// A stored file's name words, in their stored form; none when they cannot be read (the store was
    /// cleared meanwhile), and full names are then not looked for in that file.
    func storedNameWords(key: String) -> [UInt8]? {
        let blob = try? pool.read { db in try Data.fetchOne(db, sql: "SELECT names FROM file_content WHERE path = ?", arguments: [key]) }
        return (blob ?? nil).map { [UInt8]($0) }
    }

    /// Drops a file's rows, its paragraphs' entries in the full-text index first: the index is kept by the
    /// store, not by triggers, and is told the text it is to forget.
    private static func deleteFile(_ key: String, db: Database) throws {
        try db.execute(
            sql: "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) SELECT 'delete', id, text FROM paragraph WHERE path = ?",
            arguments: [key])
        try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [key])
    }

    /// Writes a file's rows and its paragraphs' searchable text; the caller adds the paragraphs to the full-text index.
    private static func write(_ file: ParsedFile, db: Database) throws {
        let (key, signature, hash) = (file.key, file.signature, file.hash)
        let insertFile = try db.cachedStatement(
            sql: "INSERT INTO file(path, size, mtime_ns, hash, format, problem, parsed) VALUES (?, ?, ?, ?, ?, ?, ?)")
        switch file.outcome {
        case .parsed(let doc, let format):
            try insertFile.execute(arguments: [
                key, signature.size, signature.modifiedNanoseconds, hash, format.rawValue, nil, Data(doc.outlineBinary),
            ])
            try db.execute(
                sql: "INSERT INTO file_content(path, content, names) VALUES (?, ?, ?)",
                arguments: [key, Data(doc.document.content.value.binary), Data(doc.nameWordsStorage.binary)])
            try db.execute(
                sql: "INSERT INTO source(path, hash, text) VALUES (?, ?, ?)",
                arguments: [key, doc.document.source.contentHash, file.sourceText ?? ""])
            let insertParagraph = try db.cachedStatement(
                sql: "INSERT INTO paragraph(path, document, turn, paragraph, text) VALUES (?, ?, ?, ?, ?)")
            let document = doc.document
            for turn in document.turns {
                for (index, paragraph) in turn.paragraphs.enumerated() {
                    try insertParagraph.execute(arguments: [key, document.fileName, turn.index, index, paragraph.searchableText])
                }
            }
            for (index, paragraph) in document.body.enumerated() {
                try insertParagraph.execute(arguments: [key, document.fileName, nil, index, paragraph.searchableText])
            }
        case .rejected(let message):
            try insertFile.execute(arguments: [
                key, signature.size, signature.modifiedNanoseconds, hash, SourceFormat.plainText.rawValue, message, nil,
            ])
        case .unreadable:
            break
        }
    }
}

/// One file's outline as stored, waiting to be decoded.
private struct StoredBlob: Sendable {
    var key: String
    /// Which of the files given.
    var index: Int
    var fileHash: Int64
    var bytes: [UInt8]
}
