import Foundation
import ParleyModel
import TOMLKit

/// A theme file as written, checked but with palette names not yet looked up (a file that inherits may
/// use its base's palette, and a base's roles follow a palette entry the inheriting file redefines).
///
///     name = "dark"                 # optional, defaults to the file name
///     inherits = "dark"             # optional: a bundled theme or a path, relative to this file
///     [palette]
///     accent = "#5fafff"
///     [roles]
///     text = { fg = "default", bg = "default" }
///     speaker = { fg = "accent", modifiers = ["bold"] }
///     match = "yellow"              # a bare string is the foreground
///     "match.current" = { fg = "black", bg = "yellow", modifiers = ["bold"] }
public struct ThemeFile: Sendable, Equatable {
    /// The file as messages name it.
    public var source: String
    public var name: String
    /// The theme this one starts from, as written: a theme name or a path.
    public var inherits: String?
    /// Where `inherits` was written, for messages about the theme it names.
    var inheritsLine: Int?
    public var palette: [String: TerminalColor]
    var roles: [Role: RoleDeclaration]

    /// The roles this file styles, in name order.
    public var roleNames: [Role] { roles.keys.sorted { $0.name < $1.name } }

    enum Modifier: String, CaseIterable, Sendable {
        case bold, dim, italic, underline, reverse
    }

    enum ColorReference: Equatable, Sendable {
        case color(TerminalColor)
        case palette(String)
    }

    struct RoleDeclaration: Equatable, Sendable {
        var foreground: ColorReference?
        var background: ColorReference?
        /// true turns an attribute on, false turns off one the parent role has (`no-bold`).
        var modifiers: [Modifier: Bool] = [:]
        /// Where the declaration was written, for messages about it after layering.
        var source: String
        var line: Int?
    }

    /// Reads a theme file; `source` is how messages name it (by default the path as given).
    public static func read(_ url: URL, source: String? = nil) throws -> ThemeFile {
        let source = source ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ThemeError(file: source, problem: "no such theme file")
        }
        guard !isDirectory.boolValue else { throw ThemeError(file: source, problem: "is a folder, not a theme file") }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ThemeError(file: source, problem: "cannot be read (\(SystemErrorWords.of(error)))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: source, problem: "is not UTF-8 text")
        }
        return try parse(text, source: source)
    }

    /// Parses the text of a theme file. Throws `ThemeError` naming `source`, the key and the problem.
    public static func parse(_ text: String, source: String) throws -> ThemeFile {
        let locator = KeyLocator(text: text)
        let document: TOMLTable
        do {
            document = try TOMLReader.table(text)
        } catch let error as TOMLReadError {
            throw ThemeError(file: source, line: error.line, column: error.column, problem: error.message)
        } catch {
            throw ThemeError(file: source, problem: "\(error)")
        }

        func failure(_ key: String, line: Int?, _ problem: String) -> ThemeError {
            ThemeError(file: source, line: line, key: key, problem: problem)
        }

        let stem = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        var file = ThemeFile(source: source, name: stem, inherits: nil, palette: [:], roles: [:])
        for key in document.keys.sorted() {
            guard let value = document[key] else { continue }
            let line = locator.line(of: key, in: nil)
            switch key {
            case "name", "inherits":
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw failure(key, line: line, "expected a non-empty string")
                }
                if key == "name" {
                    file.name = text
                } else {
                    file.inherits = text
                    file.inheritsLine = line
                }
            case "palette":
                guard let table = value.table else {
                    throw failure(key, line: line, "expected a table of colours ([palette])")
                }
                file.palette = try parsePalette(table, locator: locator, failure: failure)
            case "roles":
                guard let table = value.table else {
                    throw failure(key, line: line, "expected a table of role styles ([roles])")
                }
                for roleKey in table.keys.sorted() {
                    guard let roleValue = table[roleKey] else { continue }
                    let roleLine = locator.line(of: roleKey, in: "roles")
                    let declaration = try parseRole(
                        roleKey, roleValue, line: roleLine, source: source,
                        failure: { failure(displayKey(role: roleKey), line: roleLine, $0) })
                    file.roles[Role(roleKey)] = declaration
                }
            default:
                throw ThemeError(
                    file: source, line: line,
                    problem: "unknown key '\(key)' (a theme file has name, inherits, [palette] and [roles])")
            }
        }
        return file
    }

    /// A file that says exactly what `theme` says, so that a theme file may inherit a built-in theme.
    init(theme: Theme) {
        source = theme.name
        name = theme.name
        palette = [:]
        roles = theme.styles.mapValues { style in
            var declaration = RoleDeclaration(
                foreground: style.foreground.map(ColorReference.color),
                background: style.background.map(ColorReference.color), source: theme.name)
            let attributes: [(Modifier, Bool?)] = [
                (.bold, style.bold), (.dim, style.dim), (.italic, style.italic), (.underline, style.underline),
                (.reverse, style.reverse),
            ]
            for case let (modifier, value?) in attributes { declaration.modifiers[modifier] = value }
            return declaration
        }
    }

    private init(
        source: String, name: String, inherits: String?, palette: [String: TerminalColor], roles: [Role: RoleDeclaration]
    ) {
        self.source = source
        self.name = name
        self.inherits = inherits
        self.palette = palette
        self.roles = roles
    }

    private static func parsePalette(
        _ table: TOMLTable, locator: KeyLocator, failure: (String, Int?, String) -> ThemeError
    ) throws -> [String: TerminalColor] {
        var palette: [String: TerminalColor] = [:]
        for name in table.keys.sorted() {
            let key = "palette.\(name)"
            let line = locator.line(of: name, in: "palette")
            guard ColorName.isPaletteName(name) else {
                throw failure(key, line, "palette names are lower-case words joined by hyphens")
            }
            if case .color = ColorName.read(name) {
                throw failure(key, line, "'\(name)' is already a colour name and cannot be redefined")
            }
            guard let text = table[name]?.string else {
                throw failure(key, line, "expected a colour string such as \"#5fafff\" or \"blue\"")
            }
            switch ColorName.read(text) {
            case .color(let color): palette[name] = color
            case .reference(let other):
                throw failure(key, line, "unknown colour '\(other)' (palette entries must be colours, not other entries)")
            case .invalid(let problem): throw failure(key, line, problem)
            }
        }
        return palette
    }

    private static func parseRole(
        _ name: String, _ value: TOMLValueConvertible, line: Int?, source: String, failure: (String) -> ThemeError
    ) throws -> RoleDeclaration {
        guard RoleName.isWellFormed(name) else {
            throw failure("not a role name (roles are dotted lower-case words, like \"speaker.current\")")
        }
        var declaration = RoleDeclaration(source: source, line: line)
        if let text = value.string {
            declaration.foreground = try colorReference(text, failure: failure)
            return declaration
        }
        guard let table = value.table else {
            throw failure("expected a colour string or a table like { fg = \"blue\", modifiers = [\"bold\"] }")
        }
        for key in table.keys.sorted() {
            guard let entry = table[key] else { continue }
            switch key {
            case "fg", "bg":
                guard let text = entry.string else { throw failure("\(key) must be a colour string") }
                let reference = try colorReference(text, failure: failure)
                if key == "fg" { declaration.foreground = reference } else { declaration.background = reference }
            case "modifiers":
                declaration.modifiers = try modifiers(entry, failure: failure)
            default:
                var problem = "unknown key '\(key)' (a style has fg, bg and modifiers)"
                if entry.table != nil || entry.string != nil, RoleName.isWellFormed(key) {
                    // A bare dotted key (speaker.current = …) reads in TOML as a table inside `speaker`.
                    problem += "; write a dotted role name in quotes: \"\(name).\(key)\" = …"
                }
                throw failure(problem)
            }
        }
        return declaration
    }

    private static func colorReference(_ text: String, failure: (String) -> ThemeError) throws -> ColorReference {
        switch ColorName.read(text) {
        case .color(let color): return .color(color)
        case .reference(let name): return .palette(name)
        case .invalid(let problem): throw failure(problem)
        }
    }

    private static func modifiers(_ value: TOMLValueConvertible, failure: (String) -> ThemeError) throws -> [Modifier: Bool] {
        let known = Modifier.allCases.map(\.rawValue).joined(separator: ", ")
        guard let array = value.array else {
            throw failure("modifiers must be a list, like [\"bold\", \"underline\"]")
        }
        var result: [Modifier: Bool] = [:]
        for element in array {
            guard let word = element.string else { throw failure("modifiers must be strings (\(known))") }
            let isOff = word.hasPrefix("no-")
            guard let modifier = Modifier(rawValue: isOff ? String(word.dropFirst(3)) : word) else {
                throw failure("unknown modifier '\(word)' (expected \(known), or no- before one to turn it off)")
            }
            if let earlier = result[modifier], earlier == isOff {
                throw failure("modifiers turn '\(modifier.rawValue)' both on and off")
            }
            result[modifier] = !isOff
        }
        return result
    }

    /// How messages name a role key: plain when it is a well-formed role, quoted otherwise.
    private static func displayKey(role: String) -> String {
        RoleName.isWellFormed(role) ? "roles.\(role)" : "roles.\"\(role)\""
    }
}

extension ThemeFile {
    /// The theme that `layers` make, base first: palettes merge entry by entry, a role named in a later
    /// layer replaces that role's declaration from earlier ones, and palette names are looked up last,
    /// so a layer that redefines a palette entry recolours what its base styled with it.
    static func theme(layers: [ThemeFile]) throws -> Theme {
        guard let top = layers.last else { return Theme(name: "", styles: [:]) }
        var palette: [String: TerminalColor] = [:]
        var declarations: [Role: RoleDeclaration] = [:]
        for layer in layers {
            palette.merge(layer.palette) { _, later in later }
            declarations.merge(layer.roles) { _, later in later }
        }
        var styles: [Role: PartialStyle] = [:]
        for (role, declaration) in declarations {
            func color(_ reference: ColorReference?) throws -> TerminalColor? {
                switch reference {
                case nil: return nil
                case .color(let color): return color
                case .palette(let name):
                    if let color = palette[name] { return color }
                    throw ThemeError(
                        file: declaration.source, line: declaration.line, key: "roles.\(role.name)",
                        problem: "unknown colour '\(name)' (not a colour name, colorN, #rrggbb or a palette entry)")
                }
            }
            let modifiers = declaration.modifiers
            styles[role] = PartialStyle(
                foreground: try color(declaration.foreground), background: try color(declaration.background),
                bold: modifiers[.bold], dim: modifiers[.dim], italic: modifiers[.italic],
                underline: modifiers[.underline], reverse: modifiers[.reverse])
        }
        return Theme(name: top.name, styles: styles)
    }
}

/// Finds the line a key was written on, since the TOML parser reports lines only for syntax errors.
struct KeyLocator {
    /// Each line trimmed, and for a section header its name: trimmed once, as every key of a file is
    /// looked for (trimming each line again for each key was most of the time of loading a theme).
    private let lines: [(text: String, header: String?)]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("[") else { return (line, nil) }
            return (line, line.dropFirst().prefix(while: { $0 != "]" }).trimmingCharacters(in: .whitespaces))
        }
    }

    /// The first line in `[section]` (nil: before any section header) that assigns `key` (or `key.sub`),
    /// or that opens a sub-table `[section.key]`.
    func line(of key: String, in section: String?) -> Int? {
        var current: String?
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        for (index, (line, header)) in lines.enumerated() {
            if let header {
                current = header
                if let section, spellings.contains(where: { header == "\(section).\($0)" }) { return index + 1 }
                if section == nil, spellings.contains(header) { return index + 1 }
                continue
            }
            guard current == section else { continue }
            for spelling in spellings where line.hasPrefix(spelling) {
                let rest = line.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" })
                // `key.sub = …` is a dotted key that also defines `key`.
                if rest.hasPrefix("=") || rest.hasPrefix(".") { return index + 1 }
            }
        }
        return nil
    }
}
