/// One document's keyword hits, made on the search's cores: each hit with who spoke it, and when the words
/// around the hits are wanted, its paragraphs' words, numbered within the document, and where each hit stands
/// among them. Joined across the corpus as each batch is gathered.
struct KeywordHitPart: Sendable {
    struct PartHit: Sendable {
        var hit: SearchHit
        var speakerID: String?
    }

    /// Where a hit's words stand among its paragraph's: those before it end at `leftEnd`, nearest last,
    /// those after it start at `rightStart`; and how many there are of each.
    struct Span: Sendable {
        var leftEnd: Int32
        var wordsBefore: Int32
        var rightStart: Int32
        var wordsAfter: Int32
    }

    var hits: [PartHit] = []
    /// With the words wanted: each hit's span in `paragraphWords`, in the order of `hits`.
    var spans: [Span] = []
    /// With the words wanted: the document's distinct folded words with a hit's paragraph, in the order first met.
    var words = WordNumbering()
    /// With the words wanted: the words of each paragraph with a hit, one after another, as numbers of `words`.
    var paragraphWords: [UInt32] = []

    init(_ found: DocumentHits, withWords: Bool) {
        hits = found.hits.map { PartHit(hit: $0, speakerID: $0.ref.turn.map { found.turns[$0].speakerID }) }
        guard withWords else { return }
        words = WordNumbering(capacity: 2048) // a long transcript's distinct words
        found.forEachParagraph { paragraph, hits in
            var ranges: [Range<Int>] = []
            let start = paragraphWords.count
            // The words of `SearchIndex.tokens(of:)`.
            Tokenizer.forEachFoldedWord(in: paragraph.text, skipping: paragraph.noteRanges) { folded, range in
                paragraphWords.append(words.number(folded))
                ranges.append(range)
            }
            for hit in hits {
                // Words stand in order and apart: those before the hit are a prefix, those after a suffix.
                let before = ranges.prefix { $0.upperBound <= hit.range.lowerBound }.count
                let after = ranges.reversed().prefix { $0.lowerBound >= hit.range.upperBound }.count
                spans.append(
                    Span(
                        leftEnd: Int32(start + before), wordsBefore: Int32(before),
                        rightStart: Int32(start + ranges.count - after), wordsAfter: Int32(after)))
            }
        }
    }
}
