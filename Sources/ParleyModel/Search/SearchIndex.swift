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
        self.init(corpus.allPassages())
    }

    /// Only these paragraphs of the corpus (ones the store's index says can match), in the order given.
    public init(corpus: Corpus, passages refs: [PassageRef]) {
        corpus.readContent(of: Set(refs.map(\.document)).filter(corpus.documents.indices.contains).sorted())
        self.init(refs.filter(corpus.contains).map { ($0, corpus.paragraph($0)) })
    }

    private init(_ all: [(ref: PassageRef, paragraph: Paragraph)]) {
        // Paragraphs are tokenised apart, on all cores.
        self.tokens = all.parallelMap(chunk: 64) { SearchIndex.tokens(of: $0.paragraph) }
        self.passages = all.map(\.ref)
        var position: [PassageRef: Int] = [:]
        for (i, ref) in self.passages.enumerated() { position[ref] = i }
        self.position = position
    }

    /// The paragraph's word tokens, leaving out transcriber notes.
    public static func tokens(of paragraph: Paragraph) -> [Token] {
        Tokenizer.tokens(in: paragraph.text, skipping: paragraph.noteRanges)
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
