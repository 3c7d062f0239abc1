import Foundation
import ParleyUI
import Testing

@testable import parley

/// Numbers and argument lists out of proportion are cut to size, and quickly.
struct LimitTests {
    @Test func aHugeWidthIsCutToTheMaximum() {
        for arguments in [["compare", "kelly", "--width", "10000000"], ["show", "may", "--width", "1000000000"]] {
            let start = ContinuousClock.now
            let result = parley(arguments: arguments)
            #expect(ContinuousClock.now - start < .seconds(5))
            #expect(result.status == 0)
            let widest = result.out.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
            #expect(widest <= Console.maximumWidth, "\(arguments)")
        }
    }

    @Test func columnsFromTheEnvironmentAreKeptInRange() {
        let narrow = parley(arguments: ["show", "feb"], environment: ["COLUMNS": "1"])
        #expect(narrow.status == 0)
        #expect(narrow.out == parley("show", "feb", "--width", "20").out)
        let compare = parley(arguments: ["compare", "kelly"], environment: ["COLUMNS": "3"])
        #expect(compare.status == 0)
        #expect(compare.out == parley("compare", "kelly", "--width", "43").out)
        let wide = parley(arguments: ["compare", "kelly"], environment: ["COLUMNS": "99999999"])
        #expect(wide.out.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= Console.maximumWidth })
    }

    // How long it takes is for a benchmark, not a test on a shared machine; this checks that all are taken.
    @Test func thousandsOfCorpusArgumentsAreAllTaken() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("springfield.txt")
        try sampleTranscript.write(to: file, atomically: true, encoding: .utf8)
        let arguments = ["meetings"] + Array(repeating: ["--corpus", file.path], count: 10_000).flatMap { $0 } + ["--corpus=\(file.path)"]
        let result = parley(arguments: arguments)
        #expect(result.status == 0)
        #expect(result.out.contains("springfield.txt"))
    }

    @Test func corpusArgumentsAreTakenOutInOrderAndNothingElse() {
        let split = CorpusArguments.split(["show", "--corpus", "a", "feb", "--corpus=b", "--width", "60", "--", "--corpus", "c"])
        #expect(split.paths == ["a", "b"])
        #expect(split.rest == ["show", "feb", "--width", "60", "--", "--corpus", "c"])
        #expect(CorpusArguments.split(["meetings", "--corpus"]).rest == ["meetings", "--corpus"])
        let missing = parley("meetings", "--corpus")
        #expect(missing.status == 2)
        #expect(missing.err.contains("--corpus"))
    }
}
