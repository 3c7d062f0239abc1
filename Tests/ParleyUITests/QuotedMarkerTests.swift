import Foundation
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

    @Test func quoteMarksAppearWhenTheQuotesAreTracedWithoutAKeyPress() throws {
        // A fresh context traces its quotes in the background; the first frame does not wait for them.
        let app = try BrowserApp(corpus: BrowserFixture.context.corpus, theme: .monochrome, colorsAllowed: false)
        // Tall enough that Tillerson's quoted February paragraph is on the first screen.
        // Input ends a few waits after the quotes are traced, however long tracing takes on a busy machine.
        let context = app.context
        let backend = IdleBackend(size: Size(width: 80, height: 300), waitsAfter: 5) { context.areQuotesReady }
        app.run(on: backend)
        #expect(app.context.areQuotesReady)
        let last = try #require(backend.frames.last)
        #expect((0..<300).contains { last.row($0).contains(" “") })
        // Drawn once more when they are, not on every wait after.
        #expect(backend.frames.count < 10)
    }
}

/// A terminal where nobody types: each wait runs out, until `waitsAfter` waits after `done` first holds
/// (or a minute has passed), then input ends.
private final class IdleBackend: TerminalBackend {
    var size: Size
    private var idleWaits = 1200
    private let waitsAfter: Int
    private let done: () -> Bool
    private(set) var frames: [Grid] = []

    init(size: Size, waitsAfter: Int, done: @escaping () -> Bool) {
        self.size = size
        self.waitsAfter = waitsAfter
        self.done = done
    }

    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?) { frames.append(grid) }
    func nextEvent() -> InputEvent? { nil }

    func nextEvent(waitingAtMost milliseconds: Int?) -> PolledInput {
        guard idleWaits > 0 else { return .ended }
        idleWaits -= 1
        if done() { idleWaits = min(idleWaits, waitsAfter) }
        Thread.sleep(forTimeInterval: 0.05)
        return .nothingYet
    }
}
