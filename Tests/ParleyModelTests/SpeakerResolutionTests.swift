import Foundation
import Testing

@testable import ParleyModel

/// Without a speakers file the labels still group by surname and names come from the texts.
struct SpeakerResolutionTests {
    static func seedsWithoutSpeakersFile() -> Corpus {
        let seeds = CorpusLoader.builtIn().documents.map { ($0.fileName, $0.sourceText) }
        return CorpusLoader.build(sources: seeds)
    }

    @Test func groupsLabelsBySurnameWithoutAFile() {
        let corpus = Self.seedsWithoutSpeakersFile()
        let officials = corpus.people.filter { $0.kind == .official }
        #expect(Set(officials.map(\.id)) == ["tillerson", "kelly", "videgaray", "osorio-chong", "nauert"])
        #expect(corpus.person(id: "osorio-chong")!.name == "Miguel Angel Osorio Chong")
        #expect(corpus.person(id: "videgaray")!.name == "Luis Videgaray Caso")
        #expect(corpus.person(id: "kelly")!.name == "John Kelly")
        #expect(corpus.person(id: "tillerson")!.name == "Rex Tillerson")
        #expect(corpus.person(id: "videgaray")!.role == "Foreign Secretary")
    }

    @Test func theTwoTranscriptsAloneNameTheSecretariesByTheirOwnNames() {
        // "Secretaries Tillerson and Kelly" stands in these two texts more often than "Rex W. Tillerson".
        let seeds = CorpusLoader.builtIn().documents.filter { $0.kind == .transcript }.map { ($0.fileName, $0.sourceText) }
        let corpus = CorpusLoader.build(sources: seeds)
        #expect(corpus.documents.count == 2)
        #expect(corpus.person(id: "tillerson")?.name == "Rex W. Tillerson")
        #expect(corpus.person(id: "kelly")?.name == "John Kelly")
        #expect(!corpus.people.contains { $0.name.hasPrefix("Secretaries") })
    }

    @Test func anAnonymousBrieferKeepsTheWholeOfficeAsTheShortName() throws {
        let corpus = TranscriptFixtures.corpus("state-background-briefing-bonn-2011-12-05.txt")
        let briefer = try #require(corpus.person(id: "senior-state-department-official-one"))
        #expect(briefer.shortName == "Senior State Department Official One")
        #expect(Self.seedsWithoutSpeakersFile().person(id: "osorio-chong")?.shortName == "Osorio Chong")
    }

    @Test func keepsEachMeetingsModeratorApart() {
        let corpus = Self.seedsWithoutSpeakersFile()
        let moderators = corpus.people.filter { $0.kind == .moderator }.map(\.id)
        #expect(moderators == ["moderator-2017-02-23-mexico-city", "moderator-2017-05-18-washington"])
    }

    @Test func aSpeakersFileMapsLabelsToPeople() throws {
        let file = try SpeakersFile(
            toml: """
                [[person]]
                id = "smith"
                name = "Jane Smith"
                role = "Ambassador"
                labels = ["AMBASSADOR SMITH", "MS. SMITH"]
                """, fileName: "speakers.toml")
        let text = """
            Remarks at the Embassy
            Paris, France
            March 3, 2020

            AMBASSADOR SMITH: Welcome to all of you.

            MR. JONES: Thank you, Ambassador.

            MS. SMITH: We begin now.
            """
        let corpus = CorpusLoader.build(sources: [("paris.txt", text)], speakers: file)
        let smith = try #require(corpus.person(id: "smith"))
        #expect(smith.name == "Jane Smith")
        #expect(smith.labels == ["AMBASSADOR SMITH", "MS. SMITH"])
        #expect(corpus.person(id: "jones")?.name == "Jones")
        #expect(corpus.meetings.first?.place == "Paris, France")
    }

    @Test func rejectsASpeakersFileWithUnknownKeys() {
        #expect(throws: LoadProblem.self) {
            try SpeakersFile(toml: "[[person]]\nname = \"A\"\nlabels = [\"A\"]\ncolour = \"red\"\n", fileName: "speakers.toml")
        }
        #expect(throws: LoadProblem.self) { try SpeakersFile(toml: "[[person]]\nname = \"A\"\n", fileName: "speakers.toml") }
        #expect(throws: LoadProblem.self) { try SpeakersFile(toml: "[[person]\n", fileName: "speakers.toml") }
    }
}
