import Foundation
import Testing

@testable import ParleyUI

@Test func everySettingIsRead() {
    let config = UserConfig.parse(
        """
        theme = "solarized-dark"
        corpus = ["~/transcripts", "/srv/archive"]
        sync = false
        panes = "may, feb"

        [keys]
        quit = "Q"
        down = ["j", "Ctrl-N", "PgDn"]
        """, source: "config.toml", home: "/home/ana")
    #expect(config.problems.isEmpty)
    #expect(config.theme == "solarized-dark")
    #expect(config.corpus == ["/home/ana/transcripts", "/srv/archive"])
    #expect(config.sync == false)
    #expect(config.panes == "may,feb")
    #expect(config.keys["quit"] == [.character("Q")])
    #expect(config.keys["down"] == [.character("j"), .control("n"), .pageDown])
}

@Test func aBrokenFileSaysWhichLineAndKeepsTheDefaults() {
    let config = UserConfig.parse("sync = false\ntheme = \"dark\nquit = 1\n", source: "config.toml")
    #expect(config.problems.count == 1)
    #expect(config.problems[0].hasPrefix("config.toml:2: "))
    #expect(config.problems[0].hasSuffix("using the defaults"))
    #expect(config.sync == nil)
    #expect(config.theme == nil)
}

@Test func aWrongSettingIsNamedWithItsLineAndTheRestStillCount() {
    let config = UserConfig.parse(
        """
        # mine
        sync = "no"
        theme = "light"

        [keys]
        quit = "Q"
        jump = "x"
        help = "Hyper-Q"
        speaker = "x"
        """, source: "config.toml")
    #expect(config.theme == "light")
    #expect(config.keys == ["quit": [.character("Q")]])
    let problems = config.problems.sorted()
    #expect(problems.count == 4)
    #expect(problems.contains("config.toml:2: sync: expected true or false"))
    #expect(problems.contains { $0.hasPrefix("config.toml:7: keys.jump: no action of that name") })
    #expect(problems.contains { $0.hasPrefix("config.toml:8: keys.help: unknown key 'Hyper-Q'") })
    #expect(problems.contains { $0.hasPrefix("config.toml:9: keys.speaker: the speaker keys are the digits") })
}

@Test func anUnknownSettingIsReported() {
    let config = UserConfig.parse("colour = \"blue\"\n", source: "c.toml")
    #expect(config.problems == ["c.toml:1: colour: unknown setting (known: theme, corpus, sync, panes, [keys])"])
}

@Test func aMissingFileIsNoSettingsAndNoProblem() {
    let config = UserConfig.load(URL(fileURLWithPath: "/nonexistent/parley/config.toml"))
    #expect(config == UserConfig())
}

@Test func theConfigFolderFollowsXDGThenHome() {
    #expect(ConfigFolder.configFile(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])?.path == "/x/parley/config.toml")
    #expect(ConfigFolder.configFile(environment: ["HOME": "/h"])?.path == "/h/.config/parley/config.toml")
    // A relative XDG_CONFIG_HOME is to be ignored, as the XDG spec says.
    #expect(ConfigFolder.configFile(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])?.path == "/h/.config/parley/config.toml")
    #expect(ConfigFolder.themes(environment: ["HOME": "/h"])?.path == "/h/.config/parley/themes")
    #expect(ConfigFolder.configFile(environment: [:]) == nil)
}

@Test func keyNamesReadAndPrintBothWays() {
    #expect(KeyName.key("q") == .character("q"))
    #expect(KeyName.key("ctrl-q") == .control("q"))
    #expect(KeyName.key("F12") == .function(12))
    #expect(KeyName.key("space") == .character(" "))
    #expect(KeyName.key("PgDn") == .pageDown)
    #expect(KeyName.key("Ctrl-1") == nil)
    #expect(KeyName.key("F99") == nil)
    #expect(KeyName.name(of: .control("q")) == "Ctrl-Q")
    #expect(KeyName.name(of: .enter) == "Enter")
}
