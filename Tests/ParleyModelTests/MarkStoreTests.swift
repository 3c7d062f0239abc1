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
        #expect(left.filter { !$0.hasSuffix(".lock") }.sorted() == ["corpus-1.json"])
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
        #expect(CorpusIdentity.id(of: a).hasPrefix("corpus2-") && CorpusIdentity.id(of: a).count == 24)
    }

    /// The id as parley made it before source texts were read only when needed.
    static func idAsMadeBefore(_ corpus: Corpus) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in corpus.documents.flatMap({ [$0.fileName, $0.sourceText] }) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        return "corpus-" + String(format: "%016llx", hash)
    }

    @Test func marksSavedUnderTheOldIdAreTakenOver() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let legacy = CorpusIdentity.legacyID(of: Self.corpus)
        #expect(legacy == Self.idAsMadeBefore(Self.corpus))
        let transcript = try #require(Self.corpus.documents.firstIndex { $0.turns.count > 2 })
        try writeMarks([("a", transcript, 1, 1), ("b", transcript, 99999, 0)], corpusID: legacy, in: dir)
        let store = MarkStore(corpus: Self.corpus, directory: dir)
        #expect(store.marks == ["a": PassageRef(document: transcript, turn: 1, paragraph: 1)])
        #expect(store.warnings.count == 1 && store.warnings.first?.hasPrefix("mark b no longer points") == true)
        let folder = dir.appendingPathComponent("marks")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(legacy).json").path))
        let json = try String(contentsOf: store.fileURL, encoding: .utf8)
        #expect(json.contains("\"corpus\" : \"\(CorpusIdentity.id(of: Self.corpus))\""))
        let reopened = MarkStore(corpus: Self.corpus, directory: dir)
        #expect(reopened.marks == store.marks)
        #expect(reopened.warnings.isEmpty)
    }

    @Test func oldMarksOfAnotherCorpusAreLeftAlone() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeMarks([("a", 0, nil, 0)], corpusID: "corpus-0123456789abcdef", in: dir)
        let store = MarkStore(corpus: Self.corpus, directory: dir)
        #expect(store.marks.isEmpty && store.warnings.isEmpty)
        let folder = dir.appendingPathComponent("marks")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["corpus-0123456789abcdef.json"])
    }

    private static let corpus = CorpusLoader.builtIn()

    private func writeMarks(_ marks: [(String, Int, Int?, Int)], corpusID: String, in dir: URL) throws {
        let folder = dir.appendingPathComponent("marks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let entries = marks.map { letter, document, turn, paragraph in
            "{\"letter\": \"\(letter)\", \"ref\": {\"document\": \(document), \"turn\": \(turn.map(String.init) ?? "null"), \"paragraph\": \(paragraph)}}"
        }
        let json =
            "{\"format\": \"parley-marks\", \"version\": 1, \"corpus\": \"\(corpusID)\", \"marks\": [\(entries.joined(separator: ","))]}"
        try Data(json.utf8).write(to: folder.appendingPathComponent("\(corpusID).json"))
    }

    @Test func marksThatNoLongerNameAPassageAreDroppedWithAMessage() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let id = CorpusIdentity.id(of: Self.corpus)
        let statement = try #require(Self.corpus.documents.firstIndex { $0.turns.isEmpty && !$0.body.isEmpty })
        let transcript = try #require(Self.corpus.documents.firstIndex { $0.turns.count > 2 })
        try writeMarks(
            [
                ("a", transcript, 1, 1), ("b", transcript, 99999, 0), ("c", transcript, -1, 0), ("d", statement, 0, 0),
                ("e", 7, nil, 0), ("f", statement, nil, 0), ("g", transcript, 0, 500),
            ],
            corpusID: id, in: dir)
        let store = MarkStore(corpus: Self.corpus, directory: dir)
        #expect(
            store.marks.keys.sorted() == ["a", "f"], "\(store.warnings) \(Self.corpus.documents.map { ($0.turns.count, $0.body.count) })")
        #expect(store.warnings.count == 5)
        for letter in ["b", "c", "d", "e", "g"] {
            #expect(store.warnings.contains { $0.hasPrefix("mark \(letter) no longer points at a passage") })
        }
    }

    @Test func twoStoresOnOneCorpusKeepEachOthersMarks() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var first = MarkStore(corpusID: "c", directory: dir)
        var second = MarkStore(corpusID: "c", directory: dir)
        let saved1b = first.set("a", at: PassageRef(document: 0, turn: 1, paragraph: 0))
        #expect(saved1b)
        let saved2b = second.set("b", at: PassageRef(document: 0, turn: 2, paragraph: 0))
        #expect(saved2b)
        #expect(second.mark("a") != nil, "the second store sees the first one's mark once it saves")
        let saved3b = first.remove("a")
        #expect(saved3b)
        let reopened = MarkStore(corpusID: "c", directory: dir)
        #expect(reopened.marks == ["b": PassageRef(document: 0, turn: 2, paragraph: 0)])
    }

    @Test func manyProcessesSavingAtOnceLoseNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        DispatchQueue.concurrentPerform(iterations: letters.count) { i in
            var store = MarkStore(corpusID: "c", directory: dir)
            store.set(letters[i], at: PassageRef(document: 0, turn: i, paragraph: 0))
        }
        #expect(MarkStore(corpusID: "c", directory: dir).marks.count == letters.count)
    }

    @Test func aFileThatCannotBeReadIsLeftAloneAndReported() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeMarks([("a", 0, 0, 0)], corpusID: "c", in: dir)
        let file = dir.appendingPathComponent("marks/c.json")
        let before = try Data(contentsOf: file)
        chmod(file.path, 0)
        defer { chmod(file.path, 0o600) }
        let (warnings, saved) = withOrdinaryUserFileAccess {
            var store = MarkStore(corpusID: "c", directory: dir)
            return (store.warnings, store.set("b", at: PassageRef(document: 0, turn: 1, paragraph: 0)))
        }
        #expect(warnings.first?.contains("cannot read marks file") == true)
        #expect(!saved)
        chmod(file.path, 0o600)
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func somethingOtherThanAFileInItsPlaceIsLeftAloneAndReported() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("marks/c.json")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(file.path, 0o600) == 0)
        var store = MarkStore(corpusID: "c", directory: dir)
        #expect(
            store.warnings == [
                "cannot read marks file \(file.path) (not a regular file); it is left as it is, and marks set now last until parley quits"
            ])
        let saved5b = store.set("b", at: PassageRef(document: 0, turn: 1, paragraph: 0))
        #expect(!saved5b)
        #expect(store.mark("b") != nil, "the mark still works until the program ends")
    }

    @Test func temporariesOfKilledProcessesAreRemoved() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("marks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // No process has this id: pids stop well below it.
        let abandoned = folder.appendingPathComponent(".c.json.2147483000.tmp")
        let otherCorpus = folder.appendingPathComponent(".d.json.2147483000.tmp")
        try Data("{".utf8).write(to: abandoned)
        try Data("{".utf8).write(to: otherCorpus)
        _ = MarkStore(corpusID: "c", directory: dir)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: otherCorpus.path))
    }

    @Test func aProblemIsToldInWords() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A file where the marks folder should be.
        try Data().write(to: dir.appendingPathComponent("marks"))
        var store = MarkStore(corpusID: "c", directory: dir)
        let saved = store.set("a", at: PassageRef(document: 0, turn: 0, paragraph: 0))
        #expect(!saved)
        #expect(store.warnings.first?.contains("(Not a directory)") == true)
        #expect(store.warnings.allSatisfy { !$0.contains("Domain=") })
    }
}
