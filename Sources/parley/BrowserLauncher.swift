import Foundation
import ParleyModel
import ParleyUI

/// Opens the interactive browser over the corpus at `paths` (empty: the built-in corpus); returns the
/// process exit code. The corpus loads in the background: a load that takes more than a moment gets a
/// progress screen, and the first frame comes as soon as it is done. `choosePanes` picks the two meetings
/// once the corpus is known; what it throws stops the browser, a problem it returns is only reported.
func runBrowser(
    paths: [String], cache: CorpusCacheSetting, choosePanes: (Corpus) throws -> (meetings: [Meeting]?, problem: String?),
    themeSpec: String?,
    dateRange: DateRange = DateRange(), config: UserConfig = UserConfig(), configFile: URL? = nil, console: Console
) throws -> Int32 {
    func printError(_ message: String) { console.err("parley: \(message)\n") }
    let environment = console.environment
    // What a new archive adds to the cache is written while the browser shows it, and waited for at the end.
    // Started first, so the theme is read while the corpus loads.
    let load = BackgroundLoad { progress in CorpusOptions.read(paths, cache: cache, progress: progress, storeWritesLater: true) }
    let theme: Theme
    // A bad theme is reported even where no browser could open, so a typo is not hidden behind the tty check.
    if let spec = themeSpec {
        do {
            theme = try ThemeCatalog.load(nameOrPath: spec)
        } catch {
            printError("\(error)")
            return 1
        }
    } else {
        theme = ThemeCatalog.defaultTheme(environment: environment)
    }
    let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    var terminal: CursesTerminal? = nil
    defer { terminal?.close() }
    func openTerminal() throws -> CursesTerminal {
        if let terminal { return terminal }
        let opened = try CursesTerminal.open()
        terminal = opened
        return opened
    }
    // Without a terminal there is no progress to show, but the corpus and --panes are still checked first,
    // so a mistake in them is reported as such.
    var loaded = (interactive ? load.wait(milliseconds: CorpusLoadingScreen.quietMilliseconds) : load.waitUntilDone()).map {
        CorpusLoadingScreen.Loaded(corpus: $0, typedAhead: [])
    }
    if loaded == nil {
        do {
            let source = paths.isEmpty ? "the built-in corpus" : paths.joined(separator: ", ")
            loaded = CorpusLoadingScreen.show(load, on: try openTerminal(), theme: theme, source: source)
        } catch {
            printError("\(error)")
            return 1
        }
    }
    // Quit while loading.
    guard let corpus = loaded?.corpus else { return 0 }
    ProcessLifetime.keep(corpus)
    // The browser lists them too (`!`); on stderr they are still there after it closes.
    defer {
        terminal?.close()
        if corpus.isStoreBeingWritten {
            printError("finishing the cache for the next run (Ctrl-C skips it)")
        }
        if let notice = corpus.finishStoreWrites() { printError(notice) }
        for notice in corpus.cacheNotices { printError(notice) }
        for problem in corpus.problems { printError(CorpusOptions.oneLine(problem.description)) }
    }
    guard !corpus.documents.isEmpty else {
        terminal?.close()
        throw CorpusOptions.nothingUsable(in: paths)
    }
    let panes: (meetings: [Meeting]?, problem: String?)
    do {
        panes = try choosePanes(corpus)
    } catch {
        terminal?.close()
        throw error
    }
    guard interactive else {
        printError("the browser needs a terminal (stdin and stdout must be a tty); for plain text try 'parley show feb' or 'parley --help'")
        return 1
    }
    let colorsAllowed = themeSpec != nil || (environment["NO_COLOR"] ?? "").isEmpty
    let app: BrowserApp
    do {
        app = try BrowserApp(
            corpus: corpus, theme: theme, colorsAllowed: colorsAllowed, meetings: panes.meetings, dateRange: dateRange)
    } catch {
        terminal?.close()
        printError("\(error)")
        return 1
    }
    var settings = config
    if let problem = panes.problem { settings.problems.append(problem) }
    app.useConfig(settings, file: configFile)
    // Naming the corpus's marks file reads every document: done beside the first frame, not before it.
    app.useMarks(readBy: { MarkStore(corpus: corpus) })
    // The speakers table of an archive not seen before takes seconds: keys act while it is worked out.
    app.viewPatience = 150
    ProcessLifetime.keep(app)
    do {
        // Keys typed while the corpus loaded act once the browser is up.
        app.run(on: try openTerminal(), typedAhead: loaded?.typedAhead ?? [])
    } catch {
        printError("\(error)")
        return 1
    }
    return 0
}
