import Foundation
import Testing

/// The real program, run as a process: statuses 0, 1 and 2 and which stream each message goes to.
struct ExitStatusTests {
    @Test func successPrintsToStdout() throws {
        let result = try runExecutable(["meetings"])
        #expect(result.status == 0)
        #expect(result.out.contains("2017-05-18-washington"))
        #expect(result.err.isEmpty)
    }

    @Test func badFlagIsAUsageError() throws {
        let result = try runExecutable(["speakers", "--bogus"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("--bogus"))
        #expect(result.err.contains("--help"))
    }

    @Test func corpusGivenToACommandWithoutItIsAUsageError() throws {
        let result = try runExecutable(["inspect", "--corpus", "elsewhere", "missing.txt"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("'--corpus' is not an option of 'parley inspect'"))
    }

    @Test func unknownSpeakerIsAnInputProblem() throws {
        let result = try runExecutable(["compare", "nobody"])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err == result.err.trimmingCharacters(in: .newlines) + "\n")
        #expect(result.err.hasPrefix("parley: no speaker matches 'nobody'"))
    }

    @Test func browserMeetingsAreCheckedBeforeATerminalIsNeeded() throws {
        let one = try runExecutable(["--panes", "feb"])
        #expect(one.status == 2)
        #expect(one.err.contains("--panes takes two meetings"))
        let unknown = try runExecutable(["--panes", "feb,zzz"])
        #expect(unknown.status == 1)
        #expect(unknown.err.hasPrefix("parley: no meeting matches 'zzz'"))
    }

    @Test func helpAndVersionGoToStdout() throws {
        let help = try runExecutable(["--help"])
        #expect(help.status == 0)
        for name in ["meetings", "speakers", "show", "search", "compare"] { #expect(help.out.contains(name)) }
        let version = try runExecutable(["--version"])
        #expect(version.status == 0 && !version.out.isEmpty)
    }

    @Test func missingCorpusPathIsNamed() throws {
        let missing = "/no/such/parley-corpus"
        let result = try runExecutable(["meetings", "--corpus", missing])
        #expect(result.status == 1)
        #expect(result.err.contains("\(missing): no such file or folder"))
        #expect(result.out.isEmpty)
    }

    @Test func aBadFileIsNamedAndTheGoodOneStillLoads() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try sampleTranscript.write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let bad = folder.appendingPathComponent("bad.txt")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: bad)
        let result = try runExecutable(["meetings", "--corpus", folder.path])
        #expect(result.status == 0)
        let problems = result.err.split(separator: "\n")
        #expect(problems.count == 1)
        #expect(problems.first?.contains(bad.path) == true)
        #expect(problems.first?.contains("binary") == true)
        #expect(result.out.contains("2020-03-03"))
        #expect(result.out.contains("good.txt"))
        #expect(!result.out.contains("bad.txt"))
    }

    @Test func nothingUsableLeftIsAnInputProblem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("only.txt"))
        let result = try runExecutable(["speakers", "--corpus", folder.path])
        #expect(result.status == 1)
        #expect(result.err.contains("only.txt"))
        #expect(result.err.contains("nothing usable"))
    }

    @Test func ownCorpusReplacesTheBuiltInOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("springfield.txt")
        try sampleTranscript.write(to: file, atomically: true, encoding: .utf8)
        let result = try runExecutable(["speakers", "--json", "--corpus", file.path])
        #expect(result.status == 0)
        let json = try result.json()
        let ids = (json["people"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.count == 2)
        #expect(!ids.contains("kelly"))
        let search = try runExecutable(["search", "bridge", "--corpus", file.path])
        #expect(search.out.contains("2 hits for bridge"))
    }

    @Test func corpusOptionBeforeTheSubcommandCountsToo() throws {
        let result = try runExecutable(["--corpus", "/no/such/folder", "meetings"])
        #expect(result.status == 1)
        #expect(result.err.contains("/no/such/folder"))
    }

    @Test func browserWithoutATerminalSaysSo() throws {
        let result = try runExecutable([])
        #expect(result.status == 1)
        #expect(result.err.contains("terminal"))
    }
}
