import Testing

@testable import ParleyModel

/// The label patterns are asked only of lines that could hold their labels; every line that can is asked.
struct LabelPrefilterTests {
    @Test func aGluedUpperCaseLabelNeedsASentenceEndBeforeIt() {
        #expect(LabelFinder.mayHoldGluedUpperCaseLabel("… at the top. MS NAUERT: Thanks."))
        #expect(LabelFinder.mayHoldGluedUpperCaseLabel("He left” SECRETARY PEÑA NIETO:\tYes"))
        #expect(LabelFinder.mayHoldGluedUpperCaseLabel("Is it? Q: No."))
        #expect(!LabelFinder.mayHoldGluedUpperCaseLabel("MS NAUERT: Thanks. We said: nothing"))
        #expect(!LabelFinder.mayHoldGluedUpperCaseLabel("at the top. MS NAUERT:Thanks."))
    }

    @Test func aTitleCaseLabelNeedsAnHonorificBeforeItsColon() {
        #expect(LabelFinder.mayHoldTitleCaseLabel("my pin, John? The Press: It looks good."))
        #expect(LabelFinder.mayHoldTitleCaseLabel("Mr. Spicer: Good"))
        #expect(LabelFinder.mayHoldTitleCaseLabel("Sen. Elizabeth Warren-Smith: no"))
        #expect(!LabelFinder.mayHoldTitleCaseLabel("He said: nothing, and Mr, 12: no"))
        #expect(!LabelFinder.mayHoldTitleCaseLabel("The Press:no space"))
    }

    @Test func gluedLabelsAreStillFoundWhereThePrefilterLetsThemThrough() {
        let finder = LabelFinder(lines: ["MS NAUERT: Hello.", "QUESTION: Yes? MS NAUERT: Go on.", "MS NAUERT: Said: this"])
        #expect(finder.gluedLabelOffsets(in: "QUESTION: Yes? MS NAUERT: Go on.") == [15])
        #expect(finder.gluedLabelOffsets(in: "MS NAUERT: Said: this").isEmpty)
    }
}
