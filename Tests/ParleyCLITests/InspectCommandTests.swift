import Foundation
import Testing

@testable import parley

/// `parley inspect`: how a file was read, with where each piece came from.
struct InspectCommandTests {
    let briefing = """
        Skip to main content

        Department Press Briefing

        Washington, DC
        March 10, 2021

        An editor's note: this transcript was corrected on March 12 to fix a name.

        MS. SMITH: Good afternoon. (Laughter.)

        Q    Thanks. I'm Ana Ruiz from the Daily Planet. Did the ministers agree?

        MS. SMITH: They agreed to meet again.

        PLEASE NOTE: the rest is off the record.

        END 1:25 P.M. EDT
        """

    private func withFile<T>(_ body: (String) throws -> T) throws -> T {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("briefing.txt")
        try briefing.write(to: file, atomically: true, encoding: .utf8)
        return try body(file.path)
    }

    @Test func textTellsWhereTitleDateAndPlaceCameFrom() throws {
        let result = try withFile { parley("inspect", $0) }
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "briefing.txt")
        #expect(lines.contains("  kind      transcript (2 labels, 3 turns)"))
        #expect(lines.contains("  title     Department Press Briefing  (line 3)"))
        #expect(lines.contains("  date      2021-03-10  (header, line 6)"))
        #expect(lines.contains("  place     Washington, DC  (line 5)"))
        #expect(lines.contains("  meeting   2021-03-10-washington"))
        #expect(lines.contains("  questions 1; reporters: Ana Ruiz, Daily Planet"))
        #expect(lines.contains("    line 18  END 1:25 P.M. EDT"))
        #expect(lines.contains { $0.hasPrefix("    line 8  An editor's note: this transcript was corrected") })
        #expect(lines.contains("    line 1  Skip to main content"))
        #expect(lines.contains { $0.hasPrefix("    line 16  PLEASE NOTE: the rest is off the record.") })
    }

    @Test func jsonListsLabelsWithTheirPeople() throws {
        let json = try withFile { try parley("inspect", $0, "--json").json() }
        let documents = try #require(json["documents"] as? [[String: Any]])
        let doc = try #require(documents.first)
        #expect(doc["kind"] as? String == "transcript")
        let date = try #require(doc["date"] as? [String: Any])
        #expect(date["value"] as? String == "2021-03-10")
        #expect(date["source"] as? String == "header")
        #expect(date["line"] as? Int == 6)
        let labels = try #require(doc["labels"] as? [[String: Any]])
        #expect(labels.map { $0["label"] as? String } == ["MS. SMITH", "Q"])
        #expect(labels.map { $0["turns"] as? Int } == [2, 1])
        #expect(labels[1]["speaker"] as? String == "ana-ruiz")
        #expect(labels[1]["question"] as? Bool == true)
        let unsure = try #require(doc["unsure"] as? [[String: Any]])
        #expect(unsure.first?["line"] as? Int == 16)
    }

    @Test func aMissingFileIsAnInputProblem() {
        let result = parley("inspect", "/no/such/transcript.txt")
        #expect(result.status == 1)
        #expect(result.err.contains("/no/such/transcript.txt: no such file or folder"))
    }
}

/// The preamble of a transcript is shown with it.
struct PreambleShownTests {
    @Test func showPrintsThePreambleBeforeTheFirstTurn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            Remarks to the Press
            Springfield, Illinois
            March 3, 2020

            An editor's note: this transcript was corrected on March 5 to fix the spelling of a name.

            MAYOR QUIMBY: Thank you all for coming.

            CHIEF WIGGUM: Glad to be here.
            """
        let file = folder.appendingPathComponent("remarks.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = parley("show", "springfield", "--corpus", file.path, "--width", "200")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let note = try #require(
            lines.firstIndex(of: "An editor's note: this transcript was corrected on March 5 to fix the spelling of a name."))
        let firstTurn = try #require(lines.firstIndex { $0.hasPrefix("MAYOR QUIMBY") })
        #expect(note < firstTurn)
        let quimby = parley("show", "springfield", "--speaker", "quimby", "--corpus", file.path)
        #expect(!quimby.out.contains("editor's note"))
    }
}
