import Foundation
import Glibc

/// Long output read page by page, as git does: through `$PAGER`, else `less -FRX` (which quits at once
/// when everything fits, keeps colours, and leaves the text on the screen). `PAGER=` (empty) or
/// `PAGER=cat` turns it off, like `--no-pager`.
final class Pager {
    private let process: Process
    private let input: Pipe
    let stream: StandardStream

    /// The pager to run for this environment, or nil for none.
    static func command(environment: [String: String]) -> String? {
        guard let pager = environment["PAGER"] else { return "less -FRX" }
        let trimmed = pager.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// Starts the pager on the terminal; nil when it cannot be started (the output is then written as is).
    static func start(_ command: String, environment: [String: String]) -> Pager? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = environment
        // less without -R would show colour codes as text; these are what git sets for the same reason.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        if environment["LV"] == nil { environment["LV"] = "-c" }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        // parley ignores SIGPIPE to report write errors itself, and an ignored signal stays ignored across
        // exec: the pager gets the default back, so a pipeline in $PAGER ends quietly as in a shell.
        let previous = signal(SIGPIPE, SIG_DFL)
        defer { signal(SIGPIPE, previous) }
        do {
            try process.run()
        } catch {
            return nil
        }
        return Pager(process: process, input: input)
    }

    private init(process: Process, input: Pipe) {
        self.process = process
        self.input = input
        // A pager that quits early closes the pipe; StandardStream drops what can no longer be written.
        stream = StandardStream(descriptor: input.fileHandleForWriting.fileDescriptor)
    }

    /// Ends the output and waits for the reader to quit the pager.
    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
