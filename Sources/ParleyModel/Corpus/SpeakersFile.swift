import Foundation
import TOMLKit

/// The optional `speakers.toml` beside a corpus: who is behind which labels.
///
///     [[person]]
///     id = "videgaray"                       # optional; made from the name otherwise
///     name = "Luis Videgaray Caso"
///     role = "Foreign Secretary of Mexico"   # optional
///     kind = "official"                      # official (default), moderator or reporter
///     labels = ["FOREIGN SECRETARY VIDEGARAY", "MR VIDEGARAY"]
///     meeting = "2017-05-18"                 # optional: only in meetings whose id starts with this
public struct SpeakersFile: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var name: String
        public var role: String?
        public var kind: PersonKind
        public var labels: [String]
        public var meeting: String?
    }

    public static let fileName = "speakers.toml"
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Reads a speakers file strictly: the first problem, whole-file or in an entry, is thrown.
    public init(contentsOf url: URL) throws {
        let (file, problems) = Self.read(contentsOf: url)
        if let first = problems.first { throw first }
        self = file
    }

    /// Reads a speakers file strictly: the first problem, whole-file or in an entry, is thrown.
    public init(toml text: String, fileName: String) throws {
        let (file, problems) = Self.parse(toml: text, fileName: fileName)
        if let first = problems.first { throw first }
        self = file
    }

    /// The entries of a speakers file that can be used, and a problem for each one that cannot (skipped,
    /// with its line) or for the whole file (no entries then).
    public static func read(contentsOf url: URL) -> (file: SpeakersFile, problems: [LoadProblem]) {
        let name = url.lastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            return (
                SpeakersFile(entries: []),
                [LoadProblem(file: name, message: "is a folder, not a speakers file; the people in the corpus are named from their labels")]
            )
        }
        switch CorpusLoader.readData(url) {
        case .failure(let problem):
            return (SpeakersFile(entries: []), [LoadProblem(file: name, message: problem.message)])
        case .success(let data):
            var bytes = [UInt8](data)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return (SpeakersFile(entries: []), [LoadProblem(file: name, message: "is not UTF-8 text; save it as UTF-8")])
            }
            return parse(toml: text, fileName: name)
        }
    }

    /// The entries that can be used, and a problem for each one skipped or for the whole file.
    /// Every problem with an entry names its line: a wrong key or type, an empty id, name or label, an id
    /// or label another entry already has (the first entry keeps it).
    public static func parse(toml text: String, fileName: String) -> (file: SpeakersFile, problems: [LoadProblem]) {
        func fileProblem(_ message: String) -> (SpeakersFile, [LoadProblem]) {
            (SpeakersFile(entries: []), [LoadProblem(file: fileName, message: message)])
        }
        let table: TOMLTable
        do {
            table = try TOMLReader.table(text)
        } catch let error as TOMLReadError {
            return fileProblem("line \(error.line): \(error.message)")
        } catch {
            return fileProblem("not valid TOML: \(error)")
        }
        for key in table.keys where key != "person" {
            return fileProblem("unknown key '\(key)' (expected [[person]] tables)")
        }
        guard let value = table["person"] else { return (SpeakersFile(entries: []), []) }
        guard let people = value.array else {
            return fileProblem("'person' must be a list of [[person]] tables, not \(Self.describe(value.type))")
        }
        let lines = SourceLines(text)
        var entries: [Entry] = []
        var entryLines: [Int?] = []
        var problems: [LoadProblem] = []
        for (i, value) in people.enumerated() {
            let line = lines.tableLine(i)
            func at(_ key: String? = nil) -> String {
                if let number = lines.keyLine(key, inTable: i) ?? line { return "line \(number)" }
                return "person #\(i + 1)"
            }
            func skip(_ key: String?, _ message: String) {
                problems.append(LoadProblem(file: fileName, message: "\(at(key)): \(message); this person is skipped"))
            }
            guard let t = value.table else {
                skip(nil, "expected a table, not \(Self.describe(value.type))")
                continue
            }
            if let key = t.keys.first(where: { !["id", "name", "role", "kind", "labels", "meeting"].contains($0) }) {
                skip(key, "unknown key '\(key)' (expected id, name, role, kind, labels, meeting)")
                continue
            }
            func string(_ key: String) -> (value: String?, problem: String?) {
                guard let v = t[key] else { return (nil, nil) }
                guard let s = v.string else {
                    let hint = v.type == .date ? " (write dates in quotes: \(key) = \"2017-05-18\")" : ""
                    return (nil, "'\(key)' must be a string, not \(Self.describe(v.type))\(hint)")
                }
                return (s, nil)
            }
            var failure: (key: String, message: String)?
            for key in ["name", "id", "role", "kind", "meeting"] where failure == nil {
                if let problem = string(key).problem { failure = (key, problem) }
            }
            if let failure {
                skip(failure.key, failure.message)
                continue
            }
            guard let name = string("name").value?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                skip("name", t["name"] == nil ? "'name' is required" : "'name' is empty")
                continue
            }
            var id = slug(name)
            if let given = string("id").value {
                id = given.trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty else {
                    skip("id", "'id' is empty (leave it out to have one made from the name)")
                    continue
                }
            }
            guard let labelValues = t["labels"]?.array else {
                skip(
                    "labels",
                    t["labels"] == nil ? "'labels' is required (the labels this person speaks under)" : "'labels' must be a list of strings"
                )
                continue
            }
            let labels = labelValues.compactMap { $0.string?.trimmingCharacters(in: .whitespaces) }
            guard labels.count == labelValues.count, !labels.isEmpty, labels.allSatisfy({ !$0.isEmpty }) else {
                skip("labels", "'labels' must be a list of strings that are not empty")
                continue
            }
            var kind = PersonKind.official
            if let k = string("kind").value {
                guard let parsed = PersonKind(rawValue: k) else {
                    skip("kind", "kind must be official, moderator or reporter, not '\(k)'")
                    continue
                }
                kind = parsed
            }
            let meeting = string("meeting").value
            if let earlier = entries.firstIndex(where: { $0.id == id }) {
                skip("id", "the id '\(id)' is already \(entries[earlier].name)'s (\(where_(entryLines[earlier], earlier)))")
                continue
            }
            if let (earlier, label) = firstSharedLabel(labels, meeting: meeting, in: entries) {
                skip("labels", "the label '\(label)' is already \(entries[earlier].name)'s (\(where_(entryLines[earlier], earlier)))")
                continue
            }
            entries.append(Entry(id: id, name: name, role: string("role").value, kind: kind, labels: labels, meeting: meeting))
            entryLines.append(line)
        }
        return (SpeakersFile(entries: entries), problems)
    }

    private static func where_(_ line: Int?, _ index: Int) -> String {
        line.map { "line \($0)" } ?? "an earlier person"
    }

    /// An earlier entry that already speaks under one of `labels` in a meeting this one could be in.
    private static func firstSharedLabel(_ labels: [String], meeting: String?, in entries: [Entry]) -> (Int, String)? {
        for label in labels {
            let key = TurnLabel.words(label)
            for (i, entry) in entries.enumerated() where entry.labels.contains(where: { TurnLabel.words($0) == key }) {
                let overlap =
                    meeting == nil || entry.meeting == nil || meeting!.hasPrefix(entry.meeting!) || entry.meeting!.hasPrefix(meeting!)
                if overlap { return (i, label) }
            }
        }
        return nil
    }

    private static func describe(_ type: TOMLType) -> String {
        switch type {
        case .int: return "a number"
        case .double: return "a number"
        case .bool: return "true or false"
        case .array: return "a list"
        case .table: return "a table"
        case .date, .time, .dateTime: return "a date"
        case .string: return "a string"
        }
    }

    /// Every entry for a label, whatever its meeting; labels compare without case or periods.
    func entries(for label: String) -> [Entry] {
        // Asked for every turn of an archive, which most often has no speakers file.
        guard !entries.isEmpty else { return [] }
        let key = TurnLabel.words(label)
        return entries.filter { entry in entry.labels.contains { TurnLabel.words($0) == key } }
    }

    /// The entry for a label in a meeting; labels compare without case or periods.
    func entry(for label: String, meetingID: String?) -> Entry? {
        entries(for: label).first { entry in entry.meeting == nil || meetingID?.hasPrefix(entry.meeting!) == true }
    }
}

/// Where things are in a speakers file's text, for messages: TOMLKit gives values, not their lines.
private struct SourceLines {
    /// The 1-based line of each `[[person]]` header, in order.
    private let tables: [Int]
    private let lines: [Substring]

    init(_ text: String) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        self.lines = lines
        tables = lines.indices.filter { i in
            let compact = lines[i].filter { !$0.isWhitespace }
            return compact.hasPrefix("[[person]]")
        }.map { $0 + 1 }
    }

    func tableLine(_ index: Int) -> Int? { tables.indices.contains(index) ? tables[index] : nil }

    /// The line where `key` is set in the `index`th table, if it is written `key = …` there.
    func keyLine(_ key: String?, inTable index: Int) -> Int? {
        guard let key, let start = tableLine(index) else { return nil }
        let end = tableLine(index + 1) ?? lines.count + 1
        for number in start..<end where number - 1 < lines.count {
            let line = lines[number - 1].drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix(key), line.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") {
                return number
            }
        }
        return nil
    }
}
