import ParleyModel
import Testing

@testable import ParleyUI

/// A spoken passage that a related document quotes is marked, and says where it was quoted.
struct QuotedMarkerTests {
    @Test func quotedParagraphsCarryAMarkAndTheirQuotingDocuments() {
        let context = BrowserFixture.context
        let quoted = context.analysis.quotingDocuments(context.corpus)
        // Tillerson's fourth February paragraph is in the joint statement, and the article quotes its
        // "curtail irregular migration".
        let ref = PassageRef(document: 0, turn: 3, paragraph: 3)
        #expect(quoted[ref] == [2, 3])
        var s = BrowserFixture.after([.nextTurn, .nextTurn, .nextTurn])
        let layout = s.layout(.left, context: context)
        let line = layout.lines.firstIndex { $0.ref == ref }!
        #expect(layout.lines[line].gutter == " “")
        s.apply(.scrollLines(line - s.topLine(.left, context: context)), context: context)
        let frame = BrowserFixture.frame(s)
        #expect(frame.row(21).contains("“ quoted in the statement, article"))
    }
}
