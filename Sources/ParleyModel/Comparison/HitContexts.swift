/// The words around each of a query's hits, to put the hits in order of the words before or after them: the
/// folded words of every paragraph with a hit, each paragraph's once for all its hits, and where each hit's
/// words stand among them. It holds several times what the hits themselves hold, so `KeywordHits` makes it
/// only when such an order is asked for, and lets it go once the orders are made.
struct HitContexts {
    /// The words, one paragraph after another: each as its number in `numbering` while parts are appended,
    /// then as its place in the order of the words' text, from 1 (`rankWords`); 0 stands for no word, which
    /// sorts before every word, as a shorter context does.
    private var words: [UInt32] = []
    /// Each hit's words, in the order of the hits.
    private var spans: [KeywordHitPart.Span] = []
    private var numbering = WordNumbering()

    /// How many hits.
    var count: Int { spans.count }

    /// Appends a document's hits and words, in reading order.
    mutating func append(_ part: KeywordHitPart) {
        // A document's words are numbered apart, on its own core; here only its distinct words are looked up.
        let number = numbering.numbers(of: part.words)
        let base = Int32(words.count)
        words += part.paragraphWords.lazy.map { number[Int($0)] }
        spans += part.spans.lazy.map {
            KeywordHitPart.Span(
                leftEnd: base + $0.leftEnd, wordsBefore: $0.wordsBefore, rightStart: base + $0.rightStart, wordsAfter: $0.wordsAfter)
        }
    }

    /// Puts each word's place in the order of the words' text for its number; once, after the last part.
    mutating func rankWords() {
        // Ranked as `String`s compare, as `Concordance.sorted` compares the words: only the distinct words are made.
        let texts = (0..<numbering.count).map(numbering.string)
        var ranks = [UInt32](repeating: 0, count: texts.count)
        for (rank, word) in texts.indices.sorted(by: { texts[$0] < texts[$1] }).enumerated() { ranks[word] = UInt32(rank + 1) }
        // Made anew rather than in place: the array grown a document at a time holds up to twice its words.
        words = words.map { ranks[Int($0)] }
        numbering = WordNumbering()
    }

    /// Indices of the hits by the words next to them, nearest first, then position: sorted on the first four
    /// words' ranks packed into one key, then each run of hits alike in those on the next four, and so on. A
    /// run of hits whose contexts are alike to the end (an archive that repeats a paragraph) is gone through
    /// once, not compared word by word at every step of a sort.
    func order(left: Bool) -> [Int] {
        var order = Array(spans.indices)
        sortByContext(&order, order.indices, from: 0, left: left)
        return order
    }

    private static let depth = 4

    private func sortByContext(_ order: inout [Int], _ range: Range<Int>, from depth: Int, left: Bool) {
        let keyed = order[range].map { (key: contextKey(spans[$0], from: depth, left: left), hit: $0) }
            .sorted { ($0.key.0, $0.key.1, $0.hit) < ($1.key.0, $1.key.1, $1.hit) }
        for (k, entry) in keyed.enumerated() { order[range.lowerBound + k] = entry.hit }
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
            let next = depth + Self.depth
            if end - start > 1, keyed[start..<end].contains(where: { contextCount(spans[$0.hit], left: left) > next }) {
                sortByContext(&order, (range.lowerBound + start)..<(range.lowerBound + end), from: next, left: left)
            }
            start = end
        }
    }

    private func contextCount(_ span: KeywordHitPart.Span, left: Bool) -> Int { Int(left ? span.wordsBefore : span.wordsAfter) }

    /// The ranks of the context's words `depth` to `depth + 3`, nearest first, two of 32 bits in each half
    /// of the key, the nearest highest; 0 where the context has ended.
    private func contextKey(_ span: KeywordHitPart.Span, from depth: Int, left: Bool) -> (UInt64, UInt64) {
        var key: (UInt64, UInt64) = (0, 0)
        let count = contextCount(span, left: left)
        var k = depth
        while k < min(count, depth + Self.depth) {
            let rank = UInt64(words[Int(left ? Int(span.leftEnd) - 1 - k : Int(span.rightStart) + k)])
            let shifted = rank << ((k - depth) % 2 == 0 ? 32 : 0)
            if k - depth < 2 { key.0 |= shifted } else { key.1 |= shifted }
            k += 1
        }
        return key
    }
}
