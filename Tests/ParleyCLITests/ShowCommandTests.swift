import Foundation
import ParleyModel
import ParleyUI
import Testing

@testable import parley

struct ShowCommandTests {
    func turns(_ arguments: String...) throws -> [[String: Any]] {
        let json = try parley(arguments: arguments + ["--json"]).json()
        return try #require(json["turns"] as? [[String: Any]])
    }

    @Test func showsOnePersonsTurnsAsJSON() throws {
        let result = parley("show", "may", "--speaker", "kelly", "--json")
        #expect(result.status == 0)
        let json = try result.json()
        let meeting = try #require(json["meeting"] as? [String: Any])
        #expect(meeting["id"] as? String == "2017-05-18-washington")
        #expect(meeting["date"] as? String == "2017-05-18")
        #expect(meeting["place"] as? String == "Washington, DC")
        #expect((json["speaker"] as? [String: Any])?["id"] as? String == "kelly")
        let turns = try #require(json["turns"] as? [[String: Any]])
        #expect(turns.count == 7)
        #expect(turns.allSatisfy { $0["label"] as? String == "SECRETARY KELLY" && $0["speaker"] as? String == "kelly" })
        #expect(turns.allSatisfy { $0["question"] as? Bool == false && $0["reporter"] is NSNull })
        let indices = turns.compactMap { $0["index"] as? Int }
        #expect(indices == indices.sorted() && Set(indices).count == 7)
    }

    @Test func everyoneWhenNoSpeakerIsGiven() throws {
        #expect(try turns("show", "feb").count == 8)
        #expect(try turns("show", "2017-05").count == 35)
        #expect(try parley("show", "feb", "--json").json()["speaker"] is NSNull)
    }

    @Test func questionsCarryTheReporterTheModeratorNamed() throws {
        let questions = try turns("show", "may").filter { $0["question"] as? Bool == true }
        #expect(questions.count == 9)
        let first = try #require(questions.first?["reporter"] as? [String: Any])
        #expect(first["name"] as? String == "Felicia Schwartz")
        #expect(first["outlet"] as? String == "The Wall Street Journal")
        #expect(questions.last?["label"] as? String == "OUESTION")
        #expect((questions.last?["reporter"] as? [String: Any])?["name"] as? String == "Ruben Barrera")
    }

    @Test func paragraphsCarryInterpretationNotesItalicsAndSource() throws {
        let feb = try turns("show", "feb")
        let moderator = try #require((feb.first?["paragraphs"] as? [[String: Any]])?.first)
        #expect(moderator["notes"] as? [String] == ["(Via interpreter)", "(inaudible)"])
        #expect((moderator["text"] as? String)?.contains("(inaudible)") == true)
        #expect(moderator["interpreted"] as? Bool == true)

        let may = try turns("show", "may")
        let videgaray = try #require(may[1]["paragraphs"] as? [[String: Any]])
        #expect(videgaray.map { $0["interpreted"] as? Bool == true ? "I" : "." }.joined() == "....IIIIII")
        #expect(may[1]["interpreted"] as? Bool == true)

        let nauert = try #require(may.first { $0["speaker"] as? String == "nauert" })
        let intro = try #require((nauert["paragraphs"] as? [[String: Any]])?.first)
        let italic = try #require((intro["italic"] as? [[String: Any]])?.first)
        #expect(italic["text"] as? String == "The Wall Street Journal")
        let text = Array(try #require(intro["text"] as? String))
        let (start, end) = (try #require(italic["start"] as? Int), try #require(italic["end"] as? Int))
        #expect(String(text[start..<end]) == "The Wall Street Journal")
    }

    @Test func paragraphSourcePointsAtTheLineInTheFile() throws {
        let corpus = CorpusLoader.builtIn()
        for turn in try turns("show", "may", "--speaker", "videgaray") {
            for paragraph in try #require(turn["paragraphs"] as? [[String: Any]]) {
                let source = try #require(paragraph["source"] as? [String: Any])
                let file = try #require(source["file"] as? String)
                let document = try #require(corpus.documents.first { $0.fileName == file })
                let lines = document.sourceText.split(separator: "\n", omittingEmptySubsequences: false)
                let line = try #require(source["line"] as? Int)
                let words = (paragraph["text"] as? String ?? "").split(separator: " ").prefix(3).joined(separator: " ")
                #expect(lines[line - 1].contains(words), "line \(line) of \(file) should hold '\(words)'")
                #expect((source["endLine"] as? Int ?? 0) >= line)
            }
        }
    }

    @Test func textWrapsAtColumnsAndMarksInterpretedParagraphs() {
        let result = parley("show", "feb", environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines.contains { $0.count > 50 })
        #expect(lines.contains("SECRETARY KELLY · turn 8"))
        #expect(lines.contains("MODERATOR · turn 1"))
        #expect(lines.contains { $0.hasPrefix("  [interpreted] (Via interpreter) Good afternoon.") })
        #expect(result.out.contains("(inaudible)"))
        // Kelly spoke English: his paragraphs are not marked.
        let kelly = parley("show", "feb", "--speaker", "kelly").out
        #expect(!kelly.contains("[interpreted]"))
        #expect(kelly.contains("  Well, thank you. It's a great honor"))
    }

    @Test func widthOptionWinsOverColumns() {
        let lines = parley("show", "may", "--width", "40", environment: ["COLUMNS": "200"]).out.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func questionHeadingNamesTheReporter() {
        let out = parley("show", "may", "--speaker", "rich").out
        #expect(out.contains("QUESTION (Rich Edson, Fox News) · turn"))
    }

    @Test func unknownSpeakerIsAnInputProblemNamingTheQuery() {
        let result = parley("show", "feb", "--speaker", "trump")
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("parley: "))
        #expect(result.err.contains("'trump'"))
        #expect(result.err.contains("kelly"))
    }

    @Test func ambiguousMeetingListsTheCandidates() {
        let result = parley("show", "2017")
        #expect(result.status == 1)
        #expect(result.err.contains("2017-02-23-mexico-city") && result.err.contains("2017-05-18-washington"))
    }
}
