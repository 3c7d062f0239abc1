import Foundation
import Testing

@testable import ParleyUI

@Test func keepingAThemeReplacesTheTopLevelThemeLine() {
    let text = "# mine\ntheme = \"dark\"\nsync = false\n"
    #expect(ThemeChoice.updating(text, theme: "light") == "# mine\ntheme = \"light\"\nsync = false\n")
}

@Test func keepingAThemeAddsTheLineWhenThereIsNone() {
    #expect(ThemeChoice.updating("", theme: "light") == "theme = \"light\"\n")
    #expect(ThemeChoice.updating("sync = false\n", theme: "light") == "theme = \"light\"\nsync = false\n")
}

@Test func aThemeKeyInsideATableIsNotTheSetting() {
    let text = "[keys]\ntheme = \"x\"\n"
    #expect(ThemeChoice.updating(text, theme: "light") == "theme = \"light\"\n[keys]\ntheme = \"x\"\n")
}

@Test func theChoiceIsWrittenAndReadBack() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-theme-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("parley/config.toml")
    try ThemeChoice.write(theme: "solarized-dark", to: file)
    try ThemeChoice.write(theme: "light", to: file)
    #expect(UserConfig.load(file).theme == "light")
}

/// A config folder that cannot be made (a file stands where it should be) is said in the system's
/// words on the status line, not as Foundation's `NSCocoaErrorDomain error 512`.
@Test func aChoiceThatCannotBeWrittenSaysWhyInWords() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-theme-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data().write(to: folder.appendingPathComponent("parley"))
    let error = #expect(throws: ThemeChoice.WriteError.self) {
        try ThemeChoice.write(theme: "light", to: folder.appendingPathComponent("parley/config.toml"))
    }
    #expect(error?.description == "File exists")
}
