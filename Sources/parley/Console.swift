import Foundation
import ParleyUI

/// Where a command writes: standard output and error in the program, buffers in tests.
///
/// Everything written goes through `VisibleText.sanitized` first, so no transcript, file name or
/// argument can send a terminal a control sequence, whichever command prints it.
struct Console {
    /// The environment the command sees; `COLUMNS` sets the width of text output.
    var environment: [String: String]
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    init(environment: [String: String], out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.environment = environment
        self.writeOut = out
        self.writeErr = err
    }

    /// The process's own stdout and stderr. A write that fails ends the program: quietly with status 0
    /// when the reader has gone (a closed pipe, as with `| head`), otherwise with
    /// `parley: write error: …` on stderr and status 1 (a full disk, a closed descriptor).
    static var standard: Console {
        Console(
            environment: ProcessInfo.processInfo.environment,
            out: { StandardStream.output.write($0) },
            err: { StandardStream.error.write($0) })
    }

    func out(_ text: String) { writeOut(VisibleText.sanitized(text)) }
    func err(_ text: String) { writeErr(VisibleText.sanitized(text)) }

    /// Lines to stdout, each ending in a newline.
    func outLines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        out(lines.joined(separator: "\n") + "\n")
    }

    /// The widest text parley lays out, in columns: a wider request (`--width`, `COLUMNS`) is cut to
    /// this, so a mistyped number cannot ask for gigabytes of padding.
    static let maximumWidth = 1000

    /// The terminal width from `COLUMNS`, when it is set to a positive number, at most `maximumWidth`.
    var columns: Int? {
        guard let value = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), value > 0 else {
            return nil
        }
        return min(value, Self.maximumWidth)
    }

    /// The width to lay text out at: `requested` (a `--width`), else `COLUMNS`, else `fallback`, kept
    /// between `minimum` and `maximumWidth`.
    func width(_ requested: Int?, fallback: Int, minimum: Int) -> Int {
        min(max(requested ?? columns ?? fallback, minimum), Self.maximumWidth)
    }
}
