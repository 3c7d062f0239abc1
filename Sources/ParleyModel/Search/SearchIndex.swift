import Dispatch

/// One place a query matched.
public struct SearchHit: Sendable, Hashable {
    public var ref: PassageRef
    /// `Character` offsets in the paragraph's text.
    public var range: Range<Int>
}

/// The words of every paragraph, tokenised once so that each search is a scan of tokens, not of text.
public struct SearchIndex: Sendable {
    public let passages: [PassageRef]
    public let tokens: [[Token]]
    private let position: [PassageRef: Int]

    public init(corpus: Corpus) {
        let all = corpus.allPassages()
        let passages = all.map(\.ref)
        // Paragraphs are tokenised apart, on all cores, each into its own slot.
        let slots = UnsafeMutableBufferPointer<[Token]>.allocate(capacity: all.count)
        slots.initialize(repeating: [])
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let shared = slots
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (all.count + chunk - 1) / chunk) { c in
            for i in (c * chunk)..<min(all.count, (c + 1) * chunk) { shared[i] = SearchIndex.tokens(of: all[i].paragraph) }
        }
        self.passages = passages
        self.tokens = Array(slots)
        var position: [PassageRef: Int] = [:]
        for (i, ref) in passages.enumerated() { position[ref] = i }
        self.position = position
    }

    /// The paragraph's word tokens, leaving out transcriber notes.
    public static func tokens(of paragraph: Paragraph) -> [Token] {
        Tokenizer.tokens(in: paragraph.text, skipping: paragraph.runs.filter { $0.kind == .note }.map(\.range))
    }

    public func tokens(of ref: PassageRef) -> [Token] {
        guard let i = position[ref] else { return [] }
        return tokens[i]
    }

    /// Every hit in reading order (documents in corpus order).
    public func hits(for query: SearchQuery, where include: (PassageRef) -> Bool = { _ in true }) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        var out: [SearchHit] = []
        for (i, ref) in passages.enumerated() where include(ref) {
            for range in query.matches(in: tokens[i]) {
                out.append(SearchHit(ref: ref, range: range))
            }
        }
        return out
    }
}
