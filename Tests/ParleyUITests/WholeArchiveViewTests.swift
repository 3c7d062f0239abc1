import Foundation
import ParleyModel
import Testing

@testable import ParleyUI

/// A terminal whose each look for input is scripted: a key, or the wait running out (after sleeping as
/// long as it was allowed). `onLook` is told each look's number, from 1, before it is answered; input
/// ends with the script, or once `endsWhen` holds for the frames drawn.
private final class ScriptedWaits: TerminalBackend {
    var size = Size(width: 100, height: 24)
    private var script: [PolledInput]
    private var looks = 0
    var onLook: (Int) -> Void = { _ in }
    var endsWhen: ([Grid]) -> Bool = { _ in false }
    /// Told each frame as it is drawn.
    var onDraw: (Grid) -> Void = { _ in }
    private(set) var frames: [Grid] = []

    init(_ script: [PolledInput]) { self.script = script }

    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?) {
        frames.append(grid)
        onDraw(grid)
    }
    func nextEvent() -> InputEvent? { nil }

    func nextEvent(waitingAtMost milliseconds: Int?) -> PolledInput {
        looks += 1
        onLook(looks)
        guard !script.isEmpty, !endsWhen(frames) else { return .ended }
        let next = script.removeFirst()
        if next == .nothingYet { Thread.sleep(forTimeInterval: Double(milliseconds ?? 100) / 1000) }
        return next
    }
}

/// A speakers table worked out only once it is let go, having counted a quarter of its work.
private final class HeldSpeakerTable: @unchecked Sendable {
    let release = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var runs = 0

    var timesWorkedOut: Int { lock.withLock { runs } }

    func workOut(_ corpus: Corpus, _ progress: WorkProgress) -> [SpeakerStats] {
        lock.withLock { runs += 1 }
        progress.expect(4)
        progress.advance()
        release.wait()
        return SpeakerStatistics.compute(corpus: corpus)
    }
}

/// Views over the whole archive (the speakers table) worked out in the background: the browser shows
/// how far the work has got, keys act meanwhile, and the table appears when it is ready without a key.
struct WholeArchiveViewTests {
    private func browser(_ held: HeldSpeakerTable, patience: Int) throws -> BrowserApp {
        let analysis = AnalysisCache(patience: patience) { held.workOut($0, $1) }
        let corpus = BrowserFixture.context.corpus
        let context = BrowserContext(corpus: corpus, buildingWords: { MeetingWords(corpus: $0, meeting: $1) }, analysis: analysis)
        // Quotes traced first, so that nothing else the loop waits for can redraw the screen.
        context.waitUntilQuotesAreTraced()
        return try BrowserApp(context: context, theme: .monochrome, colorsAllowed: false)
    }

    @Test func theSpeakersTableShowsItsProgressLetsKeysActAndAppearsWhenReady() throws {
        let held = HeldSpeakerTable()
        let app = try browser(held, patience: 0)
        let v = PolledInput.event(.key(.character("v")))
        // Speakers; a wait; on to the keyword view and all the way round to the speakers again; waits.
        let backend = ScriptedWaits(
            [v, .nothingYet] + Array(repeating: v, count: BrowserView.allCases.count) + Array(repeating: .nothingYet, count: 600))
        var lookWhenLetGo = 0
        backend.onLook = { look in
            if look == 3 + BrowserView.allCases.count {
                lookWhenLetGo = look
                held.release.signal()
            }
        }
        backend.endsWhen = { frames in lookWhenLetGo > 0 && frames.last?.text.contains("Distinctive words") == true }
        app.run(on: backend)
        let texts = backend.frames.map(\.text)
        let working = texts.firstIndex { $0.contains("Working out the speakers table over the whole archive… 25%") }
        #expect(working != nil, "\(texts.last ?? "")")
        // Keys act meanwhile: the next view opens, with the table still being worked out.
        #expect(texts.contains { $0.contains("keyword in context") && $0.contains("Search with / first") })
        #expect(held.timesWorkedOut == 1)
        // Once let go, the table is drawn with no key pressed: the run loop looks again and redraws.
        #expect(lookWhenLetGo > 0)
        let table = try #require(texts.lastIndex { $0.contains("Speaker") && $0.contains("Distinctive words") })
        #expect(table > (working ?? Int.max))
        #expect(!texts[table].contains("Working out"))
        #expect(app.state.view == .speakers)
    }

    @Test func aTableReadyWithinThePatienceIsShownAtOnce() throws {
        let held = HeldSpeakerTable()
        held.release.signal()
        let app = try browser(held, patience: 10_000)
        let backend = ScriptedWaits([.event(.key(.character("v")))])
        app.run(on: backend)
        #expect(!backend.frames.contains { $0.text.contains("Working out") })
        #expect(backend.frames.last?.text.contains("Distinctive words") == true)
    }

    @Test func withoutPatienceAViewWaitsForItsTable() throws {
        let held = HeldSpeakerTable()
        let app = try browser(held, patience: 0)
        app.viewPatience = nil
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { held.release.signal() }
        let backend = ScriptedWaits([.event(.key(.character("v")))])
        app.run(on: backend)
        #expect(!backend.frames.contains { $0.text.contains("Working out") })
        #expect(backend.frames.last?.text.contains("Distinctive words") == true)
    }

    @Test func theKeywordViewFindsItsLinesInTheBackgroundAndShowsThemWhenFound() throws {
        let app = try browser(HeldSpeakerTable(), patience: 0)
        let keys = "/mexico\nvv".map { PolledInput.event(.key($0 == "\n" ? .enter : .character($0))) }
        let backend = ScriptedWaits(keys + Array(repeating: .nothingYet, count: 600))
        backend.endsWhen = { frames in frames.last?.text.contains("hits for mexico") == true }
        app.run(on: backend)
        let texts = backend.frames.map(\.text)
        #expect(texts.last?.contains("keyword in context") == true)
        #expect(texts.last?.contains("hits for mexico") == true, "\(texts.last ?? "")")
        // While the lines were found, if drawing came first, the view said so.
        for frame in backend.frames where frame.row(0).contains("keyword in context") && !frame.text.contains("hits for mexico") {
            #expect(frame.text.contains("Working out every hit of \"mexico\" in context over the whole archive…"), "\(frame.text)")
        }
    }

    /// A browser on the fixture whose searches over the whole archive wait for `gate`, each counted in `searches`.
    static func appSearchingAfter(_ gate: DispatchSemaphore, counting searches: SearchCount = SearchCount()) throws -> BrowserApp {
        let analysis = AnalysisCache(
            patience: 0,
            beforeSearch: {
                searches.add()
                gate.wait()
            })
        let corpus = BrowserFixture.context.corpus
        let context = BrowserContext(corpus: corpus, buildingWords: { MeetingWords(corpus: $0, meeting: $1) }, analysis: analysis)
        context.waitUntilQuotesAreTraced()
        return try BrowserApp(context: context, theme: .monochrome, colorsAllowed: false)
    }

    /// Runs `script` on a browser whose work over the whole archive waits for `gate`, let go two looks after
    /// the script, until a frame shows `done`: the frames' texts, the first to show `working` and the first to
    /// show `done`. Between those two, the help opened and closed by the script's last keys must show.
    static func heldBack(
        _ script: [PolledInput], gate: DispatchSemaphore, counting searches: SearchCount = SearchCount(), working: String,
        done: String
    ) throws -> (texts: [String], working: Int?, done: Int?) {
        let app = try Self.appSearchingAfter(gate, counting: searches)
        let backend = ScriptedWaits(script + Array(repeating: .nothingYet, count: 600))
        backend.onLook = { look in if look == script.count + 2 { gate.signal() } }
        backend.endsWhen = { frames in frames.last?.text.contains(done) == true }
        app.run(on: backend)
        let texts = backend.frames.map(\.text)
        let (started, ended) = (texts.firstIndex { $0.contains(working) }, texts.firstIndex { $0.contains(done) })
        #expect(started != nil, "\(texts.last ?? "")")
        #expect(ended != nil, "\(texts.last ?? "")")
        if let started, let ended {
            #expect(started < ended)
            #expect(texts[started..<ended].contains { $0.contains("Esc or ? closes") })
        }
        return (texts, started, ended)
    }

    static func keys(_ text: String) -> [PolledInput] { text.map { .event(.key($0 == "\n" ? .enter : .character($0))) } }

    @Test func aSearchsTimelineIsCountedInTheBackgroundWhileKeysActAndShownWhenReady() throws {
        // Search, open the timeline, then (the count held back) look at the help and close it again.
        let run = try Self.heldBack(
            Self.keys("/mexico\nW??"), gate: DispatchSemaphore(value: 0),
            working: "Working out where \"mexico\" was said over the whole archive…", done: "\"mexico\" said at")
        // Drawn with no key pressed after the count was let go.
        #expect(run.texts.last?.contains("2017-05-18") == true, "\(run.texts.last ?? "")")
    }

    @Test func theKeywordViewReorderedIsSortedInTheBackgroundWhileKeysAct() throws {
        // The search goes through at once; the sort waits to be let go.
        let searches = SearchCount()
        let run = try Self.heldBack(
            Self.keys("/mexico\nvv") + Array(repeating: .nothingYet, count: 5) + Self.keys("o??"), gate: DispatchSemaphore(value: 1),
            counting: searches, working: "Working out every hit of \"mexico\" in context by speaker over the whole archive…",
            done: "by speaker · o to reorder")
        let found = run.texts.firstIndex { $0.contains("hits for mexico · by position") }
        #expect(found != nil && found! < (run.working ?? 0), "the hits were listed before they were reordered")
        #expect(searches.count == 2)
    }

    /// Work done while the frame saying it is under way is drawn still gets its rows drawn, with no key.
    @Test func aTimelineCountedWhileItsProgressIsDrawnIsShownWithoutAKey() throws {
        let gate = DispatchSemaphore(value: 0)
        let app = try Self.appSearchingAfter(gate)
        let keys = "/mexico\nW".map { PolledInput.event(.key($0 == "\n" ? .enter : .character($0))) }
        let backend = ScriptedWaits(keys + Array(repeating: .nothingYet, count: 30))
        var letGo = false
        backend.onDraw = { frame in
            guard !letGo, frame.text.contains("Working out where \"mexico\" was said") else { return }
            // Let the count go and give it time to finish before the frame is done with.
            letGo = true
            gate.signal()
            Thread.sleep(forTimeInterval: 0.3)
        }
        backend.endsWhen = { frames in frames.last?.text.contains("\"mexico\" said at") == true }
        app.run(on: backend)
        #expect(letGo)
        #expect(backend.frames.last?.text.contains("\"mexico\" said at") == true, "\(backend.frames.last?.text ?? "")")
    }

    /// The keyword view's lines are made from their paragraphs when drawn: resized narrower or wider, it
    /// draws what a view opened at the new size draws, and never searches again.
    @Test func theKeywordViewResizedDrawsItsLinesAtTheNewWidthWithoutSearchingAgain() throws {
        let keys = "/mexico\nvv".map { PolledInput.event(.key($0 == "\n" ? .enter : .character($0))) }
        let settle = Array(repeating: PolledInput.nothingYet, count: 5)
        func lastFrame(at size: Size, resizedTo sizes: [Size] = []) throws -> (text: String, searches: Int) {
            let searches = SearchCount()
            let app = try Self.appSearchingAfter(DispatchSemaphore(value: 100), counting: searches)
            let backend = ScriptedWaits(keys + settle + sizes.flatMap { [.event(.resize($0))] + settle })
            backend.size = size
            app.run(on: backend)
            return (backend.frames.last?.text ?? "", searches.count)
        }
        let wide = Size(width: 100, height: 24), narrow = Size(width: 84, height: 24), wider = Size(width: 160, height: 30)
        let narrowed = try lastFrame(at: wide, resizedTo: [narrow])
        #expect(narrowed.text.contains("hits for mexico"))
        #expect(narrowed.text == (try lastFrame(at: narrow).text))
        #expect(narrowed.searches == 1)
        let widened = try lastFrame(at: wide, resizedTo: [narrow, wider])
        #expect(widened.text == (try lastFrame(at: wider).text))
        #expect(widened.text != narrowed.text)
        #expect(widened.searches == 1)
    }
}

/// How many searches over the whole archive a browser started, counted on their threads.
final class SearchCount: @unchecked Sendable {
    private let lock = NSLock()
    private var started = 0

    func add() { lock.withLock { started += 1 } }
    var count: Int { lock.withLock { started } }
}
