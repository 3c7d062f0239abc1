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
/// One JSON file per corpus, `<state>/parley/marks/<corpus id>.json`, written to a temporary file in
/// the same directory and renamed over the old one, so a crash or kill leaves the old file or the
/// new one, never half of either. A file that cannot be read as marks of this corpus is renamed
/// aside (`<name>.corrupt-<timestamp>`) and reported in `warnings`; the marks start empty.
public struct MarkStore: Sendable {
    public static let format = "parley-marks"
    public static let version = 1

    public let corpusID: String
    public let fileURL: URL
    public private(set) var marks: [Character: PassageRef] = [:]
    /// Problems met while loading, one line each, for the status bar or stderr.
    public private(set) var warnings: [String] = []

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
        self.corpusID = corpusID
        let dir = (directory ?? MarkStore.defaultDirectory()).appendingPathComponent("marks")
        fileURL = dir.appendingPathComponent("\(corpusID).json")
        load()
    }

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
        return save()
    }

    @discardableResult
    public mutating func remove(_ letter: Character) -> Bool {
        marks[letter] = nil
        return save()
    }

    private struct File: Codable {
        var format: String
        var version: Int
        var corpus: String
        var marks: [Mark]
    }

    private mutating func load() {
        let fm = FileManager.default
        guard fm.fileExists(atPath: fileURL.path) else { return }
        guard let data = fm.contents(atPath: fileURL.path) else {
            warnings.append("cannot read marks file \(fileURL.path); marks start empty")
            return
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.format == Self.format else { throw Foreign(reason: "not a parley marks file") }
            guard file.version == Self.version else { throw Foreign(reason: "marks file version \(file.version), expected \(Self.version)") }
            guard file.corpus == corpusID else { throw Foreign(reason: "marks of another corpus (\(file.corpus))") }
            for mark in file.marks { marks[mark.letter] = mark.ref }
        } catch {
            let reason = (error as? Foreign)?.reason ?? "not valid marks JSON"
            let aside = fileURL.path + ".corrupt-" + Self.timestamp()
            if (try? fm.moveItem(atPath: fileURL.path, toPath: aside)) != nil {
                warnings.append("marks file \(fileURL.path): \(reason); moved aside to \(aside), marks start empty")
            } else {
                warnings.append("marks file \(fileURL.path): \(reason); could not move it aside, marks start empty")
            }
        }
    }

    private struct Foreign: Error { var reason: String }

    static func timestamp(_ date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }

    /// Writes all marks: temporary file in the same directory, flushed, then renamed over the old file.
    private mutating func save() -> Bool {
        let fm = FileManager.default
        let dir = fileURL.deletingLastPathComponent()
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            let file = File(
                format: Self.format, version: Self.version, corpus: corpusID,
                marks: marks.keys.sorted().map { Mark(letter: $0, ref: marks[$0]!) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(file)
            let temp = dir.appendingPathComponent(".\(fileURL.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard fm.createFile(atPath: temp.path, contents: data) else { throw Foreign(reason: "cannot create \(temp.path)") }
            // Flush to disk before the rename, so the new name never points at unwritten data.
            if let handle = FileHandle(forWritingAtPath: temp.path) {
                try? handle.synchronize()
                try? handle.close()
            }
            guard rename(temp.path, fileURL.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(at: temp)
                throw Foreign(reason: reason)
            }
            return true
        } catch {
            warnings.append("cannot save marks to \(fileURL.path): \((error as? Foreign)?.reason ?? "\(error)")")
            return false
        }
    }
}
