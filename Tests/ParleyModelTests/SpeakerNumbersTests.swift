import Testing

@testable import ParleyModel

struct SpeakerNumbersTests {
    @Test func eachTurnsNumberNamesItsSpeakerAndEachSpeakerIsNumberedOnceInTheOrderMet() {
        let corpus = CorpusLoader.builtIn()
        let transcripts = corpus.meetings.flatMap { corpus.transcripts(of: $0) }
        #expect(transcripts.count >= 2)
        let numbers = SpeakerNumbers(corpus: corpus, documents: transcripts)
        for d in transcripts {
            #expect(numbers.turns[d].map { numbers.ids[$0] } == corpus.documents[d].speakerIDs)
        }
        var met: [String] = []
        for d in transcripts {
            for id in corpus.documents[d].speakerIDs where !met.contains(id) { met.append(id) }
        }
        #expect(numbers.ids == met)
        #expect(numbers.ids.enumerated().allSatisfy { numbers.number[$1] == $0 })
        for d in corpus.documents.indices where !transcripts.contains(d) { #expect(numbers.turns[d].isEmpty) }
    }
}
