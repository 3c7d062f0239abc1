import Foundation

/// Every hit of a query across a corpus, held as where each stands and who spoke it rather than as lines of
/// text: a word found a million times holds a few dozen bytes a hit, not a kilobyte, and its lines are made
/// when they are shown, at whatever width there is (`line(_:in:width:)`). The hits of `Concordance.lines`, in
/// the orders of `Concordance.sorted`.
public final class KeywordHits: @unchecked Sendable {
    /// One hit: its place, and who spoke it.
    public struct Hit: Sendable, Hashable {
        private let document: Int32
        private let turn: Int32
        private let paragraph: Int32
        private let start: Int32
        private let end: Int32
        /// An index of `speakerIDs`, or -1 outside a turn.
        fileprivate let speaker: Int32

        fileprivate init(_ hit: SearchHit, speaker: Int) {
            document = Int32(hit.ref.document)
            turn = Int32(hit.ref.turn ?? -1)
            paragraph = Int32(hit.ref.paragraph)
            start = Int32(hit.range.lowerBound)
            end = Int32(hit.range.upperBound)
            self.speaker = Int32(speaker)
        }

        public var ref: PassageRef { PassageRef(document: Int(document), turn: turn < 0 ? nil : Int(turn), paragraph: Int(paragraph)) }
        /// `Character` offsets of the hit in its paragraph's text.
        public var range: Range<Int> { Int(start)..<Int(end) }
    }

    /// In reading order: a hit's index is its position.
    public let hits: [Hit]
    private let speakerIDs: [String]
    private let meetingOfDocument: [Int: String]
    /// What the hits are of, to read their paragraphs' words again when an order by them is asked for.
    private let query: SearchQuery
    private let corpus: Corpus
    private let lock = NSLock()
    /// Guarded by `lock`: each order once made.
    private var orders: [ConcordanceSort: [Int]] = [:]
    /// Held while the words around the hits are read, so that orders by the left and by the right asked for
    /// at once wait for one reading rather than make two; `lock` is not held meanwhile.
    private let contextsLock = NSLock()

    /// Every hit of `query` in `corpus`, a batch of documents at a time on all cores: of a document read back
    /// from the store only the paragraphs with a hit are read, and none is kept. When `sorts` holds an order
    /// by the words around the hits, those words are read with the hits and that order made at once; made
    /// later, such an order reads the hits' paragraphs again.
    public init(query: SearchQuery, corpus: Corpus, readyFor sorts: Set<ConcordanceSort> = []) {
        let found = Self.find(query, in: corpus, withContexts: sorts.contains(.left) || sorts.contains(.right))
        hits = found.hits
        speakerIDs = found.speakerIDs
        self.query = query
        self.corpus = corpus
        meetingOfDocument = Dictionary(
            corpus.meetings.flatMap { m in m.documentIndices.map { ($0, m.id) } }, uniquingKeysWith: { a, _ in a })
        if let contexts = found.contexts { orders = Self.ordersByContext(contexts, sorts) }
    }

    /// The hits in reading order, the ids of who spoke them, and with `withContexts` the words around them.
    private static func find(
        _ query: SearchQuery, in corpus: Corpus, withContexts: Bool
    ) -> (hits: [Hit], speakerIDs: [String], contexts: HitContexts?) {
        let search = corpus.documentSearch(for: query, in: Array(corpus.documents.indices))
        var hits: [Hit] = []
        var speakerNumbers: [String: Int] = [:]
        var speakerIDs: [String] = []
        var contexts = HitContexts()
        for batch in search.batches {
            for part in search.hits(in: batch, { KeywordHitPart($0, withWords: withContexts) }) {
                if withContexts { contexts.append(part) }
                for hit in part.hits {
                    var speaker = -1
                    if let id = hit.speakerID {
                        speaker = speakerNumbers[id] ?? speakerIDs.count
                        if speaker == speakerIDs.count {
                            speakerIDs.append(id)
                            speakerNumbers[id] = speaker
                        }
                    }
                    hits.append(Hit(hit.hit, speaker: speaker))
                }
            }
        }
        guard withContexts else { return (hits, speakerIDs, nil) }
        contexts.rankWords()
        return (hits, speakerIDs, contexts)
    }

    /// The orders by context among `sorts`, from one reading of the words around the hits.
    private static func ordersByContext(_ contexts: HitContexts, _ sorts: Set<ConcordanceSort>) -> [ConcordanceSort: [Int]] {
        var orders: [ConcordanceSort: [Int]] = [:]
        if sorts.contains(.left) { orders[.left] = contexts.order(left: true) }
        if sorts.contains(.right) { orders[.right] = contexts.order(left: false) }
        return orders
    }

    /// The person whose turn the hit is in; nil in a document that is not a transcript.
    public func speakerID(of hit: Hit) -> String? { hit.speaker < 0 ? nil : speakerIDs[Int(hit.speaker)] }

    public func meetingID(of hit: Hit) -> String? { meetingOfDocument[hit.ref.document] }

    /// The hit's line with `width` characters of context each side, from its paragraph's text: what
    /// `Concordance.lines` makes at that width.
    public func line(_ hit: Hit, in text: [Character], width: Int) -> (left: String, hit: String, right: String) {
        Concordance.line(text, range: hit.range, before: width, after: width)
    }

    /// Indices of `hits` in the order `sort` gives, made the first time it is asked for. By the words around
    /// the hits, the first such order reads the hits' paragraphs again, and makes the other one too.
    public func order(_ sort: ConcordanceSort) -> [Int] {
        if let made = lock.withLock({ orders[sort] }) { return made }
        var made: [ConcordanceSort: [Int]]
        switch sort {
        case .position: made = [sort: Array(hits.indices)]
        case .speaker: made = [sort: orderBySpeaker()]
        case .left, .right:
            contextsLock.lock()
            defer { contextsLock.unlock() }
            if let made = lock.withLock({ orders[sort] }) { return made }
            let again = Self.find(query, in: corpus, withContexts: true)
            // The same corpus gives the same hits; were it not so, reading order rather than another's.
            guard let contexts = again.contexts, contexts.count == hits.count else { return Array(hits.indices) }
            // A reader who sorts by one side often turns to the other next.
            made = Self.ordersByContext(contexts, [.left, .right])
        }
        return lock.withLock {
            orders.merge(made) { kept, _ in kept }
            return orders[sort]!
        }
    }

    /// By speaker id, then position; hits outside turns last.
    private func orderBySpeaker() -> [Int] {
        var rank = [Int](repeating: 0, count: speakerIDs.count)
        for (r, s) in speakerIDs.indices.sorted(by: { speakerIDs[$0] < speakerIDs[$1] }).enumerated() { rank[s] = r }
        let keys = hits.map { $0.speaker < 0 ? speakerIDs.count : rank[Int($0.speaker)] }
        return hits.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }
}
