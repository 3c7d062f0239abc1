import Foundation
import Testing

@testable import ParleyModel

struct KeynessTests {
    @Test func logLikelihoodMatchesHandComputedValues() {
        // a = 10 of 100 against 0 of 100: E1 = 5, G² = 2 · 10 · ln 2.
        #expect(abs(Keyness.logLikelihood(a: 10, b: 0, c: 100, d: 100) - 20 * log(2.0)) < 1e-9)
        // The same rate in both texts: no keyness.
        #expect(Keyness.logLikelihood(a: 5, b: 5, c: 100, d: 100) == 0)
        // a = 20 of 1000, b = 10 of 2000: E1 = 10, E2 = 20, G² = 2 (20 ln 2 + 10 ln ½) = 20 ln 2.
        #expect(abs(Keyness.logLikelihood(a: 20, b: 10, c: 1000, d: 2000) - 20 * log(2.0)) < 1e-9)
        #expect(Keyness.logLikelihood(a: 1, b: 1, c: 0, d: 10) == 0)
    }

    private func terms(_ text: String) -> [Term] { WordNormalizer.terms(of: Tokenizer.tokens(in: text), in: text) }

    @Test func keyWordsAreOverusedFrequentContentWords() {
        // Target: 20 words, deportations ×4 (as two forms), border ×3, the ×6; reference: 20 words, border ×3.
        let target = terms(
            "the deportations the deportation the deportations the deported border border border the the cartel cartel trade trade wall wall wall"
        )
        let reference = terms("border border border trade trade the the the the the the wall wall wall drugs drugs drugs drugs drugs drugs")
        let key = Keyness.keyWords(target: target, reference: reference, minimumCount: 3, minimumScore: 0)
        // deport: a = 4, b = 0, c = d = 20: G² = 2 · 4 · ln 2. border and wall are used at the same rate: not key.
        // "the" is a function word; "cartel" occurs only twice.
        #expect(key.map(\.stem) == [WordNormalizer.stem(of: "deportations")])
        #expect(key.first?.word == "deportations")
        #expect(key.first?.count == 4)
        #expect(abs((key.first?.logLikelihood ?? 0) - 8 * log(2.0)) < 1e-9)
        // 5.55 ≥ 3.84, so the default significance keeps it too.
        #expect(Keyness.keyWords(target: target, reference: reference).count == 1)
    }
}
