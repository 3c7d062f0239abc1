import Foundation
import ParleyModel
import Testing

@testable import ParleyUI

/// A backend that plays back events and keeps every frame drawn.
final class ScriptedBackend: TerminalBackend, @unchecked Sendable {
    var size = Size(width: 80, height: 24)
    private var events: [InputEvent]
    private(set) var frames: [Grid] {
        get { lock.withLock { drawn } }
        set { lock.withLock { drawn = newValue } }
    }
    /// How many frames have been drawn: safe to ask from another thread.
    var frameCount: Int { lock.withLock { drawn.count } }
    private var drawn: [Grid] = []
    private let lock = NSLock()
    /// Called with each event's number (from 1) as it is handed out.
    var onEvent: (Int) -> Void = { _ in }
    private var handedOut = 0

    init(_ events: [InputEvent]) { self.events = events }

    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?) { frames.append(grid) }

    func nextEvent() -> InputEvent? {
        guard !events.isEmpty else { return nil }
        handedOut += 1
        onEvent(handedOut)
        return events.removeFirst()
    }
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

/// Saved marks in the running browser: problems seen on the first frame, stale marks never followed.
struct BrowserMarksTests {
    private func stateFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-ui-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("marks"), withIntermediateDirectories: true)
        return dir
    }

    @Test func aMarksProblemIsOnTheFirstFrame() throws {
        let dir = try stateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = BrowserFixture.context.corpus
        try Data("{ not json".utf8).write(to: dir.appendingPathComponent("marks/\(CorpusIdentity.id(of: corpus)).json"))
        let app = try BrowserApp(corpus: corpus, theme: .monochrome, colorsAllowed: false)
        app.useMarks(MarkStore(corpus: corpus, directory: dir))
        let backend = ScriptedBackend([.key(.character("q"))])
        app.run(on: backend)
        #expect(backend.frames.first?.row(23).contains("marks file") == true, "\(backend.frames.first?.text ?? "")")
    }

    @Test func marksReadInTheBackgroundDoNotHoldUpTheFirstFrameAndAMarkKeyWaitsForThem() throws {
        let dir = try stateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = BrowserFixture.context.corpus
        var saved = MarkStore(corpus: corpus, directory: dir)
        saved.set("a", at: PassageRef(document: 1, turn: 2, paragraph: 0))
        let app = try BrowserApp(corpus: corpus, theme: .monochrome, colorsAllowed: false)
        let release = DispatchSemaphore(value: 0)
        app.useMarks(readBy: {
            release.wait()
            return MarkStore(corpus: corpus, directory: dir)
        })
        let backend = ScriptedBackend([.key(.character("'")), .key(.character("a")), .key(.character("q"))])
        // The marks are let go only once the first frame is drawn.
        backend.onEvent = { number in if number == 1 { release.signal() } }
        app.run(on: backend)
        let beforeQuit = try #require(backend.frames.dropLast().last)
        #expect(beforeQuit.row(23).contains("mark a"), "\(beforeQuit.text)")
        #expect(app.state.marks["a"] == PassageRef(document: 1, turn: 2, paragraph: 0))
    }

    /// With two cores, work started beside the first frame slowed it: the marks are read once it is drawn.
    @Test func theMarksAreReadOnlyOnceTheFirstFrameIsDrawn() throws {
        let dir = try stateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = BrowserFixture.context.corpus
        let app = try BrowserApp(corpus: corpus, theme: .monochrome, colorsAllowed: false)
        let backend = ScriptedBackend([.key(.character("q"))])
        let framesWhenRead = FramesSeen()
        let read = DispatchSemaphore(value: 0)
        app.useMarks(readBy: {
            framesWhenRead.record(backend.frameCount)
            read.signal()
            return MarkStore(corpus: corpus, directory: dir)
        })
        app.run(on: backend)
        #expect(read.wait(timeout: .now() + 10) == .success)
        #expect(framesWhenRead.value.map { $0 >= 1 } == true, "read before any frame was drawn")
    }

    final class FramesSeen: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: Int?
        var value: Int? { lock.withLock { seen } }
        func record(_ count: Int) { lock.withLock { seen = count } }
    }

    @Test func goingToAStaleMarkSaysSoInsteadOfCrashing() {
        var state = BrowserFixture.state()
        let transcript = BrowserFixture.context.corpus.documents.firstIndex { !$0.turns.isEmpty }!
        let related = BrowserFixture.context.corpus.documents.firstIndex { $0.turns.isEmpty }!
        state.marks = [
            "a": PassageRef(document: transcript, turn: 99999, paragraph: 0),
            "b": PassageRef(document: transcript, turn: -1, paragraph: 0),
            "c": PassageRef(document: related, turn: 0, paragraph: 0),
            "d": PassageRef(document: 999, turn: 0, paragraph: 0),
        ]
        for letter: Character in ["a", "b", "c", "d"] {
            state = BrowserFixture.typing([.character("'"), .character(letter)], from: state)
            #expect(state.message == "mark \(letter) no longer points at a passage of this corpus; dropped")
            #expect(state.marks[letter] == nil)
        }
    }
}

/// Problems reading the corpus are seen in the browser, not only on stderr before it opens.
struct BrowserProblemsTests {
    @Test func theStatusLineCountsProblemsAndBangListsThem() throws {
        var corpus = BrowserFixture.context.corpus
        corpus.problems = [
            LoadProblem(
                file: "/corpus/notes.txt", message: "is UTF-16LE text; parley reads UTF-8 (convert it with: iconv -f UTF-16LE -t UTF-8)"),
            LoadProblem(file: "/corpus/locked", message: "folder cannot be read (permission denied); the files in it are left out"),
        ]
        let app = try BrowserApp(corpus: corpus, theme: .monochrome, colorsAllowed: false)
        let backend = ScriptedBackend([.key(.character("!")), .key(.escape), .key(.character("q"))])
        app.run(on: backend)
        #expect(backend.frames[0].row(23).contains("! 2 problems reading files"))
        let listed = backend.frames[1].text
        #expect(listed.contains("2 problems reading the corpus"))
        #expect(listed.contains("/corpus/notes.txt: is UTF-16LE text"))
        #expect(listed.contains("/corpus/locked: folder cannot be read (permission denied)"))
        #expect(!backend.frames[2].text.contains("problems reading the corpus"))
    }

    @Test func bangWithNothingWrongSaysSo() {
        let state = BrowserFixture.typing([.character("!")])
        #expect(state.mode == .normal)
        #expect(state.message == "every file was read without a problem")
    }

    @Test func theHelpListsTheKey() {
        #expect(HelpOverlay.lines(keys: .standard).contains { $0.key.hasPrefix("!") && $0.text.contains("could not be read") })
    }
}

/// Keys typed while the corpus loaded act once the browser is up, in order.
struct TypedAheadTests {
    @Test func keysTypedAheadActOnceTheBrowserIsUp() throws {
        let app = try BrowserApp(corpus: BrowserFixture.context.corpus, theme: .monochrome, colorsAllowed: false)
        let typed: [InputEvent] = [.key(.tab)] + "/border".map { .key(.character($0)) } + [.key(.enter)]
        let backend = ScriptedBackend([.key(.character("q"))])
        app.run(on: backend, typedAhead: typed)
        #expect(app.state.search.query == "border")
        #expect(app.state.search.current != nil)
        // The first frame is drawn before they act; the screen after them shows the search's first match
        // from the right pane, which Tab focused first: after the left pane's nine.
        #expect(!backend.frames[0].row(23).contains("/border"))
        let afterTyping = try #require(backend.frames.dropLast().last)
        #expect(afterTyping.row(23).contains("/border  10/23"), "\(afterTyping.row(23))")
    }
}

/// The meetings' word indexes are built in the background once the first frame is up: the first frame
/// never waits for them, and a search typed before they are done says so while it waits.
struct BrowserIndexingTests {
    @Test func theFirstFrameComesBeforeTheIndexAndASearchSaysItIsWaiting() throws {
        let corpus = BrowserFixture.context.corpus
        let release = DispatchSemaphore(value: 0)
        let context = BrowserContext(
            corpus: corpus,
            buildingWords: { corpus, meeting in
                release.wait()
                release.signal()
                return MeetingWords(corpus: corpus, meeting: meeting)
            })
        let app = try BrowserApp(context: context, theme: .monochrome, colorsAllowed: false)
        let backend = ScriptedBackend(
            [.key(.character("/"))] + "border".map { .key(.character($0)) } + [.key(.enter), .key(.character("q"))])
        // The index is let go a while after the first letter is read, which then has to wait for it.
        backend.onEvent = { number in
            if number == 2 { DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(1)) { release.signal() } }
        }
        app.run(on: backend)
        #expect(backend.frames[0].row(1).contains("Mexico City · Feb 23 2017"))
        let statuses = backend.frames.map { $0.row(23) }
        #expect(statuses.contains { $0.contains("indexing these meetings for search…") })
        #expect(context.isSearchReady(meetings: app.state.meetings))
        #expect(app.state.search.query == "border")
        #expect(statuses.last?.contains("/border") == true)
        #expect(statuses.last?.contains("no match") == false)
    }
}
