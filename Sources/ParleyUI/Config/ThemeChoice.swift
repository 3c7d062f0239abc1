import Foundation

/// Keeps a theme chosen in the browser by writing `theme = "name"` into `config.toml`, leaving every
/// other line of the file as the user wrote it.
public enum ThemeChoice {
    /// The file's text with the top-level `theme` set to `name`: the existing line replaced, or a new
    /// first line.
    public static func updating(_ text: String, theme name: String) -> String {
        let setting = "theme = \"\(escaped(name))\""
        var lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
        for index in lines.indices {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            // Keys after the first table header belong to that table, not to the top level.
            if line.hasPrefix("[") { break }
            if line.hasPrefix("theme"), line.dropFirst("theme".count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                lines[index] = setting
                return lines.joined(separator: "\n")
            }
        }
        lines.insert(setting, at: 0)
        var result = lines.joined(separator: "\n")
        if !result.hasSuffix("\n") { result += "\n" }
        return result
    }

    /// Writes the choice to `file`, creating it and its folder if needed; atomically, so a failure
    /// leaves the old file whole.
    /// Why the choice could not be written, in the system's words (`Not a directory`).
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(theme name: String, to file: URL) throws(WriteError) {
        let existing = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try updating(existing, theme: name).write(to: file, atomically: true, encoding: .utf8)
        } catch {
            throw WriteError(description: SystemErrorWords.of(error))
        }
    }

    private static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
