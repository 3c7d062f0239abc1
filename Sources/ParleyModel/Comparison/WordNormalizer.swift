import Foundation

/// A word of a paragraph reduced to the form passages are compared by.
public struct Term: Sendable, Hashable {
    /// `Character` offsets in the paragraph's text.
    public var range: Range<Int>
    /// The word folded (lower case, no accents, `’` as `'`), possessive `'s` removed: `mexico's` → `mexico`.
    public var word: String
    /// The stem of the word after near-synonyms are merged: `deportations` → `deport`.
    public var stem: String
    public var isFunctionWord: Bool
}

/// Stems already computed, shared by every thread.
final class StemCache: @unchecked Sendable {
    private var stems: [String: String] = [:]
    private let lock = NSLock()

    func stem(_ word: String, compute: (String) -> String) -> String {
        lock.lock()
        if let s = stems[word] {
            lock.unlock()
            return s
        }
        lock.unlock()
        let s = compute(word)
        lock.lock()
        stems[word] = s
        lock.unlock()
        return s
    }
}

/// Turns tokens into terms: the one place that decides when two words count as the same word.
public enum WordNormalizer {
    /// Near-synonyms that different translations of the same interpreted sentence use interchangeably
    /// (`the necessity` / `the need`, `in a unilateral manner` / `fashion`). Kept small and general:
    /// each pair is an ordinary English equivalence, not a fact about one corpus.
    static let synonyms: [String: String] = [
        "necessity": "need", "necessities": "need", "manner": "way", "fashion": "way",
        "immigration": "migration", "immigrations": "migration", "immigrant": "migrant", "immigrants": "migrants",
        "migratory": "migration", "arms": "weapons", "firearms": "weapons", "nations": "countries", "nation": "country",
        "regarding": "about", "concerning": "about", "easy": "simple",
    ]

    /// Past forms a suffix stemmer cannot reach (`held` / `holding`, `met` / `meeting`), so that a report's
    /// "holding a meeting" meets the speech's "held a meeting". Only forms with no common other sense:
    /// `left`, `found`, `saw` and `lead` are not here.
    static let irregularForms: [String: String] = [
        "held": "hold", "met": "meet", "brought": "bring", "bought": "buy", "sought": "seek", "thought": "think",
        "taught": "teach", "fought": "fight", "caught": "catch", "built": "build", "sent": "send", "spent": "spend",
        "lost": "lose", "kept": "keep", "felt": "feel", "understood": "understand", "stood": "stand",
        "meant": "mean", "paid": "pay", "told": "tell", "sold": "sell", "spoke": "speak", "spoken": "speak",
        "wrote": "write", "written": "write", "gave": "give", "given": "give", "came": "come", "became": "become",
        "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose", "knew": "know", "known": "know",
        "grew": "grow", "grown": "grow", "shown": "show", "drove": "drive", "driven": "drive", "won": "win",
        "broke": "break", "broken": "break", "struck": "strike", "arose": "arise", "arisen": "arise",
    ]

    /// The terms of `tokens`, words of `text`. An initialism (`U.S.`, `D.C.`) is one term, `u.s.`, `d.c.`:
    /// its letters name something together, where a lone letter is a function word.
    public static func terms(of tokens: [Token], in text: String) -> [Term] {
        var out: [Term] = []
        out.reserveCapacity(tokens.count)
        var chars: [Character]? = nil
        var i = 0
        while i < tokens.count {
            var end = i
            if isCapitalLetter(tokens[i]) {
                let c = chars ?? Array(text)
                chars = c
                while end + 1 < tokens.count, isCapitalLetter(tokens[end + 1]),
                    tokens[end + 1].range.lowerBound == tokens[end].range.upperBound + 1, c[tokens[end].range.upperBound] == "."
                {
                    end += 1
                }
            }
            if end == i {
                out.append(term(tokens[i]))
            } else {
                let word = tokens[i...end].map { $0.folded + "." }.joined()
                out.append(
                    Term(range: tokens[i].range.lowerBound..<tokens[end].range.upperBound, word: word, stem: word, isFunctionWord: false))
            }
            i = end + 1
        }
        return out
    }

    public static func terms(in paragraph: Paragraph) -> [Term] {
        terms(of: SearchIndex.tokens(of: paragraph), in: paragraph.text)
    }

    private static func isCapitalLetter(_ token: Token) -> Bool {
        token.range.count == 1 && token.caseKept.first?.isUppercase == true
    }

    public static func term(_ token: Token) -> Term {
        let word = baseWord(token.folded)
        return Term(range: token.range, word: word, stem: stem(of: word), isFunctionWord: isFunctionWord(word))
    }

    /// `mexico's` → `mexico`, `nations'` → `nations`.
    public static func baseWord(_ folded: String) -> String {
        if folded.hasSuffix("'s") && folded.count > 2 { return String(folded.dropLast(2)) }
        if folded.hasSuffix("'") { return String(folded.dropLast()) }
        return folded
    }

    public static func isFunctionWord(_ word: String) -> Bool {
        FunctionWords.contains(word) || word.allSatisfy(\.isNumber) || word.count == 1
    }

    public static func stem(of word: String) -> String {
        stemCache.stem(word) { Stemmer.stem(adjective(of: synonyms[$0] ?? irregularForms[$0] ?? $0)) }
    }

    /// Stemming is the costly part of reading a corpus, and a corpus has few distinct words.
    private static let stemCache = StemCache()

    /// `orderly` → `order`, `jointly` → `joint`, `legally` → `legal`: the adverb or adjective in `-ly` counts
    /// as its base word, as the later Porter2 algorithm does (its "li-ending" letters, plus `l` for `-ally`).
    /// Short words (`family`, `early`, `supply`) keep their ending.
    static func adjective(of word: String) -> String {
        guard word.count >= 7, word.hasSuffix("ly") else { return word }
        let before = word.dropLast(2).last!
        return "cdeghkmnrtl".contains(before) ? String(word.dropLast(2)) : word
    }
}
