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

import Foundation

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
        "regarding": "about", "concerning": "about",
    ]

    public static func terms(of tokens: [Token]) -> [Term] {
        tokens.map(term)
    }

    public static func terms(in paragraph: Paragraph) -> [Term] {
        terms(of: SearchIndex.tokens(of: paragraph))
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
        stemCache.stem(word) { Stemmer.stem(adjective(of: synonyms[$0] ?? $0)) }
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
