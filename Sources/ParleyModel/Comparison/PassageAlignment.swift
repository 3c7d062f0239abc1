import Foundation

/// A paragraph of one meeting paired with a similar paragraph of another, for one speaker.
public struct AlignedPair: Sendable, Hashable, Codable {
    public var left: PassageRef
    public var right: PassageRef
    /// TF-IDF cosine similarity, 0…1.
    public var similarity: Double
    /// The shared words (commonest written form per stem), by their contribution to the similarity.
    public var sharedTerms: [String]
    /// `Character` ranges of the shared words in each paragraph's text, for highlighting.
    public var leftRanges: [Range<Int>]
    public var rightRanges: [Range<Int>]
}

/// One speaker's paragraphs at two meetings, each paired with the most similar of the other.
public struct PassageAlignment: Sendable, Hashable, Codable {
    public var speakerID: String
    public var leftMeetingID: String
    public var rightMeetingID: String
    /// By left paragraph in reading order, then by similarity, strongest first.
    public var pairs: [AlignedPair]
    /// The speaker's paragraphs at the left meeting with no partner above the threshold.
    public var unmatchedLeft: [PassageRef]
    public var unmatchedRight: [PassageRef]

    /// Paragraphs are compared as bags of stems (function words left out), weighted by TF-IDF with
    /// document frequency over every spoken paragraph of the corpus. On the built-in corpus, Kelly's
    /// paragraphs on the same subject score 0.13–0.27 (smuggling and trafficking in February against
    /// drug and human smuggling in May: 0.27) and Osorio Chong's on organised crime 0.15; pairs sharing
    /// a single word ("saying", "use") reach 0.15 by chance, so a pair also needs two shared words.
    public static let threshold = 0.12
    public static let minimumSharedTerms = 2

    /// Aligns `speaker` at `left` against `right` (by default the first two meetings where they spoke),
    /// keeping for each left paragraph up to `maxMatches` right paragraphs at or above `threshold`.
    /// Nil when the speaker spoke at fewer than two meetings or a meeting is unknown.
    public static func align(
        corpus: Corpus, speaker: String, left: Meeting? = nil, right: Meeting? = nil, threshold: Double = threshold, maxMatches: Int = 3
    ) -> PassageAlignment? {
        let spoken = corpus.meetings.filter { !corpus.turns(of: $0, speaker: speaker).isEmpty }
        guard let a = left ?? spoken.first, let b = right ?? spoken.dropFirst().first(where: { $0.id != a.id }) else { return nil }
        let model = TFIDF(corpus: corpus)
        func passages(_ m: Meeting) -> [(PassageRef, [Term])] {
            corpus.turns(of: m, speaker: speaker).flatMap { d, turn in
                turn.paragraphs.indices.map { p in
                    let ref = PassageRef(document: d, turn: turn.index, paragraph: p)
                    return (ref, WordNormalizer.terms(in: turn.paragraphs[p]))
                }
            }
        }
        let lefts = passages(a).map { ($0.0, $0.1, model.vector($0.1)) }
        let rights = passages(b).map { ($0.0, $0.1, model.vector($0.1)) }
        var pairs: [AlignedPair] = []
        var matchedRight: Set<PassageRef> = []
        var unmatchedLeft: [PassageRef] = []
        // Sparse vectors as sorted (stem id, weight / norm) lists make each comparison a merge. Stems are
        // taken in alphabetical order so that sums run in the same order, and give the same digits, every run.
        var ids: [String: Int] = [:]
        func sparse(_ v: [String: Double]) -> [(Int, Double)] {
            let entries = v.sorted { $0.key < $1.key }
            let norm = entries.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
            guard norm > 0 else { return [] }
            return entries.map { k, x -> (Int, Double) in
                if ids[k] == nil { ids[k] = ids.count }
                return (ids[k]!, x / norm)
            }.sorted { $0.0 < $1.0 }
        }
        let rightSparse = rights.map { sparse($0.2) }
        for (lref, lterms, lvec) in lefts {
            let l = sparse(lvec)
            var scored: [(Int, Double)] = []
            for (j, r) in rightSparse.enumerated() {
                var dot = 0.0
                var shared = 0
                var x = 0
                var y = 0
                while x < l.count && y < r.count {
                    if l[x].0 == r[y].0 {
                        dot += l[x].1 * r[y].1
                        shared += 1
                        x += 1
                        y += 1
                    } else if l[x].0 < r[y].0 {
                        x += 1
                    } else {
                        y += 1
                    }
                }
                if dot >= threshold && shared >= minimumSharedTerms { scored.append((j, dot)) }
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            if scored.isEmpty { unmatchedLeft.append(lref) }
            for (j, s) in scored.prefix(maxMatches) {
                let (rref, rterms, rvec) = rights[j]
                let shared = Set(lvec.keys).intersection(rvec.keys)
                let ordered = shared.sorted {
                    let x = lvec[$0]! * rvec[$0]!
                    let y = lvec[$1]! * rvec[$1]!
                    return x != y ? x > y : $0 < $1
                }
                let forms = StemCounts(lterms + rterms)
                pairs.append(
                    AlignedPair(
                        left: lref, right: rref, similarity: s, sharedTerms: ordered.map(forms.displayWord),
                        leftRanges: lterms.filter { !$0.isFunctionWord && shared.contains($0.stem) }.map(\.range),
                        rightRanges: rterms.filter { !$0.isFunctionWord && shared.contains($0.stem) }.map(\.range)))
                matchedRight.insert(rref)
            }
        }
        return PassageAlignment(
            speakerID: speaker, leftMeetingID: a.id, rightMeetingID: b.id, pairs: pairs, unmatchedLeft: unmatchedLeft,
            unmatchedRight: rights.map(\.0).filter { !matchedRight.contains($0) })
    }
}

/// Term weights for bag-of-words similarity: stem frequency times log inverse document frequency,
/// with every spoken paragraph of the corpus as a document.
struct TFIDF {
    var idf: [String: Double]

    init(corpus: Corpus) {
        var df: [String: Int] = [:]
        var n = 0
        for doc in corpus.documents where doc.kind == .transcript {
            for turn in doc.turns {
                for paragraph in turn.paragraphs {
                    n += 1
                    for stem in Set(WordNormalizer.terms(in: paragraph).filter { !$0.isFunctionWord }.map(\.stem)) {
                        df[stem, default: 0] += 1
                    }
                }
            }
        }
        idf = df.mapValues { log(Double(n) / Double($0)) }
    }

    func vector(_ terms: [Term]) -> [String: Double] {
        var v: [String: Double] = [:]
        for t in terms where !t.isFunctionWord { v[t.stem, default: 0] += 1 }
        for (k, tf) in v { v[k] = tf * (idf[k] ?? 0) }
        return v.filter { $0.value > 0 }
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0
        for (k, x) in a { if let y = b[k] { dot += x * y } }
        let na = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let nb = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return na > 0 && nb > 0 ? dot / (na * nb) : 0
    }
}
