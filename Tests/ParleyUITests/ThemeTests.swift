import Foundation
import Testing

@testable import ParleyUI

@Test func roleTakesEachPropertyFromTheNearestAncestorThatSetsIt() {
    let theme = Theme(
        name: "t",
        styles: [
            .text: PartialStyle(foreground: .indexed(7), background: .indexed(0)),
            .speaker: PartialStyle(foreground: .indexed(3), bold: true),
            .speakerCurrent: PartialStyle(reverse: true),
        ])
    let current = theme.style(for: .speakerCurrent)
    #expect(current.foreground == .indexed(3))
    #expect(current.background == .indexed(0))
    #expect(current.bold)
    #expect(current.reverse)
    #expect(!theme.style(for: .speaker).reverse)
}

@Test func roleNoThemeNamesResolvesThroughItsParents() {
    let theme = Theme(
        name: "t",
        styles: [
            .text: PartialStyle(foreground: .indexed(7)),
            .speakerCurrent: PartialStyle(foreground: .indexed(1), underline: true),
        ])
    #expect(theme.style(for: Role("speaker.current.later")) == theme.style(for: .speakerCurrent))
    #expect(theme.style(for: Role("speaker.other")) == theme.style(for: .speaker))
    #expect(theme.style(for: Role("brand.new.role")) == TextStyle(foreground: .indexed(7)))
}

@Test func themeWithoutTextUsesTheTerminalDefaults() {
    let theme = Theme(name: "empty", styles: [:])
    #expect(theme.style(for: .text) == .plain)
    #expect(theme.style(for: .matchCurrent) == .plain)
}

@Test func allKnownListsEveryRoleDeclaredInRoleSwift() throws {
    let roleSource = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ParleyUI/Grid/Role.swift")
    let text = try String(contentsOf: roleSource, encoding: .utf8)
    let declaration = /static\s+let\s+\w+\s*:\s*Role\s*=\s*"([^"]+)"/
    let declared = Set(text.matches(of: declaration).map { String($0.output.1) })
    #expect(!declared.isEmpty)
    #expect(Set(Role.allKnown.map(\.name)) == declared)
    #expect(Role.allKnown.count == declared.count, "no role listed twice")
}

// MARK: - Monochrome

@Test func monochromeUsesNoColour() {
    for role in Role.allKnown {
        let style = Theme.monochrome.style(for: role)
        #expect(style.foreground == .default && style.background == .default, "\(role)")
    }
}

@Test func monochromeKeepsEveryStateVisibleWithAttributesAlone() {
    let theme = Theme.monochrome
    let pairs: [(Role, Role)] = [
        (.speakerCurrent, .speaker), (.speaker, .text), (.match, .text), (.matchCurrent, .match),
        (.matchCurrent, .text), (.selection, .text), (.borderFocused, .border), (.paneTitleFocused, .paneTitle),
        (.status, .text), (.error, .status), (.note, .text), (.speakerBarSelected, .speakerBar),
    ]
    for (one, other) in pairs {
        #expect(theme.style(for: one) != theme.style(for: other), "\(one) vs \(other)")
    }
}

// MARK: - Parsing theme files

private func parse(_ text: String, source: String = "Themes/x.toml") throws -> Theme {
    try ThemeFile.theme(layers: [ThemeFile.parse(text, source: source)])
}

private func parseError(_ text: String, source: String = "Themes/x.toml") -> ThemeError? {
    do {
        _ = try parse(text, source: source)
        return nil
    } catch let error as ThemeError {
        return error
    } catch {
        Issue.record("expected a ThemeError, got \(error)")
        return nil
    }
}

@Test func bareStringIsTheForegroundAndTablesSetEachPart() throws {
    let theme = try parse(
        """
        [roles]
        text = { fg = "default", bg = "default" }
        match = "yellow"
        "match.current" = { fg = "black", bg = "#ffaf00", modifiers = ["bold", "underline"] }
        """)
    #expect(theme.style(for: .match) == TextStyle(foreground: .indexed(3)))
    #expect(
        theme.style(for: .matchCurrent)
            == TextStyle(foreground: .indexed(0), background: .rgb(0xff, 0xaf, 0), bold: true, underline: true))
}

@Test func everyColourFormIsRead() throws {
    let theme = try parse(
        """
        [palette]
        accent = "#5FAFFF"
        [roles]
        "a" = "bright-white"
        "b" = "grey"
        "c" = "gray"
        "d" = "color208"
        "e" = "colour0"
        "f" = "accent"
        "g" = "default"
        "h" = "magenta"
        """)
    let expected: [String: TerminalColor] = [
        "a": .indexed(15), "b": .indexed(8), "c": .indexed(8), "d": .indexed(208), "e": .indexed(0),
        "f": .rgb(0x5f, 0xaf, 0xff), "g": .default, "h": .indexed(5),
    ]
    for (role, color) in expected {
        #expect(theme.style(for: Role(role)).foreground == color, "\(role)")
    }
}

@Test func noPrefixTurnsOffAnAttributeTheParentHas() throws {
    let theme = try parse(
        """
        [roles]
        speaker = { modifiers = ["bold", "underline"] }
        "speaker.question" = { modifiers = ["no-bold"] }
        """)
    let question = theme.style(for: .question)
    #expect(!question.bold)
    #expect(question.underline)
}

@Test func themeNameDefaultsToTheFileName() throws {
    #expect(try parse("[roles]\ntext = \"white\"", source: "some/dir/paper.toml").name == "paper")
    #expect(try parse("name = \"Paper White\"", source: "some/dir/paper.toml").name == "Paper White")
}

@Test func laterLayerPaletteRecoloursTheBaseRoles() throws {
    let base = try ThemeFile.parse(
        """
        [palette]
        gold = "yellow"
        [roles]
        speaker = { fg = "gold", modifiers = ["bold"] }
        match = "red"
        """, source: "base.toml")
    let top = try ThemeFile.parse(
        """
        inherits = "base"
        [palette]
        gold = "#ff87af"
        [roles]
        match = { bg = "blue" }
        """, source: "top.toml")
    let theme = try ThemeFile.theme(layers: [base, top])
    #expect(theme.name == "top")
    #expect(theme.style(for: .speaker) == TextStyle(foreground: .rgb(0xff, 0x87, 0xaf), bold: true))
    // A role named again replaces the base's declaration as a whole.
    #expect(theme.style(for: .match) == TextStyle(background: .indexed(4)))
}

@Test func unknownColourNamesTheFileTheKeyAndTheColour() throws {
    let error = try #require(parseError("[roles]\ntext = \"default\"\nspeaker = { fg = \"bleu\" }"))
    #expect(error.file == "Themes/x.toml")
    #expect(error.key == "roles.speaker")
    #expect(error.line == 3)
    #expect(
        error.description == "Themes/x.toml:3: roles.speaker: unknown colour 'bleu' (not a colour name, colorN, #rrggbb or a palette entry)"
    )
}

@Test func malformedColoursAreRejectedWithTheReason() throws {
    let hex = try #require(parseError("[roles]\nmatch = \"#12345\""))
    #expect(hex.description.contains("'#12345' is not a #rrggbb colour"))
    #expect(hex.key == "roles.match")
    let index = try #require(parseError("[roles]\nmatch = \"color256\""))
    #expect(index.description.contains("out of range 0–255"))
    let spaced = try #require(parseError("[roles]\nmatch = \"light blue\""))
    #expect(spaced.description.contains("unknown colour 'light blue'"))
}

@Test func unknownModifierIsAnErrorListingTheKnownOnes() throws {
    let error = try #require(parseError("[roles]\nspeaker = { modifiers = [\"blink\"] }"))
    #expect(error.file == "Themes/x.toml")
    #expect(error.key == "roles.speaker")
    #expect(error.problem.contains("unknown modifier 'blink'"))
    #expect(error.problem.contains("bold, dim, italic, underline, reverse"))
}

@Test func contradictoryModifiersAreAnError() throws {
    let error = try #require(parseError("[roles]\nspeaker = { modifiers = [\"bold\", \"no-bold\"] }"))
    #expect(error.problem.contains("both on and off"))
}

@Test func tomlSyntaxErrorNamesTheFileAndLine() throws {
    let error = try #require(parseError("name = \"x\"\n[roles]\nspeaker = { fg = \"red\" \n"))
    #expect(error.file == "Themes/x.toml")
    #expect(error.line == 3)
    #expect(error.description.hasPrefix("Themes/x.toml:3:"))
}

@Test func unknownTopLevelKeyIsAnError() throws {
    let error = try #require(parseError("name = \"x\"\ncolours = \"red\""))
    #expect(error.line == 2)
    #expect(error.description.contains("Themes/x.toml"))
    #expect(error.description.contains("unknown key 'colours'"))
}

@Test func unknownKeyInsideAStyleIsAnError() throws {
    let error = try #require(parseError("[roles]\nspeaker = { fgg = \"red\" }"))
    #expect(error.key == "roles.speaker")
    #expect(error.problem.contains("unknown key 'fgg'"))
}

@Test func unquotedDottedRoleGetsAHintToQuoteIt() throws {
    let error = try #require(parseError("[roles]\nspeaker.current = { modifiers = [\"bold\"] }"))
    #expect(error.problem.contains("\"speaker.current\" = "))
    #expect(error.line == 2)
}

@Test func futureRoleNamesAreAllowedButMalformedOnesAreNot() throws {
    let theme = try parse("[roles]\n\"sidebar.entry-title\" = \"red\"")
    #expect(theme.style(for: Role("sidebar.entry-title")).foreground == .indexed(1))
    for bad in ["Speaker", "speaker..current", "speaker current", ".speaker", "speaker.", "speaker-", "2nd"] {
        let error = try #require(parseError("[roles]\n\"\(bad)\" = \"red\""), "\(bad)")
        #expect(error.problem.contains("not a role name"), "\(bad)")
        #expect(error.key == "roles.\"\(bad)\"")
    }
}

@Test func paletteMayNotRedefineColourNamesNorReferToItself() throws {
    let redefined = try #require(parseError("[palette]\nred = \"#ff0000\""))
    #expect(redefined.key == "palette.red")
    #expect(redefined.problem.contains("already a colour name"))
    let chained = try #require(parseError("[palette]\na = \"#ff0000\"\nb = \"a\""))
    #expect(chained.key == "palette.b")
    #expect(chained.line == 3)
}

@Test func wrongValueTypesAreErrors() throws {
    #expect(try #require(parseError("name = 3")).key == "name")
    #expect(try #require(parseError("roles = \"x\"")).key == "roles")
    #expect(try #require(parseError("[roles]\nspeaker = 3")).key == "roles.speaker")
    #expect(try #require(parseError("[roles]\nspeaker = { modifiers = \"bold\" }")).problem.contains("must be a list"))
}

@Test func missingFileIsAnErrorNamingIt() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-theme-\(UUID()).toml")
    do {
        _ = try ThemeFile.read(url, source: "my/missing.toml")
        Issue.record("a missing file must not load")
    } catch let error as ThemeError {
        #expect(error.description == "my/missing.toml: no such theme file")
    }
}
