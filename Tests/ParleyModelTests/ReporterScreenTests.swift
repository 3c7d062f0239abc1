import Testing

@testable import ParleyModel

/// The reporter finder asks its patterns only of paragraphs with a capitalised word before their keyword:
/// that screen must never turn away a paragraph a pattern would have matched.
struct ReporterScreenTests {
    func same(_ text: String) -> Bool {
        [false, true].allSatisfy { moderating in
            ReporterFinder.reporter(in: text, moderating: moderating)
                == ReporterFinder.reporter(in: text, moderating: moderating, screening: false)
        }
    }

    @Test func everyBuiltInAndRealParagraphNamesTheSameReporter() {
        var texts = CorpusLoader.builtIn().allPassages().map(\.paragraph.text)
        texts += TranscriptFixtures.names.flatMap { TranscriptFixtures.corpus($0).allPassages().map(\.paragraph.text) }
        #expect(texts.count > 200)
        #expect(texts.filter { !same($0) } == [])
        #expect(texts.contains { ReporterFinder.reporter(in: $0, moderating: true) != nil })
    }

    @Test func namesBeforeTheirKeywordAreFoundWhateverSurroundsThem() {
        let texts = [
            "We'll start first with Felicia Schwartz from The Wall Street Journal.", "Rich Edson from Fox News.",
            "Andrea Mitchell, NBC.", "Andrea Mitchell, NBC", "Next is Nick Wadhams of Bloomberg.", "Carol Morello at The Washington Post",
            "Ana López with El Universal.", "José Díaz\u{00A0}from Reforma.", "O'Brien-Smith from CNN.", "Matt Lee\tfrom\tAP.",
            "it came from nowhere with us", "the man from Mars", "U.S. from here", "Mr. X from Y", "Lee from AP",
            "anne marie from cnn", "Peña Nieto de Reforma", "Jean D’Arc from RFI", "Ed Lee from\u{2028}AP", "(Laughter) Kim Li, KBS.",
        ]
        for text in texts { #expect(same(text), "\(text)") }
        #expect(ReporterFinder.mayNameBefore(["from"], in: Array("Rich Edson from Fox".utf8)))
        #expect(!ReporterFinder.mayNameBefore(["from"], in: Array("it came from nowhere".utf8)))
        #expect(!ReporterFinder.mayNameBefore(["of", "at"], in: Array("one of the best at it".utf8)))
    }
}

/// A run of capitals holding a title names a post or a headline, never the next questioner; real names
/// around it are still found.
struct ReporterNameTests {
    @Test func aTitleInARunOfCapitalsIsNoReportersName() {
        for text in [
            "As Secretary from the United States, dialogue and negotiation with the United States must have an integral approach.",
            "We thank Secretary Tillerson Secretary with the Department of State for his time.",
            "This was the Press Availability With Secretary of Homeland Security John Kelly.",
            "Thanks to Foreign Minister Videgaray from Mexico.",
        ] {
            for moderating in [false, true] { #expect(ReporterFinder.reporter(in: text, moderating: moderating) == nil, "\(text)") }
        }
        #expect(ReporterFinder.selfIntroduction(in: "As Secretary from the United States, I ask you this.") == nil)
        #expect(ReporterFinder.reporter(in: "Next, Major Garrett from CBS News.", moderating: true)?.name == "Major Garrett")
        #expect(
            ReporterFinder.reporter(in: "We'll go to Felicia Schwartz from The Wall Street Journal.", moderating: true)?.name
                == "Felicia Schwartz")
        #expect(ReporterFinder.selfIntroduction(in: "Hi, I’m Ana López with El Universal. My question…")?.name == "Ana López")
    }
}
