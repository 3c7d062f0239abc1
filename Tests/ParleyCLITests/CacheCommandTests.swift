import Foundation
import Testing

@testable import parley

/// `parley cache`, `--no-cache`, and every command's output the same with the corpus cache as without it.
struct CacheCommandTests {
    /// A corpus folder and a cache folder of its own, so counts are not shared with other tests.
    struct Fixture {
        let root: URL
        var corpus: String { root.appendingPathComponent("corpus").path }
        var cache: URL { root.appendingPathComponent("cache") }
        var environment: [String: String] { ["XDG_CACHE_HOME": cache.path] }

        init() throws {
            root = try temporaryFolder()
            let folder = root.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(sampleTranscript.utf8).write(to: folder.appendingPathComponent("a.txt"))
            let other = sampleTranscript.replacingOccurrences(of: "Springfield", with: "Shelbyville")
                .replacingOccurrences(of: "March 3", with: "March 4")
                .replacingOccurrences(of: "The bridge is safe.", with: "Peña’s bridge isn't safe, it's (inaudible) the bridge.")
            try Data(other.utf8).write(to: folder.appendingPathComponent("b.txt"))
        }

        func run(_ arguments: String...) -> CommandResult {
            parley(arguments: arguments + ["--corpus", corpus], environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func cacheSaysWhereItIsAndWhatItHolds() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = fixture.run("cache")
        #expect(before.status == 0)
        #expect(before.out.contains(fixture.cache.appendingPathComponent("parley").path))
        #expect(before.out.contains("not made yet"))
        #expect(fixture.run("meetings").status == 0)
        let after = fixture.run("cache")
        #expect(after.out.contains("holds:      2 files, 2 documents"))
        #expect(after.out.contains("state:      up to date"))
        try Data("\n".utf8).write(to: URL(fileURLWithPath: fixture.corpus).appendingPathComponent("a.txt"), options: .atomic)
        #expect(fixture.run("cache").out.contains("stale: 1 file added, changed or removed"))
        let json = try fixture.run("cache", "--json").json()
        #expect(json["staleFiles"] as? Int == 1)
        #expect(json["exists"] as? Bool == true)
    }

    @Test func clearRemovesTheDatabase() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(fixture.run("meetings").status == 0)
        let cleared = fixture.run("cache", "--clear")
        #expect(cleared.status == 0)
        #expect(cleared.out.hasPrefix("removed "))
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.cache.appendingPathComponent("parley").path)
        #expect(files.filter { $0.hasPrefix("corpus-") }.isEmpty)
        #expect(fixture.run("cache", "--clear").out.hasPrefix("no cache at "))
    }

    @Test func allListsEveryCorpusCacheAndClearsThemAll() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let one = URL(fileURLWithPath: fixture.corpus).appendingPathComponent("a.txt").path
        #expect(fixture.run("meetings").status == 0)
        #expect(parley(arguments: ["meetings", "--corpus", one], environment: fixture.environment).status == 0)
        let listed = fixture.run("cache", "--all")
        #expect(listed.status == 0)
        #expect(listed.out.hasPrefix("2 caches in \(fixture.cache.appendingPathComponent("parley").path)"))
        #expect(listed.out.contains("  \(fixture.corpus)\n"))
        #expect(listed.out.contains("  \(one)\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(fixture.run("cache", "--all", "--json").out.utf8)) as? [[String: Any]])
        #expect(json.count == 2)
        #expect(json.allSatisfy { ($0["lastUsed"] as? String)?.hasSuffix("Z") == true && ($0["bytes"] as? Int ?? 0) > 0 })
        let cleared = fixture.run("cache", "--all", "--clear")
        #expect(cleared.out.hasPrefix("removed 2 caches"))
        #expect(fixture.run("cache", "--all").out.hasPrefix("no caches in "))
    }

    @Test func noCacheWritesNoCache() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = fixture.run("search", "bridge", "--no-cache")
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.cache.path))
    }

    @Test(arguments: [
        ["search", "bridge"], ["search", "pena"], ["search", "isn't"], ["search", "\"the bridge\""], ["search", "brid*"],
        ["search", "Bridge", "--case", "smart"], ["search", "inaudible"], ["search", "bridge", "--speaker", "wiggum"],
        ["meetings"], ["speakers"], ["stats"], ["kwic", "bridge"], ["kwic", "brid*"], ["timeline", "--all", "bridge"],
        ["timeline", "wiggum", "bridge"], ["timeline", "wiggum"],
    ])
    func outputIsTheSameWithAndWithoutTheCache(arguments: [String]) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let plain = parley(arguments: arguments + ["--json", "--corpus", fixture.corpus, "--no-cache"], environment: fixture.environment)
        let cold = parley(arguments: arguments + ["--json", "--corpus", fixture.corpus], environment: fixture.environment)
        let warm = parley(arguments: arguments + ["--json", "--corpus", fixture.corpus], environment: fixture.environment)
        #expect(plain.status == 0)
        #expect(cold.out == plain.out)
        #expect(warm.out == plain.out)
        #expect(warm.err == plain.err)
    }

    @Test func aDamagedCacheGetsOneLineAndTheSameOutput() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = fixture.run("search", "bridge", "--json")
        let folder = fixture.cache.appendingPathComponent("parley")
        let database = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".sqlite") })
        try Data(repeating: 0xAB, count: 4096).write(to: folder.appendingPathComponent(database))
        let again = fixture.run("search", "bridge", "--json")
        #expect(again.out == first.out)
        #expect(again.err.split(separator: "\n").count == 1)
        #expect(again.err.contains("set it aside"))
    }

    @Test func anUnwritableCacheFolderGetsOneLineAndTheSameOutput() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // A cache folder under a regular file cannot be made, even by root.
        try Data("x".utf8).write(to: fixture.cache)
        let result = fixture.run("search", "bridge", "--json")
        let plain = fixture.run("search", "bridge", "--json", "--no-cache")
        #expect(result.status == 0)
        #expect(result.out == plain.out)
        #expect(result.err.contains("without a cache"))
    }

    @Test func twoProcessesAtOnceBothSucceed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let arguments = ["search", "bridge", "--json", "--corpus", fixture.corpus]
        let environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": fixture.cache.path]) { $1 }
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            let result = try? runExecutable(arguments, environment: environment)
            results.add(result)
        }
        let plain = parley(arguments: arguments + ["--no-cache"], environment: fixture.environment)
        #expect(results.all.count == 3)
        for result in results.all {
            #expect(result?.status == 0)
            #expect(result?.err == "")
            #expect(result?.out == plain.out)
        }
    }

    /// Each parley makes, fills and compacts the same new database while the others open it: none may
    /// find it half made ("database is locked") or lose a table ("no such table").
    @Test func manyProcessesFillingOneNewCacheAllUseIt() throws {
        for _ in 0..<4 {
            let fixture = try Fixture()
            defer { fixture.remove() }
            let environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": fixture.cache.path]) { $1 }
            let results = ResultBox()
            let group = DispatchGroup()
            // Threads of their own, so that all twelve run at once whatever the number of cores.
            for _ in 0..<12 {
                group.enter()
                Thread {
                    results.add(try? runExecutable(["speakers", "--json"], environment: environment))
                    group.leave()
                }.start()
            }
            group.wait()
            #expect(results.all.count == 12)
            for result in results.all {
                #expect(result?.status == 0)
                #expect(result?.err == "")
            }
        }
    }
}

/// Results gathered from several threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [CommandResult?] = []

    func add(_ result: CommandResult?) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    var all: [CommandResult?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
