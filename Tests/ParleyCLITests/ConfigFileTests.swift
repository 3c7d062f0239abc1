import Foundation
import Testing

@testable import parley

/// A config folder holding `text` as config.toml; removed by the caller.
private func configHome(_ text: String) throws -> URL {
    let home = try temporaryFolder()
    let folder = home.appendingPathComponent("parley")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    return home
}

@Test func theConfigFilesCorpusIsReadWhenNoCorpusIsGiven() throws {
    let texts = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: texts) }
    try sampleTranscript.write(to: texts.appendingPathComponent("quimby.txt"), atomically: true, encoding: .utf8)
    let home = try configHome("corpus = \"\(texts.path)\"\n")
    defer { try? FileManager.default.removeItem(at: home) }
    let result = parley("meetings", environment: ["XDG_CONFIG_HOME": home.path])
    #expect(result.status == 0)
    #expect(result.out.contains("2020-03-03-springfield"))
    // --corpus still wins.
    let builtIn = parley("meetings", "--corpus", texts.path + "/nothing-here", environment: ["XDG_CONFIG_HOME": home.path])
    #expect(builtIn.err.contains("nothing-here: no such file or folder"))
}

@Test func aBadConfigFileIsNamedWithItsLineAndTheCommandStillRuns() throws {
    let home = try configHome("# settings\nsync = \"off\"\n")
    defer { try? FileManager.default.removeItem(at: home) }
    let result = parley("meetings", environment: ["XDG_CONFIG_HOME": home.path])
    #expect(result.status == 0)
    #expect(result.err == "parley: \(home.path)/parley/config.toml:2: sync: expected true or false\n")
    #expect(result.out.contains("2017-02-23-mexico-city"))
}

@Test func theThemeOptionBeatsParleyThemeWhichBeatsTheConfigFile() throws {
    let home = try configHome("theme = \"from-config\"\n")
    defer { try? FileManager.default.removeItem(at: home) }
    // Without a terminal the browser cannot open, but the theme is checked first and named when unknown.
    let fromConfig = parley(arguments: [], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(fromConfig.err.contains("no theme named 'from-config'"))
    let fromEnvironment = parley(arguments: [], environment: ["XDG_CONFIG_HOME": home.path, "PARLEY_THEME": "from-env"])
    #expect(fromEnvironment.err.contains("no theme named 'from-env'"))
    let fromOption = parley(
        arguments: ["--theme", "from-option"], environment: ["XDG_CONFIG_HOME": home.path, "PARLEY_THEME": "from-env"])
    #expect(fromOption.err.contains("no theme named 'from-option'"))
}

@Test func aThemeInTheConfigFoldersThemesIsFoundByName() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let themes = home.appendingPathComponent("parley/themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try "name = \"mine\"\ninherits = \"dark\"\n[roles]\nspeaker = \"#ff0000\"\n".write(
        to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    try "name = \"broken\"\n[roles]\nspeaker = \"not-a-colour\"\n".write(
        to: themes.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
    let environment = ["XDG_CONFIG_HOME": home.path, "PATH": "/usr/bin:/bin"]
    // Found and loaded: the browser gets as far as wanting a terminal.
    let mine = try runExecutable(["--theme", "mine"], environment: environment)
    #expect(mine.err.contains("needs a terminal"), "\(mine.err)")
    let broken = try runExecutable(["--theme", "broken"], environment: environment)
    #expect(broken.err.contains("themes/broken.toml:3"), "\(broken.err)")
    let unknown = try runExecutable(["--theme", "nope"], environment: environment)
    #expect(
        unknown.err.contains("available: basic8, broken, dark, high-contrast, light, mine, monochrome, solarized-dark"), "\(unknown.err)")
}
