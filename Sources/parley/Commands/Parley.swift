import ArgumentParser
import ParleyModel
import ParleyUI

/// `parley` on its own opens the browser; the subcommands print plain text or JSON.
struct Parley: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read and compare what the same people said at two meetings, speaker by speaker.",
        discussion: """
            Without a subcommand, parley opens the browser in the terminal. Meetings and speakers are named by id \
            or by an unambiguous prefix or word: feb, may, mexico, 2017-05, kelly, osorio.
            Exit status: 0 success, 1 a problem with the input, 2 a usage error.
            """,
        version: BuildVersion.text,
        subcommands: [
            Meetings.self,
            Speakers.self,
            Show.self,
            Search.self,
            Compare.self,
            StatsCommand.self, TimelineCommand.self, KwicCommand.self, AlignCommand.self, QuotesCommand.self, InspectCommand.self,
            CacheCommand.self,
        ]
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(
        help: ArgumentHelp("A theme for the browser: a built-in name or a theme file.", valueName: "name|file"),
        completion: .custom { _, _, prefix in ThemeCatalog.names.filter { $0.hasPrefix(prefix) } })
    var theme: String?

    // Not --meetings: `compare` has an option of that name, and the root's would take it.
    @Option(
        help: ArgumentHelp("The two meetings for the left and right panes (default: the first two).", valueName: "a,b"),
        completion: CorpusCompletion.meetingPair)
    var panes: String?

    func run(console: Console) throws {
        let range = try self.corpus.dateRange()
        let config = UserSettings.config(console)
        let panes = self.panes
        let choosePanes = { (corpus: Corpus) throws -> (meetings: [Meeting]?, problem: String?) in
            // The browser keeps the whole archive, so the range can be widened again; but one with no meeting is a mistake.
            _ = try CorpusOptions.narrowed(corpus, to: range)
            if let panes { return (try Self.meetings(panes, in: corpus), nil) }
            guard let configured = config.panes else { return (nil, nil) }
            do {
                return (try Self.meetings(configured, in: corpus), nil)
            } catch {
                return (nil, "config.toml: panes: \(error); showing the first two meetings")
            }
        }
        // The theme asked for most closely wins: the option, then the environment, then the config file.
        let environmentTheme = console.environment["PARLEY_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        let status = try runBrowser(
            paths: corpus.paths(config: config), cache: corpus.cacheSetting(console: console), choosePanes: choosePanes,
            themeSpec: theme ?? environmentTheme ?? config.theme,
            dateRange: range, config: config, configFile: ConfigFolder.configFile(environment: console.environment), console: console)
        if status != 0 { throw ExitCode(status) }
    }

    private static func meetings(_ panes: String, in corpus: Corpus) throws -> [Meeting] {
        let names = panes.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard names.count == 2 else { throw ValidationError("--panes takes two meetings, like --panes feb,may") }
        return try names.map { try corpus.findMeeting($0) }
    }
}
