/// How letter case counts when matching.
public enum CaseMode: String, Sendable, CaseIterable, Codable {
    /// `kelly` matches `Kelly` and `KELLY`.
    case insensitive
    /// Like `insensitive` unless the query has a capital letter, then exact case (as in vim and less).
    case smart
    /// Letters must match in case.
    case sensitive
}

/// A parsed query: one or more terms; a term is a word, a `prefix*`, or a `"quoted phrase"`.
/// A passage matches where any term matches, on word boundaries; accents never count (`pena` finds `Peña`).
public struct SearchQuery: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        /// Folded words in order; a phrase has several.
        public var words: [String]
        /// The last word may be a prefix (`deport*`).
        public var lastIsPrefix: Bool
    }

    public var text: String
    public var terms: [Term]
    public var caseSensitive: Bool

    public init(_ text: String, caseMode: CaseMode = .insensitive) {
        self.text = text
        let sensitive: Bool
        switch caseMode {
        case .insensitive: sensitive = false
        case .sensitive: sensitive = true
        case .smart: sensitive = text.contains { $0.isUppercase }
        }
        caseSensitive = sensitive
        var terms: [Term] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            rest = rest.drop { $0.isWhitespace }
            guard let first = rest.first else { break }
            let chunk: Substring
            let quote: Character? = first == "\"" ? "\"" : (first == "“" ? "”" : nil)
            if let quote {
                let body = rest.dropFirst()
                if let end = body.firstIndex(where: { $0 == quote || $0 == "\"" }) {
                    chunk = body[..<end]
                    rest = body[body.index(after: end)...]
                } else {
                    chunk = body
                    rest = ""
                }
            } else {
                let end = rest.firstIndex { $0.isWhitespace } ?? rest.endIndex
                chunk = rest[..<end]
                rest = rest[end...]
            }
            let prefix = chunk.hasSuffix("*")
            let words = Tokenizer.tokens(in: String(chunk)).map { sensitive ? $0.caseKept : $0.folded }
            if !words.isEmpty { terms.append(Term(words: words, lastIsPrefix: prefix)) }
        }
        self.terms = terms
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Character ranges in `paragraph.text` where the query matches, in order; notes never match.
    public func matches(in tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            var matched: Int? = nil
            for term in terms where i + term.words.count <= tokens.count {
                var ok = true
                for (k, word) in term.words.enumerated() {
                    let t = caseSensitive ? tokens[i + k].caseKept : tokens[i + k].folded
                    let isLast = k == term.words.count - 1
                    if isLast && term.lastIsPrefix ? !t.hasPrefix(word) : t != word {
                        ok = false
                        break
                    }
                }
                if ok {
                    matched = max(matched ?? 0, term.words.count)
                }
            }
            if let n = matched {
                out.append(tokens[i].range.lowerBound..<tokens[i + n - 1].range.upperBound)
                i += n
            } else {
                i += 1
            }
        }
        return out
    }
}
