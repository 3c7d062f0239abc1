import Foundation

/// A word that one text uses more than another, by Dunning's log-likelihood.
public struct KeyWord: Sendable, Hashable, Codable {
    /// The commonest written form of the word in the target text, e.g. `deportations`.
    public var word: String
    /// The stem the counts are taken over, e.g. `deport`.
    public var stem: String
    /// Occurrences in the target and in the reference.
    public var count: Int
    public var referenceCount: Int
    /// Log-likelihood G²; above 3.84 the difference is significant at p < 0.05, above 6.63 at p < 0.01.
    public var logLikelihood: Double
}

/// Keyness: which words of a target text stand out against a reference text.
public enum Keyness {
    /// G² for a word seen `a` times in a target of `c` words and `b` times in a reference of `d` words
    /// (Rayson and Garside 2000): 2 · Σ O·ln(O/E), with E the counts expected if both texts used the word
    /// at the same rate. Zero when either text is empty.
    public static func logLikelihood(a: Int, b: Int, c: Int, d: Int) -> Double {
        guard c > 0, d > 0, a + b > 0 else { return 0 }
        let total = Double(c + d)
        let e1 = Double(c) * Double(a + b) / total
        let e2 = Double(d) * Double(a + b) / total
        var g = 0.0
        if a > 0 { g += Double(a) * log(Double(a) / e1) }
        if b > 0 { g += Double(b) * log(Double(b) / e2) }
        return 2 * g
    }

    /// The words the target uses more often than the reference, strongest first: at least `minimumCount`
    /// times in the target and with G² at least `minimumScore`. Function words are never key words.
    /// Counts are over stems, so `deportation` and `deportations` are one word.
    public static func keyWords(
        target: [Term], reference: [Term], minimumCount: Int = 3, minimumScore: Double = 3.84, limit: Int = 10
    ) -> [KeyWord] {
        keyWords(
            target: StemCounts(target), reference: StemCounts(reference), minimumCount: minimumCount, minimumScore: minimumScore,
            limit: limit)
    }

    static func keyWords(target t: StemCounts, reference r: StemCounts, minimumCount: Int, minimumScore: Double = 3.84, limit: Int)
        -> [KeyWord]
    {
        keyWords(
            target: t, referenceTotal: r.total, referenceCount: { r.counts[$0] ?? 0 }, minimumCount: minimumCount,
            minimumScore: minimumScore, limit: limit)
    }

    /// The same, for a reference known only by its word total and each stem's count in it.
    static func keyWords(
        target t: StemCounts, referenceTotal: Int, referenceCount: (String) -> Int, minimumCount: Int, minimumScore: Double = 3.84,
        limit: Int
    ) -> [KeyWord] {
        var out: [KeyWord] = []
        for (stem, a) in t.counts where a >= minimumCount {
            let b = referenceCount(stem)
            // Only words used more often in the target: keyness here means "stands out in this text".
            guard Double(a) / Double(t.total) > Double(b) / Double(max(referenceTotal, 1)) else { continue }
            let g = logLikelihood(a: a, b: b, c: t.total, d: referenceTotal)
            if g >= minimumScore {
                out.append(KeyWord(word: t.displayWord(stem), stem: stem, count: a, referenceCount: b, logLikelihood: g))
            }
        }
        out.sort { ($0.logLikelihood, $0.count, $1.word) > ($1.logLikelihood, $1.count, $0.word) }
        return Array(out.prefix(limit))
    }
}

/// How often each content stem occurs in a list of terms, and the written forms seen for it.
/// `total` counts every word, function words included, as keyness compares rates per word of text.
struct StemCounts {
    var counts: [String: Int] = [:]
    var forms: [String: [String: Int]] = [:]
    var total = 0

    init(_ terms: [Term] = []) {
        add(terms)
    }

    mutating func add(_ terms: [Term]) {
        for term in terms {
            total += 1
            guard !term.isFunctionWord else { continue }
            counts[term.stem, default: 0] += 1
            forms[term.stem, default: [:]][term.word, default: 0] += 1
        }
    }

    mutating func add(_ other: StemCounts) {
        total += other.total
        counts.merge(other.counts, uniquingKeysWith: +)
        for (stem, f) in other.forms { forms[stem, default: [:]].merge(f, uniquingKeysWith: +) }
    }

    var isEmpty: Bool { total == 0 }

    /// The commonest written form of a stem; the alphabetically first among equals.
    func displayWord(_ stem: String) -> String {
        guard let f = forms[stem] else { return stem }
        return f.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }
}
