import Foundation
import ParleyThemes
import Testing

@testable import ParleyUI

/// The Themes/ folder of the source tree, found from this file.
private let sourceThemesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

private func tomlNames(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".toml") }
        .map { String($0.dropLast(".toml".count)) }
        .sorted()
}

/// Every bundled theme and the built-in one: what the lint checks below run over.
private func allThemes() throws -> [Theme] {
    try ThemeCatalog.names.map { try ThemeCatalog.load(nameOrPath: $0) }
}

private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-tests-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

// MARK: - Lint of the shipped theme files

@Test func everyThemeFileInTheSourceFolderIsBundled() throws {
    let inSource = try tomlNames(in: sourceThemesFolder)
    #expect(inSource.count >= 4)
    #expect(ThemeCatalog.bundledNames.count == inSource.count, "each Themes/*.toml needs a .process line in Package.swift")
    #expect(ThemeCatalog.bundledNames == inSource)
    for required in ["dark", "light", "high-contrast", "basic8"] {
        #expect(ThemeCatalog.bundledNames.contains(required))
    }
}

@Test func bundledAndSourceCopiesOfEachThemeAgree() throws {
    for name in try tomlNames(in: sourceThemesFolder) {
        let fromSource = try ThemeCatalog.load(nameOrPath: sourceThemesFolder.appendingPathComponent(name + ".toml").path)
        let fromBundle = try ThemeCatalog.load(nameOrPath: name)
        #expect(fromSource == fromBundle, "\(name)")
    }
}

@Test func everyThemeFileIsNamedAfterItselfAndStylesOnlyKnownRoles() throws {
    let known = Set(Role.allKnown)
    for name in try tomlNames(in: sourceThemesFolder) {
        let file = try ThemeFile.read(sourceThemesFolder.appendingPathComponent(name + ".toml"))
        #expect(file.name == name)
        for role in file.roleNames {
            #expect(known.contains(role), "\(name).toml styles '\(role)', which no view uses: a typo?")
        }
    }
}

@Test func everyKnownRoleResolvesInEveryTheme() throws {
    for theme in try allThemes() {
        for role in Role.allKnown {
            let style = theme.style(for: role)
            // Resolution must agree with walking the parents by hand.
            var expected = TextStyle.plain
            var chain: [Role] = []
            var next: Role? = role
            while let current = next {
                chain.insert(current, at: 0)
                next = current.parent
            }
            for step in chain { expected = (theme.styles[step] ?? PartialStyle()).filled(from: expected) }
            #expect(style == expected, "\(theme.name): \(role)")
        }
    }
}

@Test func everyThemeDistinguishesTheStatesTheBrowserShows() throws {
    let pairs: [(Role, Role)] = [
        (.matchCurrent, .match), (.match, .text), (.speakerCurrent, .speaker), (.borderFocused, .border),
        (.selection, .text), (.paneTitleFocused, .paneTitle), (.interpreted, .text), (.note, .text),
        (.added, .removed), (.speakerBarSelected, .speakerBar), (.status, .text), (.error, .status),
    ]
    for theme in try allThemes() {
        for (one, other) in pairs {
            #expect(theme.style(for: one) != theme.style(for: other), "\(theme.name): \(one) looks like \(other)")
        }
    }
}

@Test func everyThemeLeavesTheTextBackgroundToTheTerminal() throws {
    for theme in try allThemes() {
        #expect(theme.style(for: .text).background == .default, "\(theme.name)")
        for role in [Role.textItalic, .interpreted, .interpretedItalic, .note, .speaker, .border] {
            #expect(theme.style(for: role).background == .default, "\(theme.name): \(role)")
        }
    }
}

@Test func noRoleDrawsTextInItsOwnBackgroundAtAnyColourDepth() throws {
    for theme in try allThemes() {
        for role in Role.allKnown {
            let style = theme.style(for: role)
            for depth in [256, 16, 8] {
                guard let foreground = style.foreground.paletteIndex(colorCount: depth),
                    let background = style.background.paletteIndex(colorCount: depth)
                else { continue }
                #expect(foreground != background, "\(theme.name): \(role) at \(depth) colours")
            }
        }
    }
}

@Test func basic8UsesOnlyTheEightBasicColours() throws {
    let theme = try ThemeCatalog.load(nameOrPath: "basic8")
    var colours: [TerminalColor] = []
    for role in Role.allKnown {
        colours += [theme.style(for: role).foreground, theme.style(for: role).background]
    }
    for style in theme.styles.values {
        colours += [style.foreground, style.background].compactMap { $0 }
    }
    for colour in colours {
        switch colour {
        case .default: break
        case .indexed(let index): #expect((0...7).contains(index), "basic8 uses colour \(index)")
        case .rgb: Issue.record("basic8 uses a true colour: \(colour)")
        }
    }
}

// MARK: - Finding themes

@Test func bundledDirectoryHoldsTheDefaultTheme() throws {
    let directory = try #require(BundledThemes.directory)
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("dark.toml").path))
}

@Test func namesAreTheBundledThemesAndMonochromeSorted() {
    let names = ThemeCatalog.names
    #expect(names == names.sorted())
    #expect(ThemeCatalog.bundledNames == ThemeCatalog.bundledNames.sorted())
    #expect(names.contains("monochrome"))
    #expect(Set(names) == Set(ThemeCatalog.bundledNames + ["monochrome"]))
}

@Test func monochromeLoadsByName() throws {
    #expect(try ThemeCatalog.load(nameOrPath: "monochrome") == .monochrome)
}

@Test func unknownNameListsTheAvailableThemes() throws {
    do {
        _ = try ThemeCatalog.load(nameOrPath: "drak")
        Issue.record("an unknown name must not load")
    } catch let error as ThemeError {
        #expect(error.description.contains("no theme named 'drak'"))
        for name in ThemeCatalog.names { #expect(error.description.contains(name)) }
    }
}

@Test func missingThemeFileIsNamedInTheError() throws {
    let path = "missing-folder-\(UUID())/mine.toml"
    do {
        _ = try ThemeCatalog.load(nameOrPath: path)
        Issue.record("a missing file must not load")
    } catch let error as ThemeError {
        #expect(error.description == "\(path): no such theme file")
    }
}

@Test func badBundledLookingFileReportsItsPath() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("broken.toml").path
    try "[roles]\nspeaker = \"bleu\"\n".write(toFile: path, atomically: true, encoding: .utf8)
    do {
        _ = try ThemeCatalog.load(nameOrPath: path)
        Issue.record("a broken file must not load")
    } catch let error as ThemeError {
        #expect(
            error.description == "\(path):2: roles.speaker: unknown colour 'bleu' (not a colour name, colorN, #rrggbb or a palette entry)")
    }
}

@Test func userFileInheritsABundledThemeAndRecoloursItsPalette() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("rose.toml").path
    try """
    inherits = "dark"
    [palette]
    gold = "#ff87af"
    [roles]
    "diff.added" = "bright-green"
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let dark = try ThemeCatalog.load(nameOrPath: "dark")
    let rose = try ThemeCatalog.load(nameOrPath: path)
    #expect(rose.name == "rose")
    #expect(rose.style(for: .speaker).foreground == .rgb(0xff, 0x87, 0xaf))
    #expect(rose.style(for: .added).foreground == .indexed(10))
    #expect(rose.style(for: .match) == dark.style(for: .match))
}

@Test func inheritsFollowsRelativePathsAndMonochrome() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "inherits = \"monochrome\"\n[roles]\nspeaker = \"red\"\n"
        .write(to: folder.appendingPathComponent("base.toml"), atomically: true, encoding: .utf8)
    try "inherits = \"./base.toml\"\n"
        .write(to: folder.appendingPathComponent("top.toml"), atomically: true, encoding: .utf8)
    let top = try ThemeCatalog.load(nameOrPath: folder.appendingPathComponent("top.toml").path)
    #expect(top.style(for: .speaker).foreground == .indexed(1))
    #expect(top.style(for: .selection) == Theme.monochrome.style(for: .selection))
}

@Test func inheritanceLoopIsAnError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "inherits = \"b.toml\"\n".write(to: folder.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
    try "inherits = \"a.toml\"\n".write(to: folder.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
    do {
        _ = try ThemeCatalog.load(nameOrPath: folder.appendingPathComponent("a.toml").path)
        Issue.record("a loop must not load")
    } catch let error as ThemeError {
        #expect(error.key == "inherits")
        #expect(error.problem.contains("inherits back"))
    }
}

@Test func inheritingAnUnknownThemeNamesTheInheritingFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("child.toml").path
    try "name = \"child\"\ninherits = \"drak\"\n".write(toFile: path, atomically: true, encoding: .utf8)
    do {
        _ = try ThemeCatalog.load(nameOrPath: path)
        Issue.record("an unknown base must not load")
    } catch let error as ThemeError {
        #expect(error.file == path)
        #expect(error.line == 2)
        #expect(error.key == "inherits")
        #expect(error.problem.contains("no theme named 'drak'"))
    }
}

// MARK: - Default theme and cycling

@Test func noColorSelectsMonochrome() {
    #expect(ThemeCatalog.defaultTheme(environment: ["NO_COLOR": "1"]) == .monochrome)
    #expect(ThemeCatalog.defaultTheme(environment: ["NO_COLOR": "anything", "COLORFGBG": "0;15"]) == .monochrome)
}

@Test func emptyNoColorIsIgnored() {
    #expect(ThemeCatalog.defaultTheme(environment: ["NO_COLOR": ""]).name == "dark")
}

@Test func lightBackgroundInColorFGBGSelectsLight() {
    #expect(ThemeCatalog.defaultTheme(environment: ["COLORFGBG": "0;15"]).name == "light")
    #expect(ThemeCatalog.defaultTheme(environment: ["COLORFGBG": "0;default;7"]).name == "light")
    #expect(ThemeCatalog.defaultTheme(environment: ["COLORFGBG": "15;0"]).name == "dark")
    #expect(ThemeCatalog.defaultTheme(environment: ["COLORFGBG": "garbage"]).name == "dark")
    #expect(ThemeCatalog.defaultTheme(environment: [:]).name == "dark")
}

@Test func nextCyclesThroughEveryNameAndWraps() {
    let names = ThemeCatalog.names
    var seen: [String] = []
    var name = names[0]
    for _ in names {
        seen.append(name)
        name = ThemeCatalog.next(after: name)
    }
    #expect(seen == names)
    #expect(name == names[0])
    #expect(ThemeCatalog.next(after: "my-own-file") == names[0])
}
