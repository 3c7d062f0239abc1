import Foundation
import ParleyUI

/// Where a command writes: standard output and error in the program, buffers in tests.
///
/// Everything written goes through `VisibleText.sanitized` first, so no transcript, file name or
/// argument can send a terminal a control sequence, whichever command prints it.
struct Console {
    /// The environment the command sees; `COLUMNS` sets the width of text output.
    var environment: [String: String]
    /// The width of the terminal stdout is, or nil when stdout is not a terminal.
    var terminalColumns: Int?
    /// True when stdout is a terminal: paging and `--color auto` depend on it.
    var outputIsTerminal = false
    /// Whether `outLines(_:painted:)` colours what it writes (`--color`).
    var colors = false
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private let readInput: () -> Data?

    init(
        environment: [String: String], out: @escaping (String) -> Void, err: @escaping (String) -> Void,
        input: @escaping () -> Data? = { nil }
    ) {
        self.environment = environment
        self.writeOut = out
        self.writeErr = err
        self.readInput = input
    }

    /// The process's own stdout and stderr. A write that fails ends the program: quietly with status 0
    /// when the reader has gone (a closed pipe, as with `| head`), otherwise with
    /// `parley: write error: …` on stderr and status 1 (a full disk, a closed descriptor).
    static var standard: Console {
        var console = Console(
            environment: ProcessInfo.processInfo.environment,
            out: { StandardStream.output.write($0) },
            err: { StandardStream.error.write($0) },
            input: { isatty(STDIN_FILENO) == 1 ? nil : StandardStream.readAll(STDIN_FILENO) })
        console.outputIsTerminal = isatty(STDOUT_FILENO) == 1
        console.terminalColumns = console.outputIsTerminal ? TerminalSize.columns(of: STDOUT_FILENO) : nil
        return console
    }

    /// All of standard input, for `--corpus -`; nil when it is a terminal (nothing was piped in).
    func input() -> Data? { readInput() }

    /// The same console with each message to stderr turned into a JSON object, for `--json`.
    func reportingErrorsAsJSON() -> Console {
        let plain = self
        return copy(out: { plain.writeOut($0) }, err: { plain.writeErr(JSONError.line(for: $0)) })
    }

    /// The same console with stdout going to `stream` (a pager's input).
    func writingOut(to stream: StandardStream) -> Console {
        let plain = self
        return copy(out: { stream.write($0) }, err: { plain.writeErr($0) })
    }

    private func copy(out: @escaping (String) -> Void, err: @escaping (String) -> Void) -> Console {
        var console = Console(environment: environment, out: out, err: err, input: readInput)
        console.terminalColumns = terminalColumns
        console.outputIsTerminal = outputIsTerminal
        console.colors = colors
        return console
    }

    func out(_ text: String) { writeOut(VisibleText.sanitized(text)) }
    func err(_ text: String) { writeErr(VisibleText.sanitized(text)) }

    /// Lines to stdout, each ending in a newline.
    func outLines(_ lines: [String]) {
        out(LinePreparer(colors: false).prepare(lines) { line, _ in line })
    }

    /// Lines to stdout, coloured by `paint` (given each line and its index) when colours are on. The
    /// lines are sanitised before they are painted, so `paint`'s escapes are the only ones written.
    func outLines(_ lines: [String], painted paint: (String, Int) -> String) {
        out(linePreparer.prepare(lines, painted: paint))
    }

    /// What `outLines(_:painted:)` writes of some lines, made on any thread: lines laid out on all cores are
    /// made safe and coloured there too, and only written here.
    var linePreparer: LinePreparer { LinePreparer(colors: colors) }

    func out(_ prepared: PreparedText) {
        if !prepared.text.isEmpty { writeOut(prepared.text) }
    }

    /// The widest text parley lays out, in columns: a wider request (`--width`, `COLUMNS`) is cut to
    /// this, so a mistyped number cannot ask for gigabytes of padding.
    static let maximumWidth = 1000

    /// The width for text output: `COLUMNS` when it is set to a positive number, else the width of the
    /// terminal stdout is, else nil (each command has its default); at most `maximumWidth`.
    var columns: Int? {
        guard let value = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), value > 0 else {
            return terminalColumns.map { min($0, Self.maximumWidth) }
        }
        return min(value, Self.maximumWidth)
    }

    /// The width to lay text out at: `requested` (a `--width`), else `COLUMNS`, else `fallback`, kept
    /// between `minimum` and `maximumWidth`.
    func width(_ requested: Int?, fallback: Int, minimum: Int) -> Int {
        min(max(requested ?? columns ?? fallback, minimum), Self.maximumWidth)
    }
}

/// Makes lines into what a console writes: each sanitised, then painted when colours are on.
struct LinePreparer: Sendable {
    let colors: Bool

    func prepare(_ lines: [String], painted paint: (String, Int) -> String) -> PreparedText {
        guard !lines.isEmpty else { return PreparedText(text: "") }
        guard colors else { return PreparedText(text: VisibleText.sanitized(lines.joined(separator: "\n") + "\n")) }
        return PreparedText(
            text: lines.enumerated().map { paint(VisibleText.sanitized($0.element), $0.offset) }.joined(separator: "\n") + "\n")
    }
}

/// Text made safe for a terminal, and coloured, by a `LinePreparer`: the one kind of text a console writes
/// without sanitising it again.
struct PreparedText: Sendable {
    fileprivate let text: String
}
