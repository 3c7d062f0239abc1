import Foundation

/// A place the reader marked with a letter (`m a`) to come back to (`' a`).
public struct Mark: Sendable, Hashable, Codable {
    public var letter: Character
    public var ref: PassageRef

    public init(letter: Character, ref: PassageRef) {
        self.letter = letter
        self.ref = ref
    }

    enum CodingKeys: String, CodingKey { case letter, ref }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let s = try c.decode(String.self, forKey: .letter)
        guard s.count == 1, let ch = s.first, MarkStore.isMarkLetter(ch) else {
            throw DecodingError.dataCorruptedError(forKey: .letter, in: c, debugDescription: "not a mark letter: \(s)")
        }
        letter = ch
        ref = try c.decode(PassageRef.self, forKey: .ref)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(String(letter), forKey: .letter)
        try c.encode(ref, forKey: .ref)
    }
}

/// The marks of one corpus, kept in the user's state directory so they survive between runs.
///
/// One JSON file per corpus, `<state>/parley/marks/<corpus id>.json`. Every change is a
/// read-merge-write under an exclusive `flock` on `<corpus id>.json.lock`: the file is read again,
/// the one mark changed, and the result written to a temporary file in the same directory and renamed
/// over the old one. So two parleys on the same corpus keep each other's marks, and a crash or kill
/// leaves the old file or the new one, never half of either (a temporary left by a killed process is
/// removed the next time the marks are opened).
///
/// Nothing is lost silently: a file that cannot be read as marks of this corpus is renamed aside
/// (`<name>.corrupt-<timestamp>`); a file that cannot be read at all (permissions) is left alone and
/// not written, marks then lasting only until the program ends; a mark that no longer names a passage
/// of the corpus is dropped. Each is reported in `warnings`.
public struct MarkStore: Sendable {
    public static let format = "parley-marks"
    public static let version = 1

    public let corpusID: String
    public let fileURL: URL
    public private(set) var marks: [Character: PassageRef] = [:]
    /// Problems met while loading or saving, one line each, for the status bar or stderr.
    public private(set) var warnings: [String] = []
    /// False when the file exists but cannot be read: writing would destroy marks not yet seen.
    public private(set) var canSave = true
    /// Which references are passages of the corpus; marks elsewhere are dropped.
    private let isValid: @Sendable (PassageRef) -> Bool

    /// `a`–`z` and `A`–`Z`.
    public static func isMarkLetter(_ c: Character) -> Bool {
        c.isASCII && c.isLetter
    }

    /// `$XDG_STATE_HOME/parley`, or `~/.local/state/parley` when it is unset or not absolute (as the
    /// XDG Base Directory specification says to ignore relative paths).
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("parley")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/parley")
    }

    /// Opens (and reads, if present) the marks of `corpusID` under `directory` (by default `defaultDirectory()`).
    public init(corpusID: String, directory: URL? = nil) {
        self.init(corpusID: corpusID, directory: directory, isValid: { _ in true })
    }

    /// Opens the marks of `corpus`, keeping only those that name one of its passages. Marks saved under the
    /// corpus's id of earlier versions (`CorpusIdentity.legacyID`) are taken over and saved under the new one.
    public init(corpus: Corpus, directory: URL? = nil) {
        self.init(
            corpusID: CorpusIdentity.id(of: corpus), directory: directory, isValid: { corpus.contains($0) },
            legacyID: { CorpusIdentity.legacyID(of: corpus) })
    }

    private init(
        corpusID: String, directory: URL?, isValid: @escaping @Sendable (PassageRef) -> Bool, legacyID: (() -> String)? = nil
    ) {
        self.corpusID = corpusID
        self.isValid = isValid
        let dir = (directory ?? MarkStore.defaultDirectory()).appendingPathComponent("marks")
        fileURL = dir.appendingPathComponent("\(corpusID).json")
        removeAbandonedTemporaries()
        if let legacyID { adoptLegacyFile(legacyID) }
        load()
    }

    /// Takes over the marks file of the corpus's old id, when there is no file under its new one: renamed to
    /// the new name, read as this corpus's, and written back under the new id. The old id reads every source
    /// text, so it is worked out only when the folder holds a file named like one.
    private mutating func adoptLegacyFile(_ legacyID: () -> String) {
        let fm = FileManager.default
        let dir = fileURL.deletingLastPathComponent()
        guard !fm.fileExists(atPath: fileURL.path),
            let names = try? fm.contentsOfDirectory(atPath: dir.path),
            names.contains(where: { $0.hasSuffix(".json") && CorpusIdentity.isLegacyID($0.dropLast(5)) })
        else { return }
        let id = legacyID()
        let legacy = dir.appendingPathComponent("\(id).json")
        guard fm.fileExists(atPath: legacy.path), rename(legacy.path, fileURL.path) == 0 else { return }
        adoptedID = id
        load()
        adoptedID = nil
        guard canSave else { return }
        // Written back whole under the new id; a file left with no mark that names a passage goes.
        if let letter = marks.keys.sorted().first {
            _ = save(letter, marks[letter])
        } else {
            unlink(fileURL.path)
        }
        marks = [:]
    }

    /// While a file of the corpus's old id is taken over, the id its contents may name.
    private var adoptedID: String? = nil

    public func mark(_ letter: Character) -> PassageRef? { marks[letter] }

    /// Sets a mark and saves. Returns false (with a warning) when the letter is not a mark letter or the
    /// file cannot be written; the mark is kept in memory either way for a valid letter.
    @discardableResult
    public mutating func set(_ letter: Character, at ref: PassageRef) -> Bool {
        guard Self.isMarkLetter(letter) else {
            warnings.append("'\(letter)' is not a mark letter (use a–z or A–Z)")
            return false
        }
        marks[letter] = ref
        return save(letter, ref)
    }

    @discardableResult
    public mutating func remove(_ letter: Character) -> Bool {
        marks[letter] = nil
        return save(letter, nil)
    }

    private struct File: Codable {
        var format: String
        var version: Int
        var corpus: String
        var marks: [Mark]
    }

    /// What went wrong, in words fit for the status line.
    private struct Reason: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// What is on disk: nothing, marks, bytes that are not marks of this corpus, or a file that cannot be read.
    private enum OnDisk {
        case absent
        case marks([Character: PassageRef])
        case foreign(String)
        case unreadable(String)
    }

    private func readFile() -> OnDisk {
        // Non-blocking, so a FIFO put in the file's place cannot hold the program.
        let descriptor = open(fileURL.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 {
            return errno == ENOENT ? .absent : .unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            return .unreadable("not a regular file")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            // No marks file is this large; a bigger one is not ours.
            if data.count > 1 << 20 { return .foreign("larger than any marks file") }
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.format == Self.format else { throw Reason("not a parley marks file") }
            guard file.version == Self.version else { throw Reason("marks file version \(file.version), expected \(Self.version)") }
            guard file.corpus == corpusID || file.corpus == adoptedID else { throw Reason("marks of another corpus (\(file.corpus))") }
            var marks: [Character: PassageRef] = [:]
            for mark in file.marks { marks[mark.letter] = mark.ref }
            return .marks(marks)
        } catch {
            return .foreign((error as? Reason)?.reason ?? "not valid marks JSON")
        }
    }

    private mutating func load() {
        switch readFile() {
        case .absent:
            return
        case .marks(let stored):
            marks = keepingValid(stored)
        case .unreadable(let reason):
            canSave = false
            warnings.append(
                "cannot read marks file \(fileURL.path) (\(reason)); it is left as it is, and marks set now last until parley quits")
        case .foreign(let reason):
            let aside = fileURL.path + ".corrupt-" + Self.timestamp()
            if rename(fileURL.path, aside) == 0 {
                warnings.append("marks file \(fileURL.path): \(reason); moved aside to \(aside), marks start empty")
            } else {
                canSave = false
                warnings.append(
                    "marks file \(fileURL.path): \(reason); could not move it aside (\(String(cString: strerror(errno)))), so it is left as it is"
                )
            }
        }
    }

    /// The marks that name passages of the corpus; each one dropped is reported.
    private mutating func keepingValid(_ stored: [Character: PassageRef]) -> [Character: PassageRef] {
        var kept: [Character: PassageRef] = [:]
        for letter in stored.keys.sorted() {
            let ref = stored[letter]!
            if isValid(ref) {
                kept[letter] = ref
            } else {
                warnings.append("mark \(letter) no longer points at a passage of this corpus (the files have changed); dropped")
            }
        }
        return kept
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }

    /// `.<file name>.<pid>.tmp`: the process id tells a temporary still being written from one left by a
    /// process that was killed.
    private func temporaryURL(pid: Int32) -> URL {
        fileURL.deletingLastPathComponent().appendingPathComponent(".\(fileURL.lastPathComponent).\(pid).tmp")
    }

    private func removeAbandonedTemporaries() {
        let dir = fileURL.deletingLastPathComponent()
        let prefix = ".\(fileURL.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(4)) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink(dir.appendingPathComponent(name).path)
            }
        }
    }

    /// Changes one mark in the file: under the lock, what another process wrote since is read back and
    /// kept, then everything is written to a temporary, flushed and renamed over the old file.
    private mutating func save(_ letter: Character, _ ref: PassageRef?) -> Bool {
        guard canSave else {
            warnings.append("marks are not saved: \(fileURL.path) could not be read, and is left as it is")
            return false
        }
        do {
            let dir = fileURL.deletingLastPathComponent()
            try Self.makeDirectories(dir)
            let merged = try FileLock.withExclusiveLock(fileURL.path + ".lock") {
                var merged = marks
                if case .marks(let stored) = readFile() {
                    var valid = stored.filter { isValid($0.value) }
                    valid[letter] = ref
                    merged = valid
                }
                let file = File(
                    format: Self.format, version: Self.version, corpus: corpusID,
                    marks: merged.keys.sorted().map { Mark(letter: $0, ref: merged[$0]!) })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let temp = temporaryURL(pid: getpid())
                try Self.writeFlushed(try encoder.encode(file), to: temp)
                guard rename(temp.path, fileURL.path) == 0 else {
                    let reason = String(cString: strerror(errno))
                    unlink(temp.path)
                    throw Reason(reason)
                }
                return merged
            }
            marks = merged
            return true
        } catch {
            warnings.append("cannot save marks to \(fileURL.path): \((error as? Reason)?.reason ?? "\(error)")")
            return false
        }
    }

    /// Creates a folder and its parents, reporting a failure as the system words it.
    private static func makeDirectories(_ url: URL) throws {
        var path = ""
        for component in url.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw Reason("cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes `data` to a new file and flushes it to disk, so the rename never points at unwritten data.
    private static func writeFlushed(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Reason("cannot create \(url.path): \(String(cString: strerror(errno)))") }
        var failure: Int32? = nil
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(url.path)
            throw Reason(String(cString: strerror(failure)))
        }
    }
}
