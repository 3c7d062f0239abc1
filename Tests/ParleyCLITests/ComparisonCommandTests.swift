import Foundation
import ParleyModel
import ParleyUI
import Testing

@testable import parley

/// `stats`, `kwic`, `align` and `quotes` on the built-in corpus, as text and as JSON.
struct ComparisonCommandTests {
    @Test func statsForOnePersonGivesEachMeetingAndTheWordsOfBoth() throws {
        let json = try parley("stats", "--speaker", "kelly", "--json").json()
        #expect(json["meetings"] as? [String] == ["2017-02-23-mexico-city", "2017-05-18-washington"])
        let speakers = try #require(json["speakers"] as? [[String: Any]])
        #expect(speakers.count == 1)
        let kelly = speakers[0]
        #expect(kelly["id"] as? String == "kelly")
        let meetings = try #require(kelly["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["turns"] as? Int } == [1, 7])
        #expect(meetings.map { $0["words"] as? Int } == [879, 1247])
        #expect(meetings.map { $0["questionsAnswered"] as? Int } == [0, 4])
        let february = try #require(meetings[0]["distinctive"] as? [[String: Any]])
        #expect(february.first?["word"] as? String == "legal")
        let shared = try #require(kelly["shared"] as? [[String: Any]])
        #expect(shared.first?["word"] as? String == "mexico")
        #expect(shared.first?["counts"] as? [Int] == [11, 13])

        let text = parley("stats", "--speaker", "kelly")
        #expect(text.status == 0)
        #expect(text.out.contains("John Kelly (kelly)"))
        #expect(text.out.contains("distinctive at Mexico City · Feb 23 2017 (against the same speaker elsewhere): legal 6/0"))
        #expect(text.out.contains("used at every meeting: mexico 11/13"))
    }

    @Test func statsForSomeoneUnknownFailsNamingThem() {
        let result = parley("stats", "--speaker", "nobody")
        #expect(result.status == 1)
        #expect(result.err.contains("no speaker matches 'nobody'"))
        #expect(result.out.isEmpty)
    }

    @Test func kwicPutsEveryHitInOneColumn() throws {
        let result = parley("kwic", "deportations", "--width", "20")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init).filter { $0.lowercased().contains("deportations") }
        #expect(lines.count == 8)
        let columns = lines.map { line in
            DisplayWidth.of(String(line[..<line.range(of: "deportations", options: .caseInsensitive)!.lowerBound]))
        }
        #expect(Set(columns).count == 1)

        let json = try parley("kwic", "deportations", "--width", "20", "--json").json()
        #expect(json["count"] as? Int == 8)
        let hits = try #require(json["lines"] as? [[String: Any]])
        #expect(hits.allSatisfy { ($0["match"] as? String)?.lowercased() == "deportations" })
        #expect(hits.allSatisfy { (($0["left"] as? String) ?? "").count <= 20 && (($0["right"] as? String) ?? "").count <= 20 })
    }

    @Test func kwicSortsBySpeakerAndByTheWordBefore() throws {
        let bySpeaker = try #require(try parley("kwic", "border", "--sort", "speaker", "--json").json()["lines"] as? [[String: Any]])
        let speakers = bySpeaker.map { ($0["speaker"] as? String) ?? "" }
        #expect(speakers.count > 5)
        // Each speaker's hits together, not interleaved.
        var seen: [String] = []
        for s in speakers where s != seen.last { seen.append(s) }
        #expect(seen.count == Set(seen).count)

        let byLeft = try #require(try parley("kwic", "border", "--sort", "left", "--json").json()["lines"] as? [[String: Any]])
        let before = byLeft.map { line -> String in
            let left = (line["left"] as? String) ?? ""
            return Tokenizer.tokens(in: left).last?.folded ?? ""
        }
        #expect(before == before.sorted())
    }

    @Test func kwicRejectsAnUnknownOrder() {
        let result = parley("kwic", "border", "--sort", "bogus")
        #expect(result.status == 2)
        #expect(result.err.contains("bogus"))
    }

    @Test func alignPairsKellysSmugglingParagraphs() throws {
        let json = try parley("align", "kelly", "--json").json()
        #expect(json["left"] as? String == "2017-02-23-mexico-city")
        #expect(json["right"] as? String == "2017-05-18-washington")
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        let best = try #require(pairs.max { ($0["similarity"] as? Double ?? 0) < ($1["similarity"] as? Double ?? 0) })
        #expect(best["left"] as? [String: Int] == ["document": 0, "turn": 7, "paragraph": 6])
        #expect(best["right"] as? [String: Int] == ["document": 1, "turn": 2, "paragraph": 1])
        #expect(pairs.allSatisfy { ($0["similarity"] as? Double ?? 0) >= (json["threshold"] as? Double ?? 1) })
    }

    @Test func alignNeedsTwoMeetings() {
        let result = parley("align", "nauert")
        #expect(result.status == 1)
        #expect(result.err.contains("fewer than two meetings"))
    }

    @Test func quotesListOnlyMatchesUnlessAskedForAll() throws {
        let matched = parley("quotes")
        #expect(matched.status == 0)
        #expect(matched.out.hasSuffix("50 matched\n"))
        #expect(!matched.out.contains("(0."))
        let all = parley("quotes", "--all")
        #expect(all.out.hasSuffix("50 matched of 67\n"))
        #expect(all.out.contains("He then moved to summarize"))

        // JSON holds every unit; those with a source scored at least the threshold.
        let json = try parley("quotes", "--json").json()
        let threshold = try #require(json["threshold"] as? Double)
        let traces = try #require(json["traces"] as? [[String: Any]])
        #expect(traces.count == 67)
        let sources = traces.compactMap { $0["source"] as? [String: Any] }
        #expect(sources.count == 50)
        #expect(sources.allSatisfy { ($0["score"] as? Double ?? 0) >= threshold })
    }

    @Test func quotesDiffShowsWhatTheCommuniqueChanged() {
        let result = parley("quotes", "--document", "004", "--diff")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        let washington = lines.firstIndex { $0.contains("The next working [group] meeting") }
        #expect(washington.map { lines[$0].contains("tillerson") } == true)
        #expect(washington.map { lines[$0 + 1].contains("{+in coming weeks+}") && lines[$0 + 1].contains("[-And we look forward") } == true)
        // A change is the source's words struck and the document's added, side by side.
        #expect(result.out.contains("[-already expressed-]{+express+}"))
    }

    @Test func quotesForAnUnknownDocumentFails() {
        let result = parley("quotes", "--document", "nope")
        #expect(result.status == 1)
        #expect(result.err.contains("no related document matches 'nope'"))
    }
}
