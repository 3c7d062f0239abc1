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
                documents: corpus.documents, meetings: corpus.meetings, speakers: SpeakersFile(entries: []), readAhead: [],
                turns: { corpus.documents[$0].turns })
            for (d, document) in corpus.documents.enumerated() where document.kind == .transcript {
                for (t, turn) in document.turns.enumerated() {
                    let introduced = turn.paragraphs.first.flatMap { ReporterFinder.selfIntroduction(in: $0.text) }
                    #expect(ahead.selfIntroduction(document: d, turn: t) == introduced, "\(document.fileName) turn \(t)")
                    for moderating in [false, true] {
                        let named = turn.paragraphs.reduce(nil) { last, p in
                            ReporterFinder.reporter(in: p.text, moderating: moderating) ?? last
                        }
                        #expect(
                            ahead.reporter(document: d, turn: t, moderating: moderating) == named,
                            "\(document.fileName) turn \(t)")
                        if named != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found > 5, "the corpora name reporters")
    }

    /// Readings made before the document's meeting is known answer every turn the resolver asks about as
    /// the ones made knowing it, whatever entries `speakers.toml` has for which meetings.
    @Test func readingsMadeBeforeTheMeetingIsKnownAnswerAsTheOnesMadeAfter() {
        let entries = [
            SpeakersFile.Entry(id: "chair", name: "The Chair", role: nil, kind: .moderator, labels: ["MS. NAUERT"], meeting: nil),
            SpeakersFile.Entry(id: "q-host", name: "Host", role: nil, kind: .moderator, labels: ["QUESTION"], meeting: "2017-05"),
            SpeakersFile.Entry(
                id: "kelly", name: "John Kelly", role: nil, kind: .official, labels: ["SECRETARY KELLY"], meeting: "2017-02"),
        ]
        var asked = 0
        for corpus in Self.corpora() {
            for speakers in [SpeakersFile(entries: []), SpeakersFile(entries: entries)] {
                for meeting in corpus.meetings {
                    for d in meeting.documentIndices where corpus.documents[d].kind == .transcript {
                        let turns = corpus.documents[d].turns
                        let known = TurnReadings(turns: turns, speakers: speakers, meetingID: meeting.id)
                        let ahead = TurnReadings(turns: turns, speakers: speakers, meetingID: nil)
                        #expect(ahead.heads == known.heads)
                        for t in turns.indices {
                            if let read = known.selfIntroduction(turn: t) {
                                #expect(ahead.selfIntroduction(turn: t) == .some(read), "\(corpus.documents[d].fileName) turn \(t)")
                                asked += 1
                            }
                            for moderating in [false, true] {
                                if let read = known.reporter(turn: t, moderating: moderating) {
                                    #expect(ahead.reporter(turn: t, moderating: moderating) == .some(read))
                                    asked += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(asked > 100)
    }
}
