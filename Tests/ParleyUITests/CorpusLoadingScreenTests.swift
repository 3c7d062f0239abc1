import Foundation
import ParleyModel
import Testing

@testable import ParleyUI

/// A backend whose waits time out a given number of times, with key presses in between, keeping every frame.
private final class WaitingBackend: TerminalBackend {
    var size = Size(width: 80, height: 24)
    private var script: [PolledInput]
    private(set) var frames: [Grid] = []
    /// How long each look for input was allowed to wait, in milliseconds.
    private(set) var waits: [Int] = []

    init(_ script: [PolledInput]) { self.script = script }

    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?) { frames.append(grid) }
    func nextEvent() -> InputEvent? { nil }

    func nextEvent(waitingAtMost milliseconds: Int?) -> PolledInput {
        guard !script.isEmpty else { return .ended }
        let next = script.removeFirst()
        waits.append(milliseconds ?? Int.max)
        if next == .nothingYet, let milliseconds { Thread.sleep(forTimeInterval: Double(milliseconds) / 1000) }
        return next
    }
}

/// A load that waits until it is let go, having counted some files.
private final class HeldLoad: @unchecked Sendable {
    let release = DispatchSemaphore(value: 0)

    func start() -> BackgroundLoad {
        BackgroundLoad { [release] progress in
            progress.begin(.parsing)
            progress.expect(files: 10, bytes: 10 << 20)
            for _ in 0..<3 { progress.fileDone(bytes: 1 << 20) }
            release.wait()
            return BrowserFixture.context.corpus
        }
    }
}

struct CorpusLoadingScreenTests {
    @Test func theLoadingScreenSaysHowFarTheLoadHasGot() {
        let progress = LoadProgress.Snapshot(
            stage: .parsing, filesDone: 1234, filesTotal: 3420, bytesDone: 36_909_875, bytesTotal: 104_857_600)
        let grid = LoadingView.render(progress, source: "archive", size: Size(width: 80, height: 24))
        let text = (0..<24).map { grid.row($0) }
        #expect(text[0].hasPrefix(" parley  archive"))
        #expect(text.contains { $0.contains("parsing 1,234 of 3,420 files · 35.2 of 100.0 MB") })
        #expect(text.contains { $0.contains("35%") && $0.contains("█") && $0.contains("░") })
        #expect(text[23].contains("q quit"))
    }

    @Test func theLoadingScreenFitsATinyTerminal() {
        let progress = LoadProgress.Snapshot(filesDone: 5, filesTotal: 10, bytesDone: 50, bytesTotal: 100)
        let grid = LoadingView.render(progress, source: "a folder with a long name", size: Size(width: 12, height: 3))
        #expect(grid.row(1).count <= 12)
        #expect(grid.row(2).contains("q"))
    }

    @Test func progressIsDrawnUntilTheCorpusIsReadyThenTheCorpusComesBack() {
        let held = HeldLoad()
        let load = held.start()
        #expect(load.wait(milliseconds: 50) == nil)
        let backend = WaitingBackend(Array(repeating: .nothingYet, count: 4000))
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(300)) { held.release.signal() }
        let loaded = CorpusLoadingScreen.show(load, on: backend, theme: .monochrome, source: "archive")
        #expect(loaded?.corpus.documents.count == BrowserFixture.context.corpus.documents.count)
        #expect(!backend.frames.isEmpty)
        #expect(backend.frames[0].row(11).contains("parsing 3 of 10 files · 3.0 of 10.0 MB"))
    }

    @Test func qQuitsWhileTheCorpusIsStillLoading() {
        let held = HeldLoad()
        defer { held.release.signal() }
        let backend = WaitingBackend([.nothingYet, .event(.key(.character("q")))])
        #expect(CorpusLoadingScreen.show(held.start(), on: backend, theme: .monochrome, source: "archive") == nil)
        #expect(backend.frames.count == 1, "the load is looked at often, but redrawn only when something shows a change")
    }

    @Test func theLoadIsNoticedSoonAfterItEndsNotAtTheNextRedraw() {
        let held = HeldLoad()
        let load = held.start()
        let backend = WaitingBackend(Array(repeating: .nothingYet, count: 4000))
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { held.release.signal() }
        _ = CorpusLoadingScreen.show(load, on: backend, theme: .monochrome, source: "archive")
        #expect(backend.waits.allSatisfy { $0 <= 10 }, "\(Set(backend.waits))")
    }

    @Test func keysTypedWhileLoadingAreKeptAndQOnlyQuitsBeforeAnyOther() {
        let held = HeldLoad()
        let typed: [InputEvent] =
            [.key(.character("/")), .key(.character("q"))] + "uota".map { .key(.character($0)) } + [.key(.escape), .key(.enter)]
        // A click aims at a screen not drawn yet: it is dropped.
        let events = [typed[0], typed[1], .mouse(.left, x: 3, y: 3)] + typed.dropFirst(2)
        let backend = WaitingBackend([.nothingYet] + events.map { .event($0) } + Array(repeating: .nothingYet, count: 4000))
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(300)) { held.release.signal() }
        let loaded = CorpusLoadingScreen.show(held.start(), on: backend, theme: .monochrome, source: "archive")
        #expect(loaded?.typedAhead == typed)
        #expect(backend.frames.contains { grid in (0..<24).contains { grid.row($0).contains("typed ahead: /quotaEsc ⏎") } })
    }

    @Test func ctrlCQuitsWhileLoadingEvenAfterOtherKeys() {
        let held = HeldLoad()
        defer { held.release.signal() }
        let backend = WaitingBackend([.event(.key(.character("j"))), .event(.key(.control("c")))])
        #expect(CorpusLoadingScreen.show(held.start(), on: backend, theme: .monochrome, source: "archive") == nil)
    }

    @Test func aResizeRedrawsTheProgressAtTheNewSize() {
        let held = HeldLoad()
        defer { held.release.signal() }
        let backend = WaitingBackend([.event(.resize(Size(width: 40, height: 10))), .ended])
        _ = CorpusLoadingScreen.show(held.start(), on: backend, theme: .monochrome, source: "archive")
        #expect(backend.frames.last?.size == Size(width: 40, height: 10))
    }
}

extension CorpusLoadingScreenTests {
    @Test func linkingTheCorpusSaysSoWithoutCounts() {
        let grid = LoadingView.render(
            LoadProgress.Snapshot(stage: .linking, filesDone: 3, filesTotal: 3), source: "x", size: Size(width: 80, height: 24))
        let text = (0..<24).map { grid.row($0) }.joined(separator: "\n")
        #expect(text.contains("grouping meetings and people…"))
        #expect(!text.contains("%"))
    }

    @Test func writingTheCacheSaysSoWithoutABarStuckAtTheEnd() {
        let grid = LoadingView.render(
            LoadProgress.Snapshot(stage: .indexing, filesDone: 0, filesTotal: 3), source: "x", size: Size(width: 80, height: 24))
        let text = (0..<24).map { grid.row($0) }.joined(separator: "\n")
        #expect(text.contains("keeping the parsed files and their search index in the cache…"))
        #expect(!text.contains("%"))
    }
}
