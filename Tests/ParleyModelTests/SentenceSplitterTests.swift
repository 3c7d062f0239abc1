import Testing

@testable import ParleyModel

struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let c = Array(text)
        return SentenceSplitter.sentences(in: text).map { String(c[$0]) }
    }

    @Test func splitsAtFullStopsButNotAbbreviations() {
        #expect(
            split("The U.S. Government agreed. Mr. Kelly spoke in Washington, D.C. today! Was it clear? Yes.")
                == ["The U.S. Government agreed.", "Mr. Kelly spoke in Washington, D.C. today!", "Was it clear?", "Yes."])
    }

    @Test func keepsClosingQuotesWithTheirSentence() {
        #expect(
            split("He added that there will be \"no use of military in immigration.\" After that, they met.")
                == ["He added that there will be \"no use of military in immigration.\"", "After that, they met."])
    }

    @Test func doesNotSplitBeforeALowerCaseWord() {
        #expect(split("Migration. Migration should be safe. in part.") == ["Migration.", "Migration should be safe. in part."])
    }

    @Test func findsQuotesInEveryStyleTheSourcesUse() {
        let text = "He spoke of \"mass deportations'' and ''insists on the necessity'' and “a curly one,” too."
        let c = Array(text)
        let spans = SentenceSplitter.quotedSpans(in: text).map { String(c[$0]) }
        #expect(spans == ["mass deportations", "insists on the necessity", "a curly one"])
    }
}
