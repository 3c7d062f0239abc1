import Foundation
import Testing

@testable import ParleyModel

struct MarkStoreTests {
    private func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func marksPersistAcrossStores() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var store = MarkStore(corpusID: "corpus-1", directory: dir)
        let saved1 = store.set("a", at: PassageRef(document: 0, turn: 7, paragraph: 3))
        #expect(saved1)
        let saved2 = store.set("Z", at: PassageRef(document: 3, turn: nil, paragraph: 10))
        #expect(saved2)
        let reopened = MarkStore(corpusID: "corpus-1", directory: dir)
        #expect(reopened.mark("a") == PassageRef(document: 0, turn: 7, paragraph: 3))
        #expect(reopened.mark("Z") == PassageRef(document: 3, turn: nil, paragraph: 10))
        #expect(reopened.warnings.isEmpty)
        // Another corpus has its own marks.
        #expect(MarkStore(corpusID: "corpus-2", directory: dir).mark("a") == nil)
        // No temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("marks").path)
        #expect(left.sorted() == ["corpus-1.json"])
    }

    @Test func rejectsALetterThatIsNotAMarkLetter() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var store = MarkStore(corpusID: "c", directory: dir)
        let saved3 = store.set("1", at: PassageRef(document: 0, turn: 0, paragraph: 0))
        #expect(!saved3)
        #expect(store.mark("1") == nil)
        #expect(store.warnings.count == 1)
    }

    @Test func corruptFileIsSetAsideAndReported() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let marks = dir.appendingPathComponent("marks")
        try FileManager.default.createDirectory(at: marks, withIntermediateDirectories: true)
        try Data("{\"format\": \"parley-marks\", \"vers".utf8).write(to: marks.appendingPathComponent("c.json"))
        var store = MarkStore(corpusID: "c", directory: dir)
        #expect(store.marks.isEmpty)
        #expect(store.warnings.count == 1)
        #expect(store.warnings.first?.contains("moved aside") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: marks.path)
        #expect(names.count == 1 && names[0].hasPrefix("c.json.corrupt-"))
        // The store still works afterwards.
        let saved4 = store.set("b", at: PassageRef(document: 1, turn: 2, paragraph: 0))
        #expect(saved4)
        #expect(MarkStore(corpusID: "c", directory: dir).mark("b") == PassageRef(document: 1, turn: 2, paragraph: 0))
    }

    @Test func marksOfAnotherCorpusAreForeign() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var other = MarkStore(corpusID: "other", directory: dir)
        other.set("a", at: PassageRef(document: 0, turn: 0, paragraph: 0))
        let marks = dir.appendingPathComponent("marks")
        try FileManager.default.moveItem(at: marks.appendingPathComponent("other.json"), to: marks.appendingPathComponent("mine.json"))
        let store = MarkStore(corpusID: "mine", directory: dir)
        #expect(store.marks.isEmpty)
        #expect(store.warnings.first?.contains("another corpus") == true)
    }

    @Test func stateDirectoryFollowsXDG() {
        #expect(MarkStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/parley")
        #expect(MarkStore.defaultDirectory(environment: ["HOME": "/h"]).path == "/h/.local/state/parley")
        // A relative XDG path is ignored, as the specification says.
        #expect(MarkStore.defaultDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]).path == "/h/.local/state/parley")
    }

    @Test func corpusIdDependsOnNamesAndContents() {
        let a = CorpusLoader.build(sources: [("x.txt", "Remarks\nWashington, DC\nMay 18, 2017\n\nMR A: One.\n\nMR B: Two.\n")])
        let same = CorpusLoader.build(sources: [("x.txt", "Remarks\nWashington, DC\nMay 18, 2017\n\nMR A: One.\n\nMR B: Two.\n")])
        let renamed = CorpusLoader.build(sources: [("y.txt", "Remarks\nWashington, DC\nMay 18, 2017\n\nMR A: One.\n\nMR B: Two.\n")])
        let edited = CorpusLoader.build(sources: [("x.txt", "Remarks\nWashington, DC\nMay 18, 2017\n\nMR A: One.\n\nMR B: Three.\n")])
        #expect(CorpusIdentity.id(of: a) == CorpusIdentity.id(of: same))
        #expect(CorpusIdentity.id(of: a) != CorpusIdentity.id(of: renamed))
        #expect(CorpusIdentity.id(of: a) != CorpusIdentity.id(of: edited))
        #expect(CorpusIdentity.id(of: a).hasPrefix("corpus-") && CorpusIdentity.id(of: a).count == 23)
    }
}
