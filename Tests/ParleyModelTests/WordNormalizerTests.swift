import Testing

@testable import ParleyModel

struct WordNormalizerTests {
    @Test func porterStemmerMergesInflections() {
        // Examples from Porter's 1980 paper.
        #expect(Stemmer.stem("caresses") == "caress")
        #expect(Stemmer.stem("ponies") == "poni")
        #expect(Stemmer.stem("agreed") == "agre")
        #expect(Stemmer.stem("hopping") == "hop")
        #expect(Stemmer.stem("relational") == "relat")
        #expect(Stemmer.stem("generalizations") == "gener")
        #expect(Stemmer.stem("deportations") == Stemmer.stem("deportation"))
        #expect(Stemmer.stem("deportations") == Stemmer.stem("deported"))
    }

    @Test func stemmerLeavesNonAsciiAndShortWordsAlone() {
        #expect(Stemmer.stem("peña") == "peña")
        #expect(Stemmer.stem("us") == "us")
    }

    @Test func adverbsInLyCountAsTheirBase() {
        #expect(WordNormalizer.stem(of: "orderly") == WordNormalizer.stem(of: "order"))
        #expect(WordNormalizer.stem(of: "jointly") == WordNormalizer.stem(of: "joint"))
        #expect(WordNormalizer.stem(of: "family") != WordNormalizer.stem(of: "fami"))
    }

    @Test func translationSynonymsShareAStem() {
        #expect(WordNormalizer.stem(of: "necessity") == WordNormalizer.stem(of: "need"))
        #expect(WordNormalizer.stem(of: "manner") == WordNormalizer.stem(of: "fashion"))
        #expect(WordNormalizer.stem(of: "immigration") == WordNormalizer.stem(of: "migration"))
    }

    @Test func termsDropPossessivesAndMarkFunctionWords() {
        let text = "Mexico’s southern border and the 1,900 miles"
        let terms = WordNormalizer.terms(of: Tokenizer.tokens(in: text), in: text)
        #expect(terms.map(\.word) == ["mexico", "southern", "border", "and", "the", "1", "900", "miles"])
        #expect(terms.map(\.isFunctionWord) == [false, false, false, true, true, true, true, false])
        #expect(terms[0].range == 0..<8)
    }

    @Test func initialismsAreOneContentWord() {
        let text = "Meet in Washington, D.C. or the U.S.-Mexico border, said Rex W. Tillerson and I."
        let terms = WordNormalizer.terms(of: Tokenizer.tokens(in: text), in: text)
        #expect(
            terms.map(\.word) == [
                "meet", "in", "washington", "d.c.", "or", "the", "u.s.", "mexico", "border", "said", "rex", "w", "tillerson", "and", "i",
            ])
        let dc = terms[3]
        #expect(!dc.isFunctionWord && dc.stem == "d.c." && dc.range == 20..<23)
        // A middle initial and the pronoun stay lone letters.
        #expect(terms[11].isFunctionWord && terms[14].isFunctionWord)
    }

    @Test func irregularPastFormsMeetTheirPresent() {
        #expect(WordNormalizer.stem(of: "held") == WordNormalizer.stem(of: "holding"))
        #expect(WordNormalizer.stem(of: "met") == WordNormalizer.stem(of: "meeting"))
        #expect(WordNormalizer.stem(of: "easy") == WordNormalizer.stem(of: "simple"))
    }
}
