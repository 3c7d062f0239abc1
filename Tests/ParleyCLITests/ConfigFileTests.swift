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
