import Foundation
import Testing

@testable import parley

/// Runs a command line in-process with `stdin` as its piped standard input.
private func parley(_ arguments: [String], stdin: String?, environment: [String: String] = [:]) -> CommandResult {
    final class Capture: @unchecked Sendable {
        var out = ""
        var err = ""
    }
    let capture = Capture()
    let console = Console(
        environment: environment, out: { capture.out += $0 }, err: { capture.err += $0 }, input: { stdin.map { Data($0.utf8) } })
    let status = ParleyCLI.run(arguments: arguments, console: console)
    return CommandResult(status: status, out: capture.out, err: capture.err)
}

@Test func corpusDashReadsOneTextFromStandardInput() {
    let result = parley(["speakers", "--corpus", "-"], stdin: sampleTranscript)
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("MAYOR QUIMBY"))
    let meetings = parley(["meetings", "--corpus", "-"], stdin: sampleTranscript)
    #expect(meetings.out.contains("stdin.txt  transcript  Remarks to the Press"))
}

@Test func corpusDashWithNothingPipedSaysHowToPipe() {
    let result = parley(["meetings", "--corpus", "-"], stdin: nil)
    #expect(result.status == 1)
    #expect(result.err.contains("parley: -: nothing to read on standard input (a terminal, or closed); pipe a text in"))
}

@Test func corpusDashWithBinaryInputIsNamedAsStandardInput() {
    let result = parley(["meetings", "--corpus", "-"], stdin: "a\u{0}b")
    #expect(result.status == 1)
    #expect(result.err.contains("standard input: looks binary"))
}

@Test func underJSONErrorsAreJSONOnStderr() throws {
    for arguments in [["show", "nosuch", "--json"], ["compare", "nobody", "--format", "json"], ["search", "--json"]] {
        let result = parley(arguments, stdin: nil)
        #expect(result.status != 0)
        #expect(result.out.isEmpty)
        let lines = result.err.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let message = try #require(object?["error"] as? String, "not a JSON error: \(line)")
            #expect(!message.hasPrefix("parley: "))
        }
    }
    // Without --json, errors stay plain.
    #expect(parley(["show", "nosuch"], stdin: nil).err.hasPrefix("parley: no meeting matches 'nosuch'"))
}

@Test func columnsBeatsTheTerminalWidthWhichBeatsTheDefault() {
    var console = Console(environment: ["COLUMNS": "70"], out: { _ in }, err: { _ in })
    console.terminalColumns = 120
    #expect(console.columns == 70)
    console.environment = [:]
    #expect(console.columns == 120)
    console.terminalColumns = nil
    #expect(console.columns == nil)
}
