/// The speakers of some documents numbered once, and each of their turns' speakers as a number: counting
/// by person over an archive's hundreds of thousands of turns then indexes arrays rather than hashing ids.
/// Within a document, whose few speakers take turns, an id is told apart by comparing it with theirs.
public struct SpeakerNumbers: Sendable {
    /// Each number's speaker id, in the order first met.
    public let ids: [String]
    /// Each speaker id's number.
    public let number: [String: Int]
    /// By document index of the corpus: the speaker number of each turn, for the documents numbered
    /// (empty for the others).
    public let turns: [[Int]]

    /// Numbers the speakers of `documents` (indices of `corpus.documents`) in that order. Speakers only:
    /// no turn's text is read.
    public init(corpus: Corpus, documents: [Int]) {
        var number: [String: Int] = [:]
        var ids: [String] = []
        var turns = Array(repeating: [Int](), count: corpus.documents.count)
        for d in documents {
            var local: [(id: String, number: Int)] = []
            // Read off the document's content, not through a copy of the document and an array of its ids.
            let speakers = corpus.documents[d].content.turnSpeakers
            var numbers: [Int] = []
            numbers.reserveCapacity(speakers.count)
            for speaker in speakers {
                let id = speaker.speakerID
                if let seen = local.firstIndex(where: { $0.id == id }) {
                    numbers.append(local[seen].number)
                    continue
                }
                let p: Int
                if let known = number[id] {
                    p = known
                } else {
                    p = ids.count
                    number[id] = p
                    ids.append(id)
                }
                local.append((id, p))
                numbers.append(p)
            }
            turns[d] = numbers
        }
        self.ids = ids
        self.number = number
        self.turns = turns
    }
}
