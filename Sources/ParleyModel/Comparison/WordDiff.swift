/// One stretch of a word-level comparison between a quote and its source.
public struct DiffSpan: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The same words on both sides.
        case equal
        /// Words in the quote that the source does not have.
        case added
        /// Words of the source that the quote leaves out.
        case dropped
        /// Words of the source that the quote replaces with others.
        case changed
    }

    public var kind: Kind
    /// The quote's words as written (empty for `dropped`).
    public var quoteText: String
    /// The source's words as written (empty for `added`).
    public var sourceText: String
    /// `Character` offsets in the texts the tokens came from; empty ranges where a side has no words.
    public var quoteRange: Range<Int>
    public var sourceRange: Range<Int>
}

extension DiffSpan {
    /// The span written with edit marks, in pieces of one kind each: `[-dropped-]`, `{+added+}`,
    /// `[-source-]{+quote+}` for a change, equal words as they are.
    public var marked: [(text: String, kind: Kind)] {
        switch kind {
        case .equal: return [(quoteText, .equal)]
        case .added: return [("{+\(quoteText)+}", .added)]
        case .dropped: return [("[-\(sourceText)-]", .dropped)]
        case .changed: return [("[-\(sourceText)-]", .dropped), ("{+\(quoteText)+}", .added)]
        }
    }
}

/// A word-level difference by longest common subsequence over tokens, compared folded
/// (case, accents and possessive `'s` do not count as differences).
public enum WordDiff {
    public static func diff(quote: String, source: String) -> [DiffSpan] {
        diff(quote: Tokenizer.tokens(in: quote), in: quote, source: Tokenizer.tokens(in: source), in: source)
    }

    /// `quoteTokens` index into `quoteText` and `sourceTokens` into `sourceText` (any text whose
    /// `Character` offsets the tokens carry, such as a whole paragraph).
    public static func diff(quote quoteTokens: [Token], in quoteText: String, source sourceTokens: [Token], in sourceText: String)
        -> [DiffSpan]
    {
        let a = quoteTokens.map { WordNormalizer.baseWord($0.folded) }
        let b = sourceTokens.map { WordNormalizer.baseWord($0.folded) }
        let pairs = lcsPairs(a, b)
        let qc = Array(quoteText)
        let sc = Array(sourceText)
        func span(_ tokens: [Token], _ chars: [Character], _ r: Range<Int>) -> (String, Range<Int>) {
            guard let first = tokens[r].first, let last = tokens[r].last else {
                let at = r.lowerBound < tokens.count ? tokens[r.lowerBound].range.lowerBound : (tokens.last?.range.upperBound ?? 0)
                return ("", at..<at)
            }
            let range = first.range.lowerBound..<last.range.upperBound
            return (String(chars[range]), range)
        }
        var out: [DiffSpan] = []
        func emit(_ kind: DiffSpan.Kind, _ qr: Range<Int>, _ sr: Range<Int>) {
            let (qt, qrange) = span(quoteTokens, qc, qr)
            let (st, srange) = span(sourceTokens, sc, sr)
            out.append(DiffSpan(kind: kind, quoteText: qt, sourceText: st, quoteRange: qrange, sourceRange: srange))
        }
        var i = 0
        var j = 0
        var k = 0
        while k <= pairs.count {
            let (pi, pj) = k < pairs.count ? pairs[k] : (a.count, b.count)
            // The gap before the next common word: a replacement, an addition or an omission.
            if i < pi && j < pj {
                emit(.changed, i..<pi, j..<pj)
            } else if i < pi {
                emit(.added, i..<pi, j..<j)
            } else if j < pj {
                emit(.dropped, i..<i, j..<pj)
            }
            guard k < pairs.count else { break }
            // A run of consecutive common words is one equal span.
            var n = 1
            while k + n < pairs.count && pairs[k + n] == (pi + n, pj + n) { n += 1 }
            emit(.equal, pi..<(pi + n), pj..<(pj + n))
            i = pi + n
            j = pj + n
            k += n
        }
        return out
    }

    /// Index pairs of a longest common subsequence of `a` and `b`, in order.
    public static func lcsPairs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        let n = a.count
        let m = b.count
        guard n > 0, m > 0 else { return [] }
        var table = Array(repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] =
                    a[i] == b[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < n && j < m {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}
