import Testing

@testable import ParleyModel

struct CorpusLookupTests {
    let corpus = CorpusLoader.builtIn()

    func meeting(_ query: String) throws -> String { try corpus.findMeeting(query).id }
    func person(_ query: String) throws -> String { try corpus.findPerson(query).id }

    func lookupError(_ body: () throws -> Any) -> LookupError? {
        do {
            _ = try body()
            return nil
        } catch let error as LookupError {
            return error
        } catch {
            return nil
        }
    }

    @Test func findsMeetingByExactIdIgnoringCase() throws {
        #expect(try meeting("2017-05-18-washington") == "2017-05-18-washington")
        #expect(try meeting("2017-02-23-MEXICO-CITY") == "2017-02-23-mexico-city")
    }

    @Test func findsMeetingByIdPrefix() throws {
        #expect(try meeting("2017-05") == "2017-05-18-washington")
        #expect(try meeting("2017-02-23") == "2017-02-23-mexico-city")
    }

    @Test func findsMeetingByMonthNameOrAbbreviation() throws {
        #expect(try meeting("feb") == "2017-02-23-mexico-city")
        #expect(try meeting("February") == "2017-02-23-mexico-city")
        #expect(try meeting("may") == "2017-05-18-washington")
    }

    @Test func findsMeetingByPlaceOrVenueWords() throws {
        #expect(try meeting("mexico") == "2017-02-23-mexico-city")
        #expect(try meeting("Mexico City") == "2017-02-23-mexico-city")
        #expect(try meeting("washington") == "2017-05-18-washington")
        #expect(try meeting("acheson") == "2017-05-18-washington")
    }

    @Test func ambiguousMeetingListsTheCandidates() throws {
        let error = try #require(lookupError { try meeting("2017") })
        #expect(
            error.reason
                == .ambiguous(candidates: [
                    "2017-02-23-mexico-city (Mexico City · Feb 23 2017)", "2017-05-18-washington (Washington · May 18 2017)",
                ]))
        #expect(error.description.contains("2017-02-23-mexico-city"))
        #expect(error.description.contains("2017-05-18-washington"))
    }

    @Test func unknownMeetingListsTheKnownIds() throws {
        let error = try #require(lookupError { try meeting("jan") })
        #expect(error.reason == .notFound(known: ["2017-02-23-mexico-city", "2017-05-18-washington"]))
        #expect(error.description.contains("'jan'"))
    }

    @Test func emptyQueryMatchesNothing() {
        #expect(lookupError { try meeting("  ") } != nil)
        #expect(lookupError { try person("") } != nil)
    }

    @Test func findsPersonByIdPrefixOrNameWord() throws {
        #expect(try person("kelly") == "kelly")
        #expect(try person("osorio") == "osorio-chong")
        #expect(try person("Videgaray") == "videgaray")
        #expect(try person("tiller") == "tillerson")
        #expect(try person("Rex") == "tillerson")
        #expect(try person("felicia") == "felicia-schwartz")
    }

    @Test func findsPersonByLabelOrRoleIgnoringAccents() throws {
        #expect(try person("MR VIDEGARAY") == "videgaray")
        #expect(try person("homeland") == "kelly")
        #expect(try person("angel") == "osorio-chong")
        #expect(try person("Ángel") == "osorio-chong")
    }

    @Test func ambiguousPersonListsEveryCandidate() throws {
        let error = try #require(lookupError { try person("moderator") })
        guard case .ambiguous(let candidates) = error.reason else {
            Issue.record("expected ambiguity, got \(error)")
            return
        }
        #expect(candidates.count == 2)
        #expect(candidates.allSatisfy { $0.hasPrefix("moderator-") })
        #expect(error.kind == .person)
    }

    @Test func unknownPersonNamesTheQueryAndKnownIds() throws {
        let error = try #require(lookupError { try person("trump") })
        #expect(error.description.contains("'trump'"))
        #expect(error.description.contains("kelly"))
        #expect(error.description.contains("osorio-chong"))
    }
}
