import Foundation
import Testing

@testable import ParleyModel

/// Bad files are named with what is wrong; good files beside them still load.
struct CorpusLoaderTests {
    func folder(_ files: [String: Data]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    let good = Data("Talks\nRome, Italy\nMay 2, 2019\n\nMR ROSSI: Welcome.\n\nMS BIANCHI: Thank you.\n".utf8)

    @Test func reportsEachBadFileAndLoadsTheRest() throws {
        let dir = try folder([
            "a-good.txt": good,
            "b-empty.txt": Data(),
            "c-binary.txt": Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]),
            "d-latin1.txt": Data("MR ROSSI: Caf\u{E9}\n".data(using: .isoLatin1)!),
            "e-notes.txt": Data("just some words\nwith no speakers and no date\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.map(\.fileName) == ["a-good.txt"])
        let messages = Dictionary(
            uniqueKeysWithValues: corpus.problems.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0.message) })
        #expect(messages["b-empty.txt"] == "the file is empty")
        #expect(messages["c-binary.txt"]?.contains("binary") == true)
        #expect(messages["d-latin1.txt"]?.contains("not UTF-8") == true)
        #expect(messages["d-latin1.txt"]?.contains("offset 13") == true)
        #expect(messages["e-notes.txt"]?.contains("no speaker turns") == true)
        #expect(corpus.problems.allSatisfy { $0.file.hasPrefix(dir.path) })
    }

    @Test func reportsAMissingPath() {
        let corpus = CorpusLoader.load(paths: ["/nonexistent/parley-corpus"])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.problems.map(\.description) == ["/nonexistent/parley-corpus: no such file or folder"])
    }

    @Test func readsASpeakersFileBesideTheCorpus() throws {
        let speakers = Data("[[person]]\nid = \"rossi\"\nname = \"Mario Rossi\"\nlabels = [\"MR ROSSI\"]\n".utf8)
        let dir = try folder(["talks.txt": good, "speakers.toml": speakers])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = CorpusLoader.load(paths: [dir.appendingPathComponent("talks.txt").path])
        #expect(corpus.person(id: "rossi")?.name == "Mario Rossi")
        #expect(corpus.person(id: "bianchi")?.name == "Bianchi")
    }

    @Test func reportsABadSpeakersFileByName() throws {
        let dir = try folder(["talks.txt": good, "speakers.toml": Data("[[person]\n".utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.count == 1)
        #expect(corpus.problems.count == 1 && corpus.problems[0].file.hasSuffix("speakers.toml"))
    }

    @Test func readsAFileNamedTwiceThroughDotsAndDoubledSlashesOnce() throws {
        let dir = try folder(["talks.txt": good])
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let plain = dir.appendingPathComponent("talks.txt").path
        let corpus = CorpusLoader.load(paths: [plain, sub.path + "/../talks.txt", dir.path + "/./talks.txt", dir.path + "//talks.txt"])
        #expect(corpus.documents.count == 1)
        #expect(corpus.problems.isEmpty)
    }

    @Test func pathsWithoutDotsOrDoubledSlashesAreAlreadyStandard() {
        for path in [
            "/a/b.txt", "/a/b/../c.txt", "/a/./b.txt", "/a//b.txt", "/a/.hidden", "/a.b/c.d", "/a/b..txt", "relative/x", "/é/ü.txt",
        ] {
            let url = URL(fileURLWithPath: path)
            if !URL.mayNeedStandardizing(url.path) { #expect(url.standardizedFileURL.path == url.path, "\(path)") }
            #expect(url.standardPath == url.standardizedFileURL.path, "\(path)")
        }
        #expect(URL.mayNeedStandardizing("/a/./b") && URL.mayNeedStandardizing("/a//b") && URL.mayNeedStandardizing("/a/.git"))
        #expect(!URL.mayNeedStandardizing("/a.b/c..d/e"))
    }
}
