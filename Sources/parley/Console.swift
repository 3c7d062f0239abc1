import Foundation

/// Where a command writes: standard output and error in the program, buffers in tests.
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

    static var standard: Console {
        Console(
            environment: ProcessInfo.processInfo.environment,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    func out(_ text: String) { writeOut(text) }
    func err(_ text: String) { writeErr(text) }

    /// Lines to stdout, each ending in a newline.
    func outLines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        writeOut(lines.joined(separator: "\n") + "\n")
    }

    /// The terminal width from `COLUMNS`, when it is set to a positive number.
    var columns: Int? {
        guard let value = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), value > 0 else {
            return nil
        }
        return value
    }
}
