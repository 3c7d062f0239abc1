import Foundation
import Testing

@testable import parley

/// Runs in-process as if stdout were a terminal `columns` wide, with the pager off.
private func onTerminal(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
    final class Capture: @unchecked Sendable {
        var out = ""
        var err = ""
    }
    let capture = Capture()
    var console = Console(environment: environment, out: { capture.out += $0 }, err: { capture.err += $0 })
    console.outputIsTerminal = true
    console.terminalColumns = 100
    let status = ParleyCLI.run(arguments: arguments + ["--no-pager"], console: console)
    return CommandResult(status: status, out: capture.out, err: capture.err)
}

@Test func colorAlwaysPaintsHitsPlacesAndLabels() {
    let result = parley("search", "\"mass deportations\"", "--speaker", "kelly", "--color", "always")
    #expect(result.out.contains("[\u{1B}[1;31mmass deportations\u{1B}[0m]"))
    #expect(result.out.contains("\u{1B}[35m000_38b1e850a037519c.txt\u{1B}[0m"))
    #expect(result.out.contains("\u{1B}[32mturn 8 ¶8\u{1B}[0m"))
    #expect(result.out.contains("\u{1B}[1mSECRETARY KELLY\u{1B}[0m"))
}

@Test func colorNeverAndPipesStayPlain() {
    #expect(!parley("search", "mexico", "--color", "never").out.contains("\u{1B}"))
    // auto, with stdout not a terminal (a pipe, a file)
    #expect(!parley("search", "mexico").out.contains("\u{1B}"))
    #expect(!parley("show", "feb").out.contains("\u{1B}"))
}

@Test func colorAutoPaintsOnATerminalUnlessNoColorIsSet() {
    #expect(onTerminal(["show", "feb"]).out.hasPrefix("\u{1B}[1;4mMexico City · Feb 23 2017\u{1B}[0m"))
    #expect(!onTerminal(["show", "feb"], environment: ["NO_COLOR": "1"]).out.contains("\u{1B}"))
    #expect(onTerminal(["kwic", "deportations"]).out.contains("\u{1B}[1;31mdeportations\u{1B}[0m"))
}

@Test func colouredOutputStillShowsControlsInTheTextVisibly() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let hostile = sampleTranscript.replacingOccurrences(of: "bridge is safe", with: "bridge \u{1B}]0;owned\u{07} is safe")
    try hostile.write(to: folder.appendingPathComponent("t.txt"), atomically: true, encoding: .utf8)
    let result = parley("search", "safe", "--corpus", folder.path, "--color", "always")
    #expect(result.out.contains("^[]0;owned^G"))
    // The only escapes are SGR colours.
    let escapes = result.out.components(separatedBy: "\u{1B}").dropFirst()
    #expect(!escapes.isEmpty)
    #expect(escapes.allSatisfy { $0.range(of: #"^\[[0-9;]*m"#, options: .regularExpression) != nil })
}

@Test func theTerminalsWidthWrapsShow() {
    let lines = onTerminal(["show", "feb"]).out.split(separator: "\n")
    let widest = lines.map { $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count }.max() ?? 0
    #expect(widest <= 100 && widest > 80, "widest \(widest): \(lines.prefix(12).joined(separator: "\n"))")
}
