import ParleyModel
import Testing

@testable import ParleyUI

/// The turn counts the speaker bar shows, made once from the speakers of every turn, are what counting a
/// meeting's turns gives, for the built-in corpus and for an archive where people speak in some meetings only.
struct BrowserContextTests {
    @Test func turnCountsAreEachPersonsTurnsInEachMeeting() {
        for context in [BrowserContext(corpus: CorpusLoader.builtIn()), ArchiveFixture.context] {
            let corpus = context.corpus
            var total: [String: Int] = [:]
            for person in corpus.people {
                for m in corpus.meetings.indices {
                    let counted = corpus.turns(of: corpus.meetings[m]).filter { $0.turn.speakerID == person.id }.count
                    #expect(context.turnCount(person: person.id, meeting: m) == counted, "\(person.id) in \(corpus.meetings[m].id)")
                    total[person.id, default: 0] += counted
                }
            }
            #expect(Set(context.speakers.map(\.id)) == Set(total.filter { $0.value > 0 }.keys))
            let officials = context.speakers.filter { $0.kind == .official }.map { total[$0.id] ?? 0 }
            #expect(officials == officials.sorted(by: >), "officials first, most turns first")
        }
    }
}
