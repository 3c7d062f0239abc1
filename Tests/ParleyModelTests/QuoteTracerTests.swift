import Testing

@testable import ParleyModel

/// Expectations from a careful reading of the related documents against the February transcript.
struct QuoteTracerTests {
    static let corpus = CorpusLoader.builtIn()
    static let traces = QuoteTracer(corpus: corpus).traceAll()

    /// Turn indices in the February transcript (document 0).
    static let videgaray = 1, tillerson = 3, osorio = 5, kelly = 7

    private func trace(_ document: Int, _ kind: QuoteUnit.Kind = .sentence, containing text: String) throws -> QuoteTrace {
        try #require(Self.traces.first { $0.unit.ref.document == document && $0.unit.kind == kind && $0.unit.text.contains(text) })
    }

    private func expectSource(
        _ t: QuoteTrace, turn: Int, paragraphs: Set<Int>, speaker: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(t.source?.ref.document == 0, "\(t.unit.text)", sourceLocation: sourceLocation)
        #expect(t.source?.ref.turn == turn, "\(t.unit.text)", sourceLocation: sourceLocation)
        #expect(paragraphs.contains(t.source?.ref.paragraph ?? -1), "\(t.unit.text)", sourceLocation: sourceLocation)
        #expect(t.source?.speakerID == speaker, "\(t.unit.text)", sourceLocation: sourceLocation)
        #expect((t.source?.score ?? 0) >= QuoteTracer.threshold, sourceLocation: sourceLocation)
    }

    @Test func jointStatementReusesTillersonsRemarksSentenceBySentence() {
        let statement = Self.traces.filter { $0.unit.ref.document == 2 }
        #expect(statement.count == 15)
        #expect(statement.allSatisfy { $0.source?.speakerID == "tillerson" && $0.source?.ref.turn == Self.tillerson })
        // Eleven of the fifteen sentences are word for word, or nearly.
        #expect(statement.filter { $0.source?.likeness == "verbatim" }.count >= 11)
        let reaffirmed = statement.first { $0.unit.text.hasPrefix("We reaffirmed") }
        #expect(reaffirmed?.source?.ref.paragraph == 2)
        #expect(
            reaffirmed?.source?.diff.contains { $0.kind == .changed && $0.sourceText == "educational" && $0.quoteText == "education" }
                == true)
    }

    @Test func articleQuotesKellysBlockNearlyWordForWord() throws {
        for text in [
            "There will be no mass deportations.", "Everything we do in DHS", "All deportations will be", "The focus of deportations",
        ] {
            let t = try trace(3, containing: text)
            expectSource(t, turn: Self.kelly, paragraphs: [7], speaker: "kelly")
            #expect(t.source?.likeness == "verbatim")
        }
        // The block's last sentence is Kelly's next paragraph.
        expectSource(
            try trace(3, containing: "in close coordination with the government"), turn: Self.kelly, paragraphs: [8], speaker: "kelly")
        // "Let me very, very clear." drops Kelly's "be": an omission in the word diff.
        let clear = try trace(3, containing: "Let me very")
        #expect(clear.source?.diff.contains { $0.kind == .dropped && $0.sourceText == "be" } == true)
    }

    @Test func articleShortQuotesPointToTheRightSpeaker() throws {
        expectSource(
            try trace(3, .quote, containing: "curtail irregular migration"), turn: Self.tillerson, paragraphs: [3], speaker: "tillerson")
        // Kelly said it twice: "no use of military force in immigration operations" and "no use of military forces in immigration".
        expectSource(
            try trace(3, .quote, containing: "no use of military in immigration"), turn: Self.kelly, paragraphs: [9, 11], speaker: "kelly")
        // A different translation of Videgaray's interpreted "legal impossibility of a government to take decisions…".
        expectSource(
            try trace(3, .quote, containing: "the legal impossibility"), turn: Self.videgaray, paragraphs: [8], speaker: "videgaray")
        // Osorio Chong's interpreted "we insist the need of maintaining the deportation schemes in an ordered fashion".
        expectSource(
            try trace(3, .quote, containing: "insists on the necessity"), turn: Self.osorio, paragraphs: [2], speaker: "osorio-chong")
    }

    @Test func articleAttributesMassDeportationsConcernToOsorioChong() throws {
        // Kelly says "no mass deportations", but the article reports Osorio Chong's concern over deportations.
        expectSource(try trace(3, containing: "He also expressed a concern"), turn: Self.osorio, paragraphs: [1], speaker: "osorio-chong")
        #expect(try trace(3, containing: "He also expressed a concern").unit.namedSpeakerID == "osorio-chong")
    }

    @Test func articleParaphrasesTraceToTheirSpeaker() throws {
        expectSource(try trace(3, containing: "safe, lawful, and ordered migration"), turn: Self.kelly, paragraphs: [5], speaker: "kelly")
        expectSource(
            try trace(3, containing: "law and order at the shared border"), turn: Self.tillerson, paragraphs: [2], speaker: "tillerson")
        expectSource(try trace(3, containing: "country of transit"), turn: Self.videgaray, paragraphs: [9], speaker: "videgaray")
    }

    @Test func communiqueQuotesVidegarayAndOsorioChongInOtherTranslations() throws {
        expectSource(
            try trace(4, .quote, containing: "We have expressed our concern regarding respect"), turn: Self.videgaray, paragraphs: [7, 8],
            speaker: "videgaray")
        expectSource(
            try trace(4, .quote, containing: "We express the need to strengthen intelligence sharing"), turn: Self.osorio, paragraphs: [3],
            speaker: "osorio-chong")
        expectSource(
            try trace(4, containing: "comprehensive focus, including migration"), turn: Self.videgaray, paragraphs: [6],
            speaker: "videgaray")
        // The opening sentence retells Videgaray's "all our work groups … follow-up on what was agreed by the presidents".
        expectSource(try trace(4, containing: "Working groups of the Mexican"), turn: Self.videgaray, paragraphs: [1], speaker: "videgaray")
    }

    @Test func narrationWithNoSpokenSourceIsNotTraced() throws {
        for text in [
            "After the press conference, Kelly and Tillerson met", "After DHS Secretary John Kelly visited Guatemala",
            "This visit was highly anticipated", "Kelly made the final statements", "He then moved to summarize",
            "Overall, the tone of the visit", "After a meeting on Thursday morning",
        ] {
            let t = try trace(3, containing: text)
            #expect(t.source == nil, "\(text)")
            #expect(t.bestScore < QuoteTracer.threshold || t.unit.text.contains("summarize"), "\(text)")
        }
        #expect(try trace(4, containing: "Mexico's delegation was led by").source == nil)
        #expect(try trace(4, containing: "the US delegation was headed by").source == nil)
        // A term the article coins, not a quote: common words only.
        #expect(try trace(3, .quote, containing: "other than Mexican").source == nil)
    }

    @Test func quotedSpansAreSeparateUnitsFromTheirSentence() throws {
        let quotes = Self.traces.filter { $0.unit.kind == .quote }.map(\.unit.text)
        #expect(quotes.contains("curtail irregular migration"))
        #expect(quotes.contains("insists on the necessity"))
        // One- and two-word quotes ("complex", "not easy", "mass deportations") are left to their sentence.
        #expect(!quotes.contains("complex") && !quotes.contains("mass deportations"))
    }

    @Test func unitAndSourceRangesPointIntoTheirParagraphs() {
        for t in Self.traces {
            let text = Array(Self.corpus.paragraph(t.unit.ref).text)
            #expect(String(text[t.unit.range]) == t.unit.text)
            if let s = t.source {
                let source = Array(Self.corpus.paragraph(s.ref).text)
                #expect(String(source[s.range]) == s.text)
            }
        }
    }

    @Test func repeatedDocumentsTraceToTheFirstCopyOfTheSpeech() throws {
        let builtIn = Self.corpus.documents.map { ($0.fileName, $0.sourceText) }
        let doubled = CorpusLoader.build(sources: builtIn.map { ("a-" + $0.0, $0.1) } + builtIn.map { ("b-" + $0.0, $0.1) })
        let traces = QuoteTracer(corpus: doubled).traceAll()
        #expect(traces.count == 2 * Self.traces.count)
        #expect(traces.filter { $0.source != nil }.count == 2 * Self.traces.filter { $0.source != nil }.count)
    }

    /// A transcript where one speaker shares the unit's common words and another its one rare place name.
    static func anchorCorpus(
        statement: String, jones: String = "We look forward to further meetings, perhaps in Porto, in the coming months."
    ) -> Corpus {
        let transcript = """
            Remarks
            Lisbon, Portugal
            February 23, 2017

            SECRETARY SMITH: We held the first meeting of the working group this week, and it was the next step in coming together. We thank our hosts.

            Our farmers sell grain abroad. Fishing fleets need new harbours. Tourism brings visitors every summer. Schools teach children to read. Hospitals treat the sick.

            SECRETARY JONES: \(jones) Trade was on the agenda.

            Energy prices rose last winter. Wind farms now power many homes. Ports handle more containers. Rail lines carry freight to the border.

            MODERATOR: Thank you.
            """
        let related = """
            Joint Statement
            February 23, 2017

            \(statement)
            """
        return CorpusLoader.build(sources: [("a.txt", transcript), ("b.txt", related)])
    }

    @Test func aRarePlaceNameSharedWithOnePassageAnchorsTheTrace() throws {
        let corpus = Self.anchorCorpus(statement: "The next working [group] meeting will be held in Porto in coming weeks.")
        let tracer = QuoteTracer(corpus: corpus)
        let trace = try #require(tracer.traceAll().first)
        #expect(trace.source?.speakerID == "jones")
        // On words alone Smith's "held the first meeting of the working group" comes first.
        let paragraph = corpus.paragraph(trace.unit.ref)
        let words = tracer.unitTerms(of: SearchIndex.tokens(of: paragraph), in: paragraph.text, meeting: 0)
        #expect(words.anchors == ["porto"])
        let first = try #require(tracer.candidates(for: words.terms, weights: words.weights, meeting: 0).first)
        #expect(tracer.sentences[first.first].speakerID == "smith")
        #expect(first.score > trace.source?.score ?? 1)
    }

    @Test func aSentenceQuotedWordForWordKeepsItsSpeakerWhenAPlaceIsAdded() throws {
        // Smith's sentence, with Jones's "Porto" put in by the writer.
        let corpus = Self.anchorCorpus(
            statement: "We held the first meeting of the working group this week in Porto, and it was the next step in coming together.",
            jones: "We look forward to the next meeting of the working group, perhaps in Porto, in the coming months.")
        let tracer = QuoteTracer(corpus: corpus)
        let trace = try #require(tracer.traceAll().first)
        #expect(trace.source?.speakerID == "smith")
        // Jones's passage naming Porto is a match too, far behind.
        let paragraph = corpus.paragraph(trace.unit.ref)
        let words = tracer.unitTerms(of: SearchIndex.tokens(of: paragraph), in: paragraph.text, meeting: 0)
        let jones = try #require(
            tracer.candidates(for: words.terms, weights: words.weights, meeting: 0).first {
                tracer.sentences[$0.first].speakerID == "jones"
            })
        #expect(jones.score >= QuoteTracer.threshold)
        #expect(jones.score < (trace.source?.score ?? 0) - QuoteTracer.anchorMargin)
    }

    @Test func bracketedInsertionsAreNotCountedAsSaid() throws {
        let tracer = QuoteTracer(
            corpus: Self.anchorCorpus(statement: "We held the first [historic] meeting of the working group this week."))
        let trace = try #require(tracer.traceAll().first)
        #expect(trace.source?.speakerID == "smith")
        #expect(trace.source?.coverage ?? 0 > 0.99)
        let text = "the [also] first"
        let words = tracer.unitTerms(of: Tokenizer.tokens(in: text), in: text, meeting: 0)
        #expect(words.terms.map(\.word) == ["the", "first"])
    }

    @Test func titlesAndOfficesAreNotAnchors() {
        let tokens = Tokenizer.tokens(in: "DHS Secretary John Kelly met the Secretaries of Defense and the Navy in Porto.")
        let inTitles = QuoteTracer.titleWords(in: tokens)
        let named = tokens.filter { inTitles.contains($0.range.lowerBound) }.map(\.caseKept)
        #expect(named == ["DHS", "John", "Kelly", "of", "Defense", "and", "the", "Navy"])
    }

    @Test func communiqueNamesWashingtonAsTillersonDid() throws {
        // "further meetings – perhaps in Washington, D.C.", not Videgaray's "the first meeting that was held as a
        // working group" nor his regional meeting "in the next months".
        expectSource(
            try trace(4, containing: "will be held in Washington, D.C."), turn: Self.tillerson, paragraphs: [4], speaker: "tillerson")
    }

    @Test func articleParaphrasesOfVidegarayInOtherWords() throws {
        // "a long-term process, that it won't be necessary simple … the need to continue … our dialogue".
        expectSource(
            try trace(3, containing: "\"complex\" and \"not easy\" process"), turn: Self.videgaray, paragraphs: [5], speaker: "videgaray")
        // "in the next months we will summon for a meeting … other countries from Central America … so as to held".
        expectSource(try trace(3, containing: "holding a regional meeting"), turn: Self.videgaray, paragraphs: [10], speaker: "videgaray")
    }
}
