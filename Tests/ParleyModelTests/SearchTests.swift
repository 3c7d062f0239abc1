import Testing

@testable import ParleyModel

struct SearchTests {
    let corpus = CorpusLoader.builtIn()
    var index: SearchIndex { SearchIndex(corpus: corpus) }

    func count(_ q: String, _ mode: CaseMode = .insensitive) -> Int { index.hits(for: SearchQuery(q, caseMode: mode)).count }

    @Test func matchesWholeWordsIgnoringCase() {
        // Osorio Chong once and Kelly three times in February; the article quotes four.
        #expect(count("deportations") == 8)
        #expect(count("DEPORTATIONS") == 8)
        #expect(count("deportation") == 1)
        #expect(count("deport") == 1)
    }

    @Test func matchesPrefixesAndPhrases() {
        #expect(count("deport*") == 10)
        #expect(count("\"mass deportations\"") == 3)
        // Kelly twice; the article once.
        #expect(count("\"no use of military\"") == 3)
    }

    @Test func ignoresAccentsAndTypographicApostrophes() {
        #expect(count("pena") == count("peña"))
        #expect(count("pena") == 5)
        #expect(count("mexico's") == count("mexico’s"))
    }

    @Test func smartCaseMatchesExactlyOnlyWithCapitals() {
        #expect(count("Migration", .smart) < count("migration", .smart))
        #expect(count("migration", .smart) == count("migration"))
    }

    @Test func neverMatchesInsideTranscriberNotes() {
        #expect(count("inaudible") == 0)
        #expect(count("interpreter") == 0)
    }

    @Test func reportsHitRangesInParagraphText() throws {
        let hit = try #require(index.hits(for: SearchQuery("Felicia")).first)
        let text = Array(corpus.paragraph(hit.ref).text)
        #expect(String(text[hit.range]) == "Felicia")
    }
}
