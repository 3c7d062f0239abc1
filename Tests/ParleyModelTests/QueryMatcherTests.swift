import Testing

@testable import ParleyModel

/// The matcher compares a text's words with the query's on bytes, without making tokens: it must find
/// exactly what matching the paragraph's tokens finds, or a count from the store, a search and a pane's
/// highlights would disagree.
struct QueryMatcherTests {
    static let queries: [(String, CaseMode)] = [
        ("deportations", .insensitive), ("DEPORTATIONS", .insensitive), ("deport*", .insensitive), ("the", .insensitive),
        ("\"mass deportations\"", .insensitive), ("mass \"mass deportations\"", .insensitive), ("pena", .insensitive),
        ("Peña", .smart), ("Kelly", .sensitive), ("kelly", .sensitive), ("mexico's", .insensitive), ("mexico’s", .insensitive),
        ("u s", .insensitive), ("\"u s mexico\"", .insensitive), ("2017", .insensitive), ("secretar* tillerson", .insensitive),
        ("\"secretary tillerson\" \"secretary kelly\" secretary", .insensitive), ("M*", .sensitive), ("e*", .smart),
        ("straße", .insensitive), ("и", .insensitive), ("\"we the\" the we", .insensitive), ("inaudible", .insensitive),
    ]

    static func old(_ query: SearchQuery, _ paragraph: Paragraph) -> [Range<Int>] {
        query.matches(in: SearchIndex.tokens(of: paragraph))
    }

    @Test func findsWhatTheTokensFindInEveryBuiltInAndRealTranscriptParagraph() {
        var paragraphs = CorpusLoader.builtIn().allPassages().map(\.paragraph)
        paragraphs += TranscriptFixtures.names.flatMap { TranscriptFixtures.corpus($0).allPassages().map(\.paragraph) }
        #expect(paragraphs.count > 200)
        var found = 0
        for (text, mode) in Self.queries {
            let query = SearchQuery(text, caseMode: mode)
            let matcher = QueryMatcher(query)
            let differing = paragraphs.filter { matcher.matches(in: $0) != Self.old(query, $0) }
            #expect(differing.map(\.text) == [], "\(text)")
            found += paragraphs.reduce(0) { $0 + matcher.matches(in: $1).count }
            for paragraph in paragraphs.prefix(50) {
                #expect(matcher.count(in: paragraph.searchableText) == Self.old(query, paragraph).count)
            }
        }
        #expect(found > 1000)
    }

    @Test func findsWhatTheTokensFindInAwkwardText() {
        let texts: [(String, [Range<Int>])] = [
            ("Peña PEÑA pena Pena peña’s", []), ("it’s it's IT'S its’ ’tis", []), ("U.S.-Mexico, u.s. mexico", []),
            ("Pen\u{303}a pena", []), ("STRASSE Straße straße", []), ("и й И Й", []), ("\u{212A}elly kelly", []),
            ("mass deportations mass of deportations MASS Deportations", []),
            ("mass (inaudible) deportations", [5..<16]), ("the(crosstalk)the", [3..<14]), ("deport deportation Deported", []),
            ("secretary Tillerson, Secretary Kelly and secretary", []), ("we the we the the we", []), ("2017 20170 '17", []),
            ("👍the👍 the‍the", []), ("", []), ("Mexico’s Mexico's", []),
        ]
        for (text, notes) in texts {
            let paragraph = TimelineReadingTests.paragraph(text, notes: notes)
            for (q, mode) in Self.queries {
                let query = SearchQuery(q, caseMode: mode)
                #expect(QueryMatcher(query).matches(in: paragraph) == Self.old(query, paragraph), "\(q) in \(text)")
            }
        }
    }

    @Test func findsWhatTheTokensFindInRandomText() {
        let pieces = [
            "the", "The", "THE", "then", "we", "mass", "deportations", "Deport", "Peña", "pena", "e\u{301}", "s", " ", " ", "  ", "'",
            "’", "-", ".", "2017", "и", "ß", "👍", "\n",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let paragraph = TimelineReadingTests.paragraph(text, notes: [])
            for (q, mode) in Self.queries {
                let query = SearchQuery(q, caseMode: mode)
                #expect(QueryMatcher(query).matches(in: paragraph) == Self.old(query, paragraph), "\(q) in \(text)")
            }
        }
    }

    /// A count, of a `String` or of bytes read from the store, is what the tokens match: apostrophes, digits
    /// and case included.
    @Test func countsAreWhatTheTokensMatch() {
        let pieces = [
            "the", "The", "THE", "then", "theT", "we", "We", "'", "''", "s", "t", " ", "  ", "-", ".", ",", "2017", "17", "don", "'t",
            "the'", "'the", "9the", "the9", "\n", "\t", "x", "mexico", "Mexico's", "it's", "(", ")", "’", "thé", "e\u{301}", "и",
            "é", "É", "x’", "’t", "\u{212A}", "elly", "ethe",
        ]
        let queries: [(String, CaseMode)] = [
            ("the", .insensitive), ("THE", .sensitive), ("The", .smart), ("the*", .insensitive), ("t*", .sensitive),
            ("the we", .insensitive),
            ("don't", .insensitive), ("it's mexico's", .insensitive), ("2017", .insensitive), ("17 t", .insensitive),
            ("9the", .insensitive),
            ("\"the we\"", .insensitive), ("x*", .insensitive), ("kelly", .insensitive), ("éthe", .insensitive),
            ("ethe THE e x", .smart),
        ]
        var generator = SeededGenerator(seed: 11)
        var counted = 0
        for _ in 0..<600 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let paragraph = TimelineReadingTests.paragraph(text, notes: [])
            for (q, mode) in queries {
                let query = SearchQuery(q, caseMode: mode)
                let expected = Self.old(query, paragraph).count
                let matcher = QueryMatcher(query)
                #expect(matcher.count(in: text) == expected, "\(q) in \(text)")
                #expect(Array(text.utf8).withUnsafeBufferPointer { matcher.count(utf8: $0) } == expected, "\(q) in \(text)")
                counted += expected
            }
        }
        #expect(counted > 1000)
    }

    @Test func aPhraseWantsItsWordsOneAfterAnother() {
        let matcher = QueryMatcher(SearchQuery("\"mass deportations\""))
        #expect(matcher.count(in: "mass of deportations") == 0)
        // Punctuation is no word: only a word between breaks a phrase.
        #expect(matcher.count(in: "Mass deportations, mass, deportations: mass deportations") == 3)
        #expect(matcher.count(in: "Mass deportations, mass or deportations: mass deportations") == 2)
        #expect(matcher.matches(in: "no mass deportations") == [3..<20])
    }

    @Test func theLongestTermStartingAtAWordWins() {
        let matcher = QueryMatcher(SearchQuery("mass \"mass deportations\""))
        #expect(matcher.matches(in: "mass deportations mass") == [0..<17, 18..<22])
    }
}

/// A small deterministic generator, so random text is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
