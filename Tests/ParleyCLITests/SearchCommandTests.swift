import Foundation
import ParleyModel
import Testing

@testable import parley

struct SearchCommandTests {
    let feb = "2017-02-23-mexico-city"
    let may = "2017-05-18-washington"

    func search(_ arguments: String...) throws -> [String: Any] {
        let result = parley(arguments: ["search"] + arguments + ["--json"])
        #expect(result.status == 0)
        return try result.json()
    }

    /// Counted by hand in the texts: Osorio Chong once and Kelly three times in the February transcript,
    /// and four times in the article on that visit; never in May.
    @Test func countsEveryHitPerMeetingAndSpeaker() throws {
        let json = try search("deportations")
        #expect(json["total"] as? Int == 8)
        #expect(json["byMeeting"] as? [String: Int] == [feb: 8, may: 0])
        #expect(json["bySpeaker"] as? [String: Int] == ["kelly": 3, "osorio-chong": 1])
        #expect(json["outsideTurns"] as? Int == 4)
        let hits = try #require(json["hits"] as? [[String: Any]])
        #expect(hits.filter { $0["file"] as? String == "003_e5e6cfcd197a9617.txt" }.count == 4)
        #expect(hits.filter { $0["file"] as? String == "000_38b1e850a037519c.txt" }.count == 4)
    }

    @Test func matchesIgnoringCaseOnWordBoundaries() throws {
        #expect(try search("DEPORTATIONS")["total"] as? Int == 8)
        #expect(try search("deportation")["total"] as? Int == 1)
        #expect(try search("deportations", "--case", "sensitive")["total"] as? Int == 8)
        #expect(try search("Deportations", "--case", "sensitive")["total"] as? Int == 0)
    }

    @Test func findsAQuotedPhrase() throws {
        #expect(try search("\"mass deportations\"")["total"] as? Int == 3)
        #expect(try search("mass deportations", "--phrase")["total"] as? Int == 3)
        // Without quotes, either word matches.
        #expect((try search("mass deportations")["total"] as? Int ?? 0) > 8)
        let hit = try #require((try search("\"no mass deportations\"")["hits"] as? [[String: Any]])?.first)
        #expect(hit["match"] as? String == "no mass deportations")
    }

    /// Carriage returns, a form feed, accents written as combining marks and curly quotes all count as the
    /// file's characters and lines count them: each hit's source offsets and line find the word in the file.
    @Test func hitOffsetsPointIntoFilesWithMixedLineEndingsAndAccents() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text =
            "Remarks on the Bridge\r\nSpringfield, Illinois\r\nMarch 3, 2020\r\n\r\n"
            + "MAYOR QUIMBY: The bridge is Pen\u{0303}a\u{2019}s bridge, caf\u{00E9} bridge.\r\n\r\n\u{000C}"
            + "CHIEF WIGGUM: \u{201C}A bridge\u{201D} too far.\nAnother bridge line.\r\n\r\n"
            + "MAYOR QUIMBY: Se\u{0301}ance bridge, and the bridge.\n"
        let file = folder.appendingPathComponent("crlf.txt")
        try Data(text.utf8).write(to: file)
        let source = Array(text)
        for arguments in [["--no-cache"], []] {
            let result = parley(arguments: ["search", "bridge", "--json", "--corpus", file.path] + arguments)
            #expect(result.status == 0, "\(result.err)")
            let hits = try #require(try result.json()["hits"] as? [[String: Any]])
            #expect(hits.count == 7)
            for hit in hits {
                let at = try #require(hit["source"] as? [String: Any])
                let (start, end) = (try #require(at["start"] as? Int), try #require(at["end"] as? Int))
                #expect(String(source[start..<end]).lowercased() == "bridge")
                #expect(at["line"] as? Int == source[..<start].filter(\.isNewline).count + 1)
            }
        }
    }

    @Test func hitOffsetsPointIntoTheParagraphAndTheFile() throws {
        let corpus = CorpusLoader.builtIn()
        let hits = try #require(try search("deportations")["hits"] as? [[String: Any]])
        for hit in hits {
            let text = Array(try #require(hit["text"] as? String))
            let (start, end) = (try #require(hit["start"] as? Int), try #require(hit["end"] as? Int))
            #expect(String(text[start..<end]).lowercased() == "deportations")
            let source = try #require(hit["source"] as? [String: Any])
            let document = try #require(corpus.documents.first { $0.fileName == source["file"] as? String })
            let file = Array(document.sourceText)
            let (fileStart, fileEnd) = (try #require(source["start"] as? Int), try #require(source["end"] as? Int))
            #expect(String(file[fileStart..<fileEnd]).lowercased() == "deportations")
            let line = try #require(source["line"] as? Int)
            #expect(file[..<fileStart].filter { $0 == "\n" }.count + 1 == line)
        }
    }

    @Test func filtersBySpeakerAndMeeting() throws {
        let kelly = try search("deportations", "--speaker", "kelly")
        #expect(kelly["total"] as? Int == 3)
        #expect(kelly["speaker"] as? String == "kelly")
        #expect((kelly["hits"] as? [[String: Any]])?.allSatisfy { $0["speaker"] as? String == "kelly" } == true)
        let inMay = try search("deportations", "--meeting", "may")
        #expect(inMay["total"] as? Int == 0)
        #expect(inMay["byMeeting"] as? [String: Int] == [may: 0])
        #expect(try search("mexico", "--meeting", "may", "--speaker", "videgaray")["total"] as? Int ?? 0 > 0)
    }

    @Test func textMarksTheHitAndPrintsTotals() {
        let result = parley("search", "deportations")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("    ") && $0.contains("[deportations]") }.count == 8)
        #expect(
            lines.contains {
                $0.hasPrefix("2017-02-23-mexico-city  000_38b1e850a037519c.txt  turn 8 ¶8") && $0.hasSuffix("SECRETARY KELLY")
            })
        #expect(lines.contains("8 hits for deportations"))
        #expect(lines.contains("  2017-02-23-mexico-city  8"))
        #expect(lines.contains("  2017-05-18-washington   0"))
        #expect(lines.contains("  kelly            3"))
        #expect(lines.contains("  (not in a turn)  4"))
    }

    @Test func snippetShowsContextCutAtWords() {
        let snippet = Snippet(text: "one two three four five six seven", range: 14..<18, context: 6)
        #expect(snippet.match == "four")
        #expect(snippet.marked == "…three [four] five…")
        let whole = Snippet(text: "one two", range: 0..<3, context: 40)
        #expect(whole.marked == "[one] two")
    }

    @Test func snippetCutsTheSameWhetherCharactersAreScalarsOrNot() {
        // Precomposed é: cut on scalars. Decomposed é (e and a combining accent): cut on Characters.
        for e in ["\u{E9}", "e\u{301}"] {
            let text = "un caf\(e) \u{2014} \u{201C}tr\(e)s\u{201D} bon, vraiment tr\(e)s bien dit"
            let snippet = Snippet(text: text, range: 17..<21, context: 12)
            #expect(snippet.match == "bon,")
            #expect(snippet.marked == "…\u{2014} \u{201C}tr\(e)s\u{201D} [bon,] vraiment…")
            #expect(Snippet(text: text, range: 17..<21, context: 8).marked == "…\u{201C}tr\(e)s\u{201D} [bon,]…")
            let start = Snippet(text: text, range: 0..<2, context: 10)
            #expect(start.marked == "[un] caf\(e) \u{2014}…")
            let end = Snippet(text: text, range: 41..<44, context: 12)
            #expect(end.marked == "…tr\(e)s bien [dit]")
        }
    }

    @Test func aQueryWithoutWordsIsAUsageError() {
        let result = parley("search", "!!!")
        #expect(result.status == 2)
        #expect(result.err.contains("no words"))
    }
}
