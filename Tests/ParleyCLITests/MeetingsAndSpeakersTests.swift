import Foundation
import Testing

@testable import parley

struct MeetingsAndSpeakersTests {
    let feb = "2017-02-23-mexico-city"
    let may = "2017-05-18-washington"

    @Test func meetingsTextListsIdDatePlaceAndDocuments() {
        let result = parley("meetings")
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("2017-02-23-mexico-city  2017-02-23  Mexico City, Mexico"))
        #expect(lines.contains("2017-05-18-washington   2017-05-18  Washington, DC"))
        #expect(
            lines.contains {
                $0.hasPrefix("  003_e5e6cfcd197a9617.txt  article ") && $0.hasSuffix("Tillerson and Kelly Visit Mexico, Discuss Migration")
            })
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }

    @Test func meetingsJSONGivesIdDatePlaceAndDocuments() throws {
        let json = try parley("meetings", "--json").json()
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["id"] as? String } == [feb, may])
        #expect(meetings.map { $0["date"] as? String } == ["2017-02-23", "2017-05-18"])
        #expect(meetings.map { $0["place"] as? String } == ["Mexico City, Mexico", "Washington, DC"])
        let febDocuments = try #require(meetings[0]["documents"] as? [[String: Any]])
        #expect(febDocuments.map { $0["kind"] as? String } == ["transcript", "statement", "article", "communique"])
        #expect(febDocuments.first?["file"] as? String == "000_38b1e850a037519c.txt")
        #expect(febDocuments.first?["turns"] as? Int == 8)
        // An absent value is written as null, not left out, so every key is always there.
        #expect(febDocuments[0].keys.contains("author"))
        #expect(febDocuments[0]["author"] is NSNull)
    }

    @Test func jsonIsTheSameEveryTime() {
        #expect(parley("speakers", "--json").out == parley("speakers", "--json").out)
    }

    @Test func speakersJSONCountsTurnsAndWordsPerMeeting() throws {
        let json = try parley("speakers", "--json").json()
        let people = try #require(json["people"] as? [[String: Any]])
        let kelly = try #require(people.first { $0["id"] as? String == "kelly" })
        #expect(kelly["name"] as? String == "John Kelly")
        #expect(kelly["role"] as? String == "U.S. Secretary of Homeland Security")
        #expect(kelly["labels"] as? [String] == ["SECRETARY KELLY"])
        let perMeeting = try #require(kelly["meetings"] as? [String: [String: Int]])
        #expect(perMeeting[feb]?["turns"] == 1)
        #expect(perMeeting[may]?["turns"] == 7)
        #expect(kelly["turns"] as? Int == 8)
        // Words agree with the paragraphs `show` prints for the same turns.
        let shown = try parley("show", "feb", "--speaker", "kelly", "--json").json()
        let turns = try #require(shown["turns"] as? [[String: Any]])
        let paragraphWords = turns.flatMap { ($0["paragraphs"] as? [[String: Any]]) ?? [] }.compactMap { $0["words"] as? Int }
        #expect(perMeeting[feb]?["words"] == paragraphWords.reduce(0, +))
        #expect(paragraphWords.reduce(0, +) > 800)
        // Every person lists every meeting, with zeros where they do not speak.
        for person in people {
            #expect(Set((person["meetings"] as? [String: Any])?.keys ?? [:].keys) == [feb, may])
        }
        let ruben = try #require(people.first { $0["id"] as? String == "ruben-barrera" })
        #expect(ruben["labels"] as? [String] == ["QUESTION", "OUESTION"])
    }

    @Test func speakersTextIsATableWithCountsPerMeeting() throws {
        let result = parley("speakers")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.first?.contains("Feb 23 2017") == true && lines.first?.contains("May 18 2017") == true)
        let kelly = try #require(lines.first { $0.hasPrefix("kelly ") })
        #expect(kelly.contains("John Kelly"))
        #expect(kelly.contains(" 1/") && kelly.contains(" 7/"))
        #expect(kelly.hasSuffix("SECRETARY KELLY"))
        // Columns line up: the name starts in the same column on every row.
        let starts = Set(
            lines.dropFirst(2).compactMap { line -> Int? in
                guard let id = line.split(separator: " ").first else { return nil }
                let rest = line.dropFirst(id.count).prefix { $0 == " " }
                return id.count + rest.count
            })
        #expect(starts.count == 1)
    }
}
