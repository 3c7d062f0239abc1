import Foundation
import Testing

@testable import ParleyModel

/// What names a corpus's store is found from the paths alone, before any folder is walked, and is what
/// the listing of the same paths reports.
struct CorpusInputsTests {
    @Test func findsTheSpeakersFilesOfFoldersAndFilesWithoutWalking() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-inputs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for folder in ["with", "without", "beside", "given", "with/deeper"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in [
            "with/speakers.toml", "with/a.txt", "with/deeper/speakers.toml", "without/b.txt", "beside/c.txt",
            "beside/speakers.toml", "given/speakers.toml",
        ] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        let path = { (name: String) in root.appendingPathComponent(name).path }
        let given = [
            path("without"), path("with"), path("beside/c.txt"), path("given/speakers.toml"), "-", path("missing"),
            path("with/./"),
        ]
        let inputs = CorpusInputs(paths: given)
        #expect(inputs.paths == [path("beside/c.txt"), path("given/speakers.toml"), path("missing"), path("with"), path("without")])
        // A speakers file deeper in a folder is not the folder's; one given twice is named once.
        #expect(inputs.speakerFiles.map(\.path) == [path("beside/speakers.toml"), path("given/speakers.toml"), path("with/speakers.toml")])
        let listing = CorpusListing(paths: given, standardInput: { nil })
        #expect(listing.inputPaths == inputs.paths)
        #expect(listing.speakerFiles == inputs.speakerFiles)
        // A speakers file is not read as a transcript.
        #expect(listing.files.map(\.lastPathComponent) == ["b.txt", "a.txt", "c.txt"])
    }

    @Test func theStoreIsNamedByThePathsAndSpeakersFiles() throws {
        let folder = URL(fileURLWithPath: "/cache")
        let one = CorpusStore.databaseURL(folder: folder, inputs: CorpusInputs(paths: ["/nowhere/a", "/nowhere/b"]))
        #expect(one == CorpusStore.databaseURL(folder: folder, inputs: CorpusInputs(paths: ["/nowhere/b", "/nowhere/a/"])))
        #expect(one != CorpusStore.databaseURL(folder: folder, inputs: CorpusInputs(paths: ["/nowhere/a"])))
    }
}
