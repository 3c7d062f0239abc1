import ParleyModel
import Testing

@testable import ParleyUI

/// A backend that plays back events and keeps every frame drawn.
final class ScriptedBackend: TerminalBackend {
    var size = Size(width: 80, height: 24)
    private var events: [InputEvent]
    private(set) var frames: [Grid] = []

    init(_ events: [InputEvent]) { self.events = events }

    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?) { frames.append(grid) }

    func nextEvent() -> InputEvent? { events.isEmpty ? nil : events.removeFirst() }
}

/// The run loop: events in, frames out.
struct BrowserAppTests {
    @Test func aViewComputedForTheFirstTimeSaysItIsWorkingFirst() throws {
        let app = try BrowserApp(corpus: BrowserFixture.context.corpus, theme: .monochrome, colorsAllowed: false)
        let backend = ScriptedBackend([.key(.character("v")), .key(.character("k")), .key(.character("v")), .key(.character("q"))])
        app.run(on: backend)
        let statuses = backend.frames.map { $0.row(23) }
        // Opening, working (over the opening screen), the table; a move within it; the next view likewise;
        // the last frame, drawn as q is read.
        #expect(backend.frames.count == 7)
        #expect(statuses[1].contains("working out the speakers…"))
        #expect(backend.frames[1].row(1).contains("Mexico City · Feb 23 2017"))
        #expect(backend.frames[2].row(1).contains("speakers"))
        #expect(!statuses[3].contains("working"))
        #expect(statuses[4].contains("working out the keyword in context…"))
        #expect(app.state.quit)
    }

    @Test func aViewAlreadyComputedOpensWithoutAWord() throws {
        let app = try BrowserApp(corpus: BrowserFixture.context.corpus, theme: .monochrome, colorsAllowed: false)
        let backend = ScriptedBackend(Array(repeating: InputEvent.key(.character("v")), count: BrowserView.allCases.count * 2))
        app.run(on: backend)
        let working = backend.frames.filter { $0.row(23).contains("working") }
        // Once round the views, each list is worked out once; the second time round, none is.
        #expect(working.count == BrowserView.allCases.count - 1)
    }
}
