import Foundation
import Testing

@testable import ParleyModel

/// Mistakes in `speakers.toml` are named with their line; the entry at fault is skipped and the rest used.
struct SpeakersFileTests {
    private func parse(_ toml: String) -> (ids: [String], problems: [String]) {
        let (file, problems) = SpeakersFile.parse(toml: toml, fileName: "speakers.toml")
        return (file.entries.map(\.id), problems.map(\.message))
    }

    @Test func aDuplicateIdIsReportedAndTheSecondEntrySkipped() {
        let result = parse(
            """
            [[person]]
            id = "kelly"
            name = "John Kelly"
            labels = ["SECRETARY KELLY"]

            [[person]]
            id = "kelly"
            name = "Rex Tillerson"
            labels = ["SECRETARY TILLERSON"]
            """)
        #expect(result.ids == ["kelly"])
        #expect(result.problems == ["line 7: the id 'kelly' is already John Kelly's (line 1); this person is skipped"])
    }

    @Test func aDuplicateLabelIsReportedUnlessTheMeetingsDiffer() {
        let result = parse(
            """
            [[person]]
            name = "John Kelly"
            labels = ["SECRETARY KELLY"]

            [[person]]
            name = "Someone Else"
            labels = ["Secretary Kelly."]

            [[person]]
            name = "Kelly in May"
            labels = ["MR KELLY"]
            meeting = "2017-05"

            [[person]]
            name = "Kelly in February"
            labels = ["MR KELLY"]
            meeting = "2017-02"
            """)
        #expect(result.ids == ["john-kelly", "kelly-in-may", "kelly-in-february"])
        #expect(result.problems == ["line 7: the label 'Secretary Kelly.' is already John Kelly's (line 1); this person is skipped"])
    }

    @Test func wrongTypesAreNamedWithTheirLine() {
        let result = parse(
            """
            [[person]]
            id = 7
            name = "A"
            labels = ["MR A"]

            [[person]]
            name = "B"
            role = ["x"]
            labels = ["MR B"]

            [[person]]
            name = "C"
            labels = ["MR C"]
            meeting = 2017

            [[person]]
            name = 42
            labels = ["MR D"]

            [[person]]
            name = "E"
            labels = ["MR E"]
            meeting = 2017-05-18

            [[person]]
            name = "F"
            labels = "MR F"

            [[person]]
            name = "G"
            labels = ["MR G"]
            """)
        #expect(result.ids == ["g"])
        #expect(
            result.problems == [
                "line 2: 'id' must be a string, not a number; this person is skipped",
                "line 8: 'role' must be a string, not a list; this person is skipped",
                "line 14: 'meeting' must be a string, not a number; this person is skipped",
                "line 17: 'name' must be a string, not a number; this person is skipped",
                "line 23: 'meeting' must be a string, not a date (write dates in quotes: meeting = \"2017-05-18\"); this person is skipped",
                "line 27: 'labels' must be a list of strings; this person is skipped",
            ])
    }

    @Test func emptyIdsNamesAndLabelsAreRefused() {
        let result = parse(
            """
            [[person]]
            id = ""
            name = "A"
            labels = ["MR A"]

            [[person]]
            name = "  "
            labels = ["MR B"]

            [[person]]
            name = "C"
            labels = [""]

            [[person]]
            name = "D"
            labels = []

            [[person]]
            name = "E"
            labels = ["MR E"]
            unknown = 1
            """)
        #expect(result.ids.isEmpty)
        #expect(
            result.problems == [
                "line 2: 'id' is empty (leave it out to have one made from the name); this person is skipped",
                "line 7: 'name' is empty; this person is skipped",
                "line 12: 'labels' must be a list of strings that are not empty; this person is skipped",
                "line 16: 'labels' must be a list of strings that are not empty; this person is skipped",
                "line 21: unknown key 'unknown' (expected id, name, role, kind, labels, meeting); this person is skipped",
            ])
    }

    @Test func theLoaderUsesTheGoodEntriesAndReportsTheBadOnes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-speakers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Talks\nRome, Italy\nMay 2, 2019\n\nMR ROSSI: Welcome.\n\nMS BIANCHI: Thank you.\n"
            .write(to: dir.appendingPathComponent("talks.txt"), atomically: true, encoding: .utf8)
        try """
        [[person]]
        id = "rossi"
        name = "Mario Rossi"
        labels = ["MR ROSSI"]

        [[person]]
        id = "rossi"
        name = "Anna Bianchi"
        labels = ["MS BIANCHI"]
        """.write(to: dir.appendingPathComponent("speakers.toml"), atomically: true, encoding: .utf8)
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.person(id: "rossi")?.name == "Mario Rossi")
        let bianchi = try #require(corpus.people.first { $0.labels.contains("MS BIANCHI") })
        #expect(bianchi.id != "rossi")
        #expect(
            corpus.problems.map(\.description) == [
                "\(dir.path)/speakers.toml: line 7: the id 'rossi' is already Mario Rossi's (line 1); this person is skipped"
            ])
    }

    @Test func aFolderNamedLikeTheSpeakersFileIsSaidToBeOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-speakers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("speakers.toml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Talks\nRome, Italy\nMay 2, 2019\n\nMR ROSSI: Welcome.\n\nMS BIANCHI: Thank you.\n"
            .write(to: dir.appendingPathComponent("talks.txt"), atomically: true, encoding: .utf8)
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.count == 1)
        #expect(
            corpus.problems.map(\.message) == ["is a folder, not a speakers file; the people in the corpus are named from their labels"])
    }
}
