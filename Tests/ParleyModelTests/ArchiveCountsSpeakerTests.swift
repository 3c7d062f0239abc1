import Testing

@testable import ParleyModel

/// The speaker the counts give a turn is the one its document's turns name; running text and turns past the
/// end have none.
struct ArchiveCountsSpeakerTests {
    @Test func namesEachTurnsSpeakerAndNothingElse() {
        let corpus = CorpusLoader.builtIn()
        let lookup = ArchiveCounts(corpus: corpus)
        for (d, document) in corpus.documents.enumerated() {
            for turn in document.turns {
                let number = lookup.speakerNumber(of: PassageRef(document: d, turn: turn.index, paragraph: 0))
                #expect(number.map(lookup.speakerID) == turn.speakerID)
                #expect(number == lookup.speakerNumber(of: turn.speakerID))
            }
            #expect(lookup.speakerNumber(of: PassageRef(document: d, turn: nil, paragraph: 0)) == nil)
            #expect(lookup.speakerNumber(of: PassageRef(document: d, turn: document.turns.count, paragraph: 0)) == nil)
        }
    }
}
