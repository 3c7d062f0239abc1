import Foundation
import Testing

@testable import ParleyModel
@testable import ParleyUI

/// A pane over a meeting read back from the corpus store reads only the documents whose turns it shows:
/// a meeting of many transcripts opens at the cost of its first screen.
struct PaneLayoutReadingTests {
    static func transcript(_ n: Int) -> String {
        """
        Remarks in Springfield, part \(n)
        Springfield, Illinois
        March 3, 2020

        MAYOR QUIMBY: Part \(n) begins. The bridge will reopen on Monday.

        CHIEF WIGGUM: Glad to be here for part \(n).

        MAYOR QUIMBY: That is all for part \(n).
        """
    }

    @Test func showingTheFirstTurnsReadsOnlyTheirDocument() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-pane-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for n in 1...6 { try Data(Self.transcript(n).utf8).write(to: folder.appendingPathComponent("part-\(n).txt")) }
        let cache = CorpusCacheSetting.folder(root.appendingPathComponent("cache"))
        _ = CorpusLoader.load(paths: [folder.path], cache: cache)
        let corpus = CorpusLoader.load(paths: [folder.path], cache: cache)
        #expect(corpus.parsedFileCount == 0)
        let m = try #require(corpus.meetings.firstIndex { corpus.transcripts(of: $0).count == 6 })
        let context = BrowserContext(corpus: corpus)
        let layout = context.layout(meeting: m, speaker: nil, width: 60, query: nil)
        #expect(layout.turns.count == 18)
        let loaded = { corpus.transcripts(of: corpus.meetings[m]).filter { corpus.documents[$0].content.isLoaded }.count }
        #expect(loaded() == 0)
        #expect(layout.turnLines(0).lines.count > 1)
        _ = layout.turnLines(2)
        #expect(loaded() == 1, "the three turns on screen are all in the first document")
        #expect(layout.turn(3).paragraphs.first?.text == "Part 2 begins. The bridge will reopen on Monday.")
        #expect(loaded() == 2)
        #expect(layout.turns.map(\.speakerID) == corpus.turns(of: corpus.meetings[m]).map(\.turn.speakerID))
    }
}
