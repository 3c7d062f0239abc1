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

    public init(contentsOf url: URL) throws {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw LoadProblem(file: name, message: "cannot be read as UTF-8 text")
        }
        try self.init(toml: text, fileName: name)
    }

    public init(toml text: String, fileName: String) throws {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw LoadProblem(file: fileName, message: "line \(error.source.begin.line): \(error.description)")
        } catch {
            throw LoadProblem(file: fileName, message: "not valid TOML: \(error)")
        }
        for key in table.keys where key != "person" {
            throw LoadProblem(file: fileName, message: "unknown key '\(key)' (expected [[person]] tables)")
        }
        guard let people = table["person"]?.array else {
            entries = []
            return
        }
        var entries: [Entry] = []
        for (i, value) in people.enumerated() {
            let at = "person #\(i + 1)"
            guard let t = value.table else { throw LoadProblem(file: fileName, message: "\(at): expected a table") }
            for key in t.keys where !["id", "name", "role", "kind", "labels", "meeting"].contains(key) {
                throw LoadProblem(file: fileName, message: "\(at): unknown key '\(key)'")
            }
            guard let name = t["name"]?.string, !name.isEmpty else {
                throw LoadProblem(file: fileName, message: "\(at): 'name' is required")
            }
            guard let labelValues = t["labels"]?.array else {
                throw LoadProblem(file: fileName, message: "\(at) (\(name)): 'labels' must be a list of strings")
            }
            let labels = labelValues.compactMap { $0.string }
            guard labels.count == labelValues.count, !labels.isEmpty else {
                throw LoadProblem(file: fileName, message: "\(at) (\(name)): 'labels' must be a list of strings")
            }
            var kind = PersonKind.official
            if let k = t["kind"] {
                guard let s = k.string, let parsed = PersonKind(rawValue: s) else {
                    throw LoadProblem(file: fileName, message: "\(at) (\(name)): kind must be official, moderator or reporter")
                }
                kind = parsed
            }
            entries.append(
                Entry(
                    id: t["id"]?.string ?? slug(name), name: name, role: t["role"]?.string, kind: kind, labels: labels,
                    meeting: t["meeting"]?.string))
        }
        self.entries = entries
    }

    /// The entry for a label in a meeting; labels compare without case or periods.
    func entry(for label: String, meetingID: String?) -> Entry? {
        let key = TurnLabel.words(label)
        return entries.first { entry in
            entry.labels.contains { TurnLabel.words($0) == key }
                && (entry.meeting == nil || meetingID?.hasPrefix(entry.meeting!) == true)
        }
    }
}
