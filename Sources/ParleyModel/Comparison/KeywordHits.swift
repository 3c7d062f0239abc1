import Foundation

/// Every hit of a query across a corpus, held as where each stands and which words are around it rather
/// than as lines of text: a word found a million times holds a few dozen bytes a hit, not a kilobyte, and its
/// lines are made when they are shown, at whatever width there is (`line(_:in:width:)`). The hits of
/// `Concordance.lines`, in the orders of `Concordance.sorted`.
public final class KeywordHits: @unchecked Sendable {
    /// One hit: its place, who spoke it, and which of its paragraph's words stand before and after it.
    public struct Hit: Sendable, Hashable {
        private let document: Int32
        private let turn: Int32
        private let paragraph: Int32
        private let start: Int32
        private let end: Int32
        /// An index of `speakerIDs`, or -1 outside a turn.
        fileprivate let speaker: Int32
        /// The words of the hit's paragraph before it end at `leftEnd` in `contextWords`, nearest last; those
        /// after it start at `rightStart`.
        fileprivate let leftEnd: Int32
        fileprivate let wordsBefore: Int32
        fileprivate let rightStart: Int32
        fileprivate let wordsAfter: Int32

        fileprivate init(_ hit: SearchHit, speaker: Int, leftEnd: Int, wordsBefore: Int, rightStart: Int, wordsAfter: Int) {
            document = Int32(hit.ref.document)
            turn = Int32(hit.ref.turn ?? -1)
            paragraph = Int32(hit.ref.paragraph)
            start = Int32(hit.range.lowerBound)
            end = Int32(hit.range.upperBound)
            self.speaker = Int32(speaker)
            self.leftEnd = Int32(leftEnd)
            self.wordsBefore = Int32(wordsBefore)
            self.rightStart = Int32(rightStart)
            self.wordsAfter = Int32(wordsAfter)
        }

        public var ref: PassageRef { PassageRef(document: Int(document), turn: turn < 0 ? nil : Int(turn), paragraph: Int(paragraph)) }
        /// `Character` offsets of the hit in its paragraph's text.
        public var range: Range<Int> { Int(start)..<Int(end) }
    }

    /// In reading order: a hit's index is its position.
    public let hits: [Hit]
    private let speakerIDs: [String]
    private let meetingOfDocument: [Int: String]
    /// The folded words of each paragraph with a hit, one after another, each paragraph's once for all its
    /// hits; each word as its place in the order of the words' text, from 1: 0 stands for no word, which sorts
    /// before every word, as a shorter context does.
    private let contextWords: [UInt32]
    private let lock = NSLock()
    /// Guarded by `lock`: each order once made.
    private var orders: [ConcordanceSort: [Int]] = [:]

    /// Every hit of `query` in `corpus`, a batch of documents at a time on all cores: of a document read back
    /// from the store only the paragraphs with a hit are read, and none is kept.
    public init(query: SearchQuery, corpus: Corpus) {
        let search = corpus.documentSearch(for: query, in: Array(corpus.documents.indices))
        var hits: [Hit] = []
        var speakerNumbers: [String: Int] = [:]
        var speakerIDs: [String] = []
        var words = WordNumbering()
        var contextWords: [UInt32] = []
        for batch in search.batches {
            for part in search.hits(in: batch, DocumentPart.init) {
                // A document's words are numbered apart, on its own core; here only its distinct words are looked up.
                let number = words.numbers(of: part.words)
                let base = contextWords.count
                contextWords += part.paragraphWords.lazy.map { number[Int($0)] }
                for hit in part.hits {
                    var speaker = -1
                    if let id = hit.speakerID {
                        speaker = speakerNumbers[id] ?? speakerIDs.count
                        if speaker == speakerIDs.count {
                            speakerIDs.append(id)
                            speakerNumbers[id] = speaker
                        }
                    }
                    hits.append(
                        Hit(
                            hit.hit, speaker: speaker, leftEnd: base + hit.leftEnd, wordsBefore: hit.wordsBefore,
                            rightStart: base + hit.rightStart, wordsAfter: hit.wordsAfter))
                }
            }
        }
        // Ranked as `String`s compare, as `Concordance.sorted` compares the words: only the distinct words are made.
        let texts = (0..<words.count).map(words.string)
        var wordRanks = [UInt32](repeating: 0, count: texts.count)
        for (rank, word) in texts.indices.sorted(by: { texts[$0] < texts[$1] }).enumerated() { wordRanks[word] = UInt32(rank + 1) }
        self.hits = hits
        self.speakerIDs = speakerIDs
        // Made anew rather than in place: the array grown a document at a time holds up to twice its words.
        self.contextWords = contextWords.map { wordRanks[Int($0)] }
        meetingOfDocument = Dictionary(
            corpus.meetings.flatMap { m in m.documentIndices.map { ($0, m.id) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The person whose turn the hit is in; nil in a document that is not a transcript.
    public func speakerID(of hit: Hit) -> String? { hit.speaker < 0 ? nil : speakerIDs[Int(hit.speaker)] }

    public func meetingID(of hit: Hit) -> String? { meetingOfDocument[hit.ref.document] }

    /// The hit's line with `width` characters of context each side, from its paragraph's text: what
    /// `Concordance.lines` makes at that width.
    public func line(_ hit: Hit, in text: [Character], width: Int) -> (left: String, hit: String, right: String) {
        Concordance.line(text, range: hit.range, before: width, after: width)
    }

    /// Indices of `hits` in the order `sort` gives, made the first time it is asked for.
    public func order(_ sort: ConcordanceSort) -> [Int] {
        if let made = lock.withLock({ orders[sort] }) { return made }
        let made: [Int]
        switch sort {
        case .position: made = Array(hits.indices)
        case .speaker: made = orderBySpeaker()
        case .left: made = orderByContext(left: true)
        case .right: made = orderByContext(left: false)
        }
        lock.withLock { orders[sort] = made }
        return made
    }

    /// By speaker id, then position; hits outside turns last.
    private func orderBySpeaker() -> [Int] {
        var rank = [Int](repeating: 0, count: speakerIDs.count)
        for (r, s) in speakerIDs.indices.sorted(by: { speakerIDs[$0] < speakerIDs[$1] }).enumerated() { rank[s] = r }
        let keys = hits.map { $0.speaker < 0 ? speakerIDs.count : rank[Int($0.speaker)] }
        return hits.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }

    /// By the words next to the hit, nearest first, then position: sorted on the first four words' ranks packed
    /// into one key, then each run of hits alike in those on the next four, and so on. A run of hits whose
    /// contexts are alike to the end (an archive that repeats a paragraph) is gone through once, not compared
    /// word by word at every step of a sort.
    private func orderByContext(left: Bool) -> [Int] {
        var order = Array(hits.indices)
        sortByContext(&order, order.indices, from: 0, left: left)
        return order
    }

    private static let depth = 4

    private func sortByContext(_ order: inout [Int], _ range: Range<Int>, from depth: Int, left: Bool) {
        let keyed = order[range].map { (key: contextKey(hits[$0], from: depth, left: left), hit: $0) }
            .sorted { ($0.key.0, $0.key.1, $0.hit) < ($1.key.0, $1.key.1, $1.hit) }
        for (k, entry) in keyed.enumerated() { order[range.lowerBound + k] = entry.hit }
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
            let next = depth + Self.depth
            if end - start > 1, keyed[start..<end].contains(where: { contextCount(hits[$0.hit], left: left) > next }) {
                sortByContext(&order, (range.lowerBound + start)..<(range.lowerBound + end), from: next, left: left)
            }
            start = end
        }
    }

    private func contextCount(_ hit: Hit, left: Bool) -> Int { Int(left ? hit.wordsBefore : hit.wordsAfter) }

    /// The ranks of the context's words `depth` to `depth + 3`, nearest first, two of 32 bits in each half
    /// of the key, the nearest highest; 0 where the context has ended.
    private func contextKey(_ hit: Hit, from depth: Int, left: Bool) -> (UInt64, UInt64) {
        var key: (UInt64, UInt64) = (0, 0)
        let count = contextCount(hit, left: left)
        var k = depth
        while k < min(count, depth + Self.depth) {
            let rank = UInt64(contextWords[Int(left ? Int(hit.leftEnd) - 1 - k : Int(hit.rightStart) + k)])
            let shifted = rank << ((k - depth) % 2 == 0 ? 32 : 0)
            if k - depth < 2 { key.0 |= shifted } else { key.1 |= shifted }
            k += 1
        }
        return key
    }
}

/// One document's hits with their paragraphs' words, numbered within the document: made on the search's
/// cores, then numbered across the corpus as each batch is gathered.
private struct DocumentPart: Sendable {
    struct PartHit: Sendable {
        var hit: SearchHit
        var speakerID: String?
        /// Where the words before the hit end and those after it start in `paragraphWords`, and how many.
        var leftEnd: Int
        var wordsBefore: Int
        var rightStart: Int
        var wordsAfter: Int
    }

    var hits: [PartHit] = []
    /// The document's distinct folded words with a hit's paragraph, in the order first met.
    var words = WordNumbering(capacity: 2048) // a long transcript's distinct words
    /// The words of each paragraph with a hit, one after another, as numbers of `words`.
    var paragraphWords: [UInt32] = []

    init(_ found: DocumentHits) {
        var read: (ref: PassageRef, ranges: [Range<Int>], start: Int)? = nil
        for hit in found.hits {
            if read?.ref != hit.ref {
                let paragraph = found.paragraph(hit.ref)
                var ranges: [Range<Int>] = []
                let start = paragraphWords.count
                // The words of `SearchIndex.tokens(of:)`.
                Tokenizer.forEachFoldedWord(in: paragraph.text, skipping: paragraph.noteRanges) { folded, range in
                    paragraphWords.append(words.number(folded))
                    ranges.append(range)
                }
                read = (hit.ref, ranges, start)
            }
            let (_, ranges, start) = read!
            // Words stand in order and apart: those before the hit are a prefix, those after a suffix.
            let before = ranges.prefix { $0.upperBound <= hit.range.lowerBound }.count
            let after = ranges.reversed().prefix { $0.lowerBound >= hit.range.upperBound }.count
            hits.append(
                PartHit(
                    hit: hit, speakerID: hit.ref.turn.map { found.turns[$0].speakerID }, leftEnd: start + before, wordsBefore: before,
                    rightStart: start + ranges.count - after, wordsAfter: after))
        }
    }
}
