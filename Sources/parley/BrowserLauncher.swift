import Foundation
import ParleyModel
import ParleyUI

/// Opens the interactive browser over a corpus; returns the process exit code.
func runBrowser(
    corpus: Corpus, themeSpec: String?, meetings: [Meeting]? = nil, dateRange: DateRange = DateRange(), config: UserConfig = UserConfig(),
    configFile: URL? = nil, console: Console
) throws -> Int32 {
    func printError(_ message: String) { console.err("parley: \(message)\n") }
    let environment = console.environment
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
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        printError("the browser needs a terminal (stdin and stdout must be a tty); for plain text try 'parley show feb' or 'parley --help'")
        return 1
    }
    let colorsAllowed = themeSpec != nil || (environment["NO_COLOR"] ?? "").isEmpty
    let app: BrowserApp
    do {
        app = try BrowserApp(corpus: corpus, theme: theme, colorsAllowed: colorsAllowed, meetings: meetings, dateRange: dateRange)
    } catch {
        printError("\(error)")
        return 1
    }
    app.useConfig(config, file: configFile)
    app.useMarks(MarkStore(corpus: corpus))
    let terminal: CursesTerminal
    do {
        terminal = try CursesTerminal.open()
    } catch {
        printError("\(error)")
        return 1
    }
    defer { terminal.close() }
    app.run(on: terminal)
    return 0
}
