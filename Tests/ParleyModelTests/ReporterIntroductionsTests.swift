import Foundation
import Testing

@testable import ParleyModel

/// Reporters found ahead of resolving, on all cores, are the ones the resolver would find asking turn by turn.
struct ReporterIntroductionsTests {
    private static func corpora() -> [Corpus] {
        [CorpusLoader.builtIn(), CorpusLoader.build(sources: TranscriptFixtures.names.map { ($0, TranscriptFixtures.text($0)) })]
    }

    @Test func everyTurnGetsTheAnswerAskingItAloneGives() {
        var found = 0
        for corpus in Self.corpora() {
            let ahead = ReporterIntroductions(
                documents: corpus.documents, meetings: corpus.meetings, speakers: SpeakersFile(entries: []),
                turns: { corpus.documents[$0].turns }, isModeratorLabel: TurnLabel.isModerator)
            for (d, document) in corpus.documents.enumerated() where document.kind == .transcript {
                for (t, turn) in document.turns.enumerated() {
                    let introduced = turn.paragraphs.first.flatMap { ReporterFinder.selfIntroduction(in: $0.text) }
                    #expect(ahead.selfIntroduction(document: d, turn: t, in: turn) == introduced, "\(document.fileName) turn \(t)")
                    for moderating in [false, true] {
                        let named = turn.paragraphs.reduce(nil) { last, p in
                            ReporterFinder.reporter(in: p.text, moderating: moderating) ?? last
                        }
                        #expect(
                            ahead.reporter(document: d, turn: t, in: turn, moderating: moderating) == named,
                            "\(document.fileName) turn \(t)")
                        if named != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found > 5, "the corpora name reporters")
    }
}
