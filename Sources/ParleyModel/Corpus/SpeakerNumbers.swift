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
            turns[d] = corpus.documents[d].speakerIDs.map { speaker in
                if let seen = local.first(where: { $0.id == speaker }) { return seen.number }
                let p: Int
                if let known = number[speaker] {
                    p = known
                } else {
                    p = ids.count
                    number[speaker] = p
                    ids.append(speaker)
                }
                local.append((speaker, p))
                return p
            }
        }
        self.ids = ids
        self.number = number
        self.turns = turns
    }
}
