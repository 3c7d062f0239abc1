/// A theme that cannot be used, said so that the user can fix it: the file, where in it, and what is wrong,
/// as in `Themes/x.toml:7: roles.speaker: unknown colour 'bleu'`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it; empty when no file is involved (an unknown theme name).
    public var file: String
    /// The line, when it is known (from the TOML parser, or found by the key).
    public var line: Int?
    public var column: Int?
    /// The dotted key at fault (`roles.speaker`, `palette.accent`), nil for whole-file problems.
    public var key: String?
    public var problem: String

    public init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    public var description: String {
        if file.isEmpty { return [key, problem].compactMap { $0 }.joined(separator: ": ") }
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        if let key { return "\(place): \(key): \(problem)" }
        return "\(place): \(problem)"
    }
}
