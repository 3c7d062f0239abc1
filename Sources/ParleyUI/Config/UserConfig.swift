import Foundation
import ParleyModel
import TOMLKit

/// The settings in `config.toml`. Every field is optional; what is missing or wrong keeps its default.
///
///     theme = "solarized-dark"
///     corpus = ["~/transcripts/ministerials"]
///     sync = false
///     panes = "may,feb"
///
///     [keys]
///     quit = "Q"
///     down = ["j", "Ctrl-N"]
public struct UserConfig: Hashable, Sendable {
    public var theme: String?
    /// Files and folders read when no `--corpus` is given, `~` expanded.
    public var corpus: [String] = []
    public var sync: Bool?
    /// The two meetings for the left and right panes, as `--panes` takes them.
    public var panes: String?
    /// New keys by action name (see `KeyTable.actionNames`).
    public var keys: [String: [Key]] = [:]
    /// What was wrong, each as `file:line: problem`; the settings concerned keep their defaults.
    public var problems: [String] = []

    public init() {}

    /// Reads `file`; a missing file is no settings and no problem.
    public static func load(_ file: URL, shownAs name: String? = nil, home: String? = nil) -> UserConfig {
        let shown = name ?? file.path
        guard FileManager.default.fileExists(atPath: file.path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            var config = UserConfig()
            config.problems = ["\(shown): cannot be read; using the defaults"]
            return config
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var config = UserConfig()
            config.problems = ["\(shown): is not UTF-8 text; using the defaults"]
            return config
        }
        return parse(text, source: shown, home: home)
    }

    public static func parse(_ text: String, source: String, home: String? = nil) -> UserConfig {
        var config = UserConfig()
        let locator = KeyLocator(text: text)
        let document: TOMLTable
        do {
            document = try TOMLReader.table(text)
        } catch let error as TOMLReadError {
            config.problems = ["\(source):\(error.line): \(error.message); using the defaults"]
            return config
        } catch {
            config.problems = ["\(source): \(error); using the defaults"]
            return config
        }
        func problem(_ key: String, in section: String? = nil, _ text: String) {
            let line = locator.line(of: key, in: section).map { ":\($0)" } ?? ""
            let name = section.map { "\($0).\(key)" } ?? key
            config.problems.append("\(source)\(line): \(name): \(text)")
        }
        for (key, value) in document {
            switch key {
            case "theme":
                if let name = value.string, !name.isEmpty { config.theme = name } else { problem(key, "expected a theme name or file") }
            case "corpus":
                let paths = value.string.map { [$0] } ?? value.array?.compactMap { $0.string }
                if let paths, paths.count == (value.array?.count ?? 1), !paths.isEmpty {
                    config.corpus = paths.map { expandingTilde($0, home: home) }
                } else {
                    problem(key, "expected a path or a list of paths")
                }
            case "sync":
                if let flag = value.bool { config.sync = flag } else { problem(key, "expected true or false") }
            case "panes":
                let names = value.string.map { $0.split(separator: ",").map(String.init) } ?? value.array?.compactMap { $0.string }
                if let names, names.count == 2 {
                    config.panes = names.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ",")
                } else {
                    problem(key, "expected two meetings, like \"may,feb\"")
                }
            case "keys":
                guard let table = value.table else {
                    problem(key, "expected a table: [keys]")
                    continue
                }
                for (action, keysValue) in table {
                    guard KeyTable.actionNames.contains(action) else {
                        problem(action, in: "keys", "no action of that name; the names are in the help screen (?)")
                        continue
                    }
                    if KeyTable.fixedNames.contains(action) {
                        problem(action, in: "keys", "the speaker keys are the digits 1–9 and cannot move")
                        continue
                    }
                    let names = keysValue.string.map { [$0] } ?? keysValue.array?.compactMap { $0.string } ?? []
                    let keys = names.compactMap(KeyName.key)
                    if names.isEmpty || keys.count != names.count {
                        let bad = names.first { KeyName.key($0) == nil }.map { "unknown key '\($0)'" } ?? "expected a key or a list of keys"
                        problem(action, in: "keys", "\(bad) (keys are written like q, Ctrl-Q, F2, Enter, Space, PgDn)")
                        continue
                    }
                    config.keys[action] = keys
                }
            default:
                problem(key, "unknown setting (known: theme, corpus, sync, panes, [keys])")
            }
        }
        return config
    }

    private static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }
}
