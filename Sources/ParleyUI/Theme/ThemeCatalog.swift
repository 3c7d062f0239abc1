import Foundation
import ParleyThemes

/// Finds themes: the files shipped with parley, a theme file the user names, and the built-in monochrome theme.
public enum ThemeCatalog {
    /// The theme used unless the terminal's background is light or NO_COLOR is set.
    public static let defaultName = "dark"
    /// The theme used when COLORFGBG says the background is light.
    public static let lightName = "light"

    /// The names of the bundled theme files, sorted.
    public static var bundledNames: [String] {
        guard let directory = BundledThemes.directory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }.sorted()
    }

    /// The user's own themes: `$XDG_CONFIG_HOME/parley/themes/` (else `~/.config/parley/themes/`).
    public static var userDirectory: URL? { ConfigFolder.themes(environment: ProcessInfo.processInfo.environment) }

    /// The names of the `.toml` files in a folder of user themes, sorted.
    public static func userNames(in folder: URL?) -> [String] {
        guard let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }.sorted()
    }

    /// Every name `load(nameOrPath:)` accepts and the theme key cycles through: the bundled files, the
    /// user's themes and monochrome.
    public static var names: [String] { Set(bundledNames + userNames(in: userDirectory) + [Theme.monochrome.name]).sorted() }

    /// A bundled theme or the built-in monochrome theme by name, or the theme file at a path.
    /// Throws `ThemeError`: an unknown name lists the available ones; a bad file says where and what.
    public static func load(nameOrPath: String) throws -> Theme {
        if nameOrPath == Theme.monochrome.name { return .monochrome }
        let file = try locate(nameOrPath, relativeTo: nil)
        return try ThemeFile.theme(layers: layers(from: file, seen: []))
    }

    /// The theme to start with: monochrome when NO_COLOR is set to anything (see no-color.org), light when
    /// COLORFGBG says the background is light, dark otherwise.
    public static func defaultTheme(environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let name = backgroundIsLight(colorFGBG: environment["COLORFGBG"]) ? lightName : defaultName
        // A missing bundle must not stop the program: monochrome is compiled in.
        return (try? load(nameOrPath: name)) ?? .monochrome
    }

    /// The theme after `name` in `names`, wrapping round; the first name for a theme that is not there
    /// (one loaded from a file).
    public static func next(after name: String) -> String {
        let all = names
        guard let index = all.firstIndex(of: name) else { return all.first ?? defaultName }
        return all[(index + 1) % all.count]
    }

    /// COLORFGBG is "foreground;background" (rxvt, Konsole, some others), sometimes with a middle field;
    /// background 7 (white) or 15 (bright white) means a light terminal.
    static func backgroundIsLight(colorFGBG: String?) -> Bool {
        guard let value = colorFGBG, let last = value.split(separator: ";").last,
            let background = Int(last.trimmingCharacters(in: .whitespaces))
        else { return false }
        return background == 7 || background == 15
    }

    /// The file a name or path stands for. A path is anything with a slash or ending in `.toml`;
    /// `relativeTo` is the folder of the file that inherits, for relative paths written inside a theme file.
    private static func locate(_ nameOrPath: String, relativeTo folder: URL?) throws -> ThemeSource {
        if nameOrPath == Theme.monochrome.name { return .builtIn(.monochrome) }
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !looksLikePath {
            // A theme of the user's own wins over a bundled one of the same name.
            if let folder = userDirectory, userNames(in: folder).contains(nameOrPath) {
                return .file(folder.appendingPathComponent(nameOrPath + ".toml"), shownAs: "themes/\(nameOrPath).toml")
            }
            if bundledNames.contains(nameOrPath), let directory = BundledThemes.directory {
                return .file(directory.appendingPathComponent(nameOrPath + ".toml"), shownAs: nameOrPath + ".toml")
            }
            if BundledThemes.directory == nil {
                throw ThemeError(file: "", problem: "no theme named '\(nameOrPath)': \(BundledThemes.missingMessage)")
            }
            throw ThemeError(
                file: "",
                problem: "no theme named '\(nameOrPath)'; available: \(names.joined(separator: ", ")), or a path to a .toml file")
        }
        let url: URL
        if nameOrPath.hasPrefix("/") || folder == nil {
            url = URL(fileURLWithPath: nameOrPath)
        } else {
            url = URL(fileURLWithPath: nameOrPath, relativeTo: folder).absoluteURL
        }
        return .file(url, shownAs: nameOrPath)
    }

    private enum ThemeSource {
        case builtIn(Theme)
        case file(URL, shownAs: String)
    }

    /// The chain of files a theme is made of, base first, following `inherits`.
    private static func layers(from source: ThemeSource, seen: [URL]) throws -> [ThemeFile] {
        switch source {
        case .builtIn(let theme):
            return [ThemeFile(theme: theme)]
        case .file(let url, let shownAs):
            let file = try ThemeFile.read(url, source: shownAs)
            guard let inherits = file.inherits else { return [file] }
            let standardized = url.standardizedFileURL
            let base: ThemeSource
            do {
                base = try locate(inherits, relativeTo: url.deletingLastPathComponent())
            } catch let error as ThemeError {
                throw ThemeError(file: shownAs, line: file.inheritsLine, key: "inherits", problem: error.problem)
            }
            if case .file(let baseURL, _) = base, (seen + [standardized]).contains(baseURL.standardizedFileURL) {
                throw ThemeError(
                    file: shownAs, line: file.inheritsLine, key: "inherits",
                    problem: "'\(inherits)' inherits back from this theme")
            }
            return try layers(from: base, seen: seen + [standardized]) + [file]
        }
    }
}
