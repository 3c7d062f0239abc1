import Testing

@testable import ParleyModel

/// The speaker looked up for a turn is the one its document's turns name; running text and turns past the
/// end have none.
struct TurnSpeakerLookupTests {
    @Test func namesEachTurnsSpeakerAndNothingElse() {
        let corpus = CorpusLoader.builtIn()
        var lookup = TurnSpeakerLookup(corpus: corpus)
        for (d, document) in corpus.documents.enumerated() {
            for turn in document.turns {
                #expect(lookup.speaker(of: PassageRef(document: d, turn: turn.index, paragraph: 0)) == turn.speakerID)
            }
            #expect(lookup.speaker(of: PassageRef(document: d, turn: nil, paragraph: 0)) == nil)
            #expect(lookup.speaker(of: PassageRef(document: d, turn: document.turns.count, paragraph: 0)) == nil)
        }
    }
}
