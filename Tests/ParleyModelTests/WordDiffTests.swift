import Testing

@testable import ParleyModel

struct WordDiffTests {
    @Test func marksEqualAddedDroppedAndChangedSpans() {
        let diff = WordDiff.diff(
            quote: "Let me very, very clear. There will be no mass deportations.",
            source: "Let me be very, very clear: There will be no, repeat, no mass deportations.")
        #expect(diff.map(\.kind) == [.equal, .dropped, .equal, .dropped, .equal])
        #expect(diff[1].sourceText == "be")
        // The quote's "no" pairs with the source's first "no"; what the quote leaves out is "repeat, no".
        #expect(diff[3].sourceText == "repeat, no")
        #expect(diff.last?.quoteText == "mass deportations")
        let changed = WordDiff.diff(quote: "education exchanges", source: "educational exchanges")
        #expect(changed.map(\.kind) == [.changed, .equal])
        #expect(changed[0].quoteText == "education" && changed[0].sourceText == "educational")
        let added = WordDiff.diff(quote: "a set of meetings", source: "a meetings")
        #expect(added.map(\.kind) == [.equal, .added, .equal])
        #expect(added[1].quoteText == "set of" && added[1].quoteRange == 2..<8)
    }

    @Test func caseAccentsAndPossessivesAreNotDifferences() {
        let diff = WordDiff.diff(quote: "Mexico’s President Pena", source: "mexico president Peña")
        #expect(diff.map(\.kind) == [.equal])
    }

    @Test func lcsFindsTheLongestCommonSubsequence() {
        let pairs = WordDiff.lcsPairs(["a", "b", "c", "d"], ["b", "x", "c", "d", "a"])
        #expect(pairs.map(\.0) == [1, 2, 3])
        #expect(pairs.map(\.1) == [0, 2, 3])
    }
}
