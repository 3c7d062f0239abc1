/// Who speaks a turn, known without reading the turns: each document's speakers are taken from its
/// outline the first time one of its turns is asked about, and kept for the next.
struct TurnSpeakerLookup {
    let corpus: Corpus
    private var byDocument: [Int: [String]] = [:]

    init(corpus: Corpus) { self.corpus = corpus }

    /// The speaker's id; nil for a paragraph outside turns or a turn the document does not have.
    mutating func speaker(of ref: PassageRef) -> String? {
        guard let turn = ref.turn else { return nil }
        if byDocument[ref.document] == nil { byDocument[ref.document] = corpus.documents[ref.document].speakerIDs }
        let speakers = byDocument[ref.document]!
        return speakers.indices.contains(turn) ? speakers[turn] : nil
    }
}
