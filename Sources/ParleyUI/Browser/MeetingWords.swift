import Dispatch
import ParleyModel

/// One meeting's spoken words as numbers, and which paragraphs hold each word: a search typed in the
/// browser counts and walks its matches in the meetings on screen from this, rather than reading their
/// text again on every key. Matches are decided exactly as `SearchQuery.matches` decides them.
final class MeetingWords: Sendable {
    /// A match: `count` words from word `start` of paragraph `paragraph`.
    struct Match: Hashable, Sendable {
        var paragraph: Int
        var start: Int
        var count: Int
    }

    /// The meeting's turn paragraphs in reading order.
    let refs: [PassageRef]
    /// For each paragraph, its speaker, as an index into `speakerIDs`.
    private let speakerOf: [Int32]
    private let speakerIDs: [String]
    /// Each paragraph's words are `folded[starts[p]..<starts[p + 1]]` (and the same in `caseKept`).
    private let starts: [Int32]
    private let folded: [Int32]
    private let caseKept: [Int32]
    private let foldedWords: [String]
    private let foldedNumbers: [String: Int32]
    private let caseKeptWords: [String]
    private let caseKeptNumbers: [String: Int32]
    /// For each folded word, the paragraphs holding it, ascending.
    private let postings: [[Int32]]

    init(corpus: Corpus, meeting: Meeting) {
        var refs: [PassageRef] = []
        var texts: [Paragraph] = []
        var speakerOf: [Int32] = []
        var speakerIDs: [String] = []
        var speakerNumbers: [String: Int32] = [:]
        for (document, turn) in corpus.turns(of: meeting) {
            let speaker: Int32
            if let known = speakerNumbers[turn.speakerID] {
                speaker = known
            } else {
                speaker = Int32(speakerIDs.count)
                speakerNumbers[turn.speakerID] = speaker
                speakerIDs.append(turn.speakerID)
            }
            for (p, paragraph) in turn.paragraphs.enumerated() {
                refs.append(PassageRef(document: document, turn: turn.index, paragraph: p))
                texts.append(paragraph)
                speakerOf.append(speaker)
            }
        }
        let tokens = MeetingWords.tokenize(texts)
        var starts: [Int32] = [0]
        var folded: [Int32] = []
        var caseKept: [Int32] = []
        var foldedWords: [String] = []
        var foldedNumbers: [String: Int32] = [:]
        var caseKeptWords: [String] = []
        var caseKeptNumbers: [String: Int32] = [:]
        var postings: [[Int32]] = []
        starts.reserveCapacity(tokens.count + 1)
        for (p, words) in tokens.enumerated() {
            for token in words {
                let f: Int32
                if let known = foldedNumbers[token.folded] {
                    f = known
                } else {
                    f = Int32(foldedWords.count)
                    foldedNumbers[token.folded] = f
                    foldedWords.append(token.folded)
                    postings.append([])
                }
                if postings[Int(f)].last != Int32(p) { postings[Int(f)].append(Int32(p)) }
                folded.append(f)
                let c: Int32
                if let known = caseKeptNumbers[token.caseKept] {
                    c = known
                } else {
                    c = Int32(caseKeptWords.count)
                    caseKeptNumbers[token.caseKept] = c
                    caseKeptWords.append(token.caseKept)
                }
                caseKept.append(c)
            }
            starts.append(Int32(folded.count))
        }
        self.refs = refs
        self.speakerOf = speakerOf
        self.speakerIDs = speakerIDs
        self.starts = starts
        self.folded = folded
        self.caseKept = caseKept
        self.foldedWords = foldedWords
        self.foldedNumbers = foldedNumbers
        self.caseKeptWords = caseKeptWords
        self.caseKeptNumbers = caseKeptNumbers
        self.postings = postings
    }

    /// Every paragraph's tokens, the paragraphs shared out over the cores.
    private static func tokenize(_ paragraphs: [Paragraph]) -> [[Token]] {
        let count = paragraphs.count
        guard count > 64 else { return paragraphs.map(SearchIndex.tokens(of:)) }
        let slots = UnsafeMutableBufferPointer<[Token]>.allocate(capacity: count)
        slots.initialize(repeating: [])
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each chunk writes only its own slots.
        nonisolated(unsafe) let shared = slots
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { shared[i] = SearchIndex.tokens(of: paragraphs[i]) }
        }
        return Array(slots)
    }

    /// Which words a query's word accepts: one word, several (a prefix), or none in this meeting.
    private enum Accepts {
        case none
        case one(Int32)
        case some([Bool])

        func contains(_ word: Int32) -> Bool {
            switch self {
            case .none: return false
            case .one(let only): return only == word
            case .some(let set): return set[Int(word)]
            }
        }
    }

    private struct Term {
        var words: [Accepts]
        /// Folded words that can begin a match, for finding the paragraphs to read.
        var firstFolded: [Int32]
    }

    /// The query's matches in reading order, only in `speaker`'s paragraphs when one is given.
    func matches(for query: SearchQuery, speaker: String? = nil) -> [Match] {
        guard !query.isEmpty else { return [] }
        var speakerNumber: Int32? = nil
        if let speaker {
            guard let known = speakerIDs.firstIndex(of: speaker) else { return [] }
            speakerNumber = Int32(known)
        }
        let terms = query.terms.map { term(for: $0, caseSensitive: query.caseSensitive) }
        // The paragraphs where some term's first word is: only these can hold a match.
        var candidates = [Bool](repeating: false, count: refs.count)
        var any = false
        for term in terms where !term.words.contains(where: { if case .none = $0 { return true } else { return false } }) {
            for word in term.firstFolded {
                for p in postings[Int(word)] {
                    candidates[Int(p)] = true
                    any = true
                }
            }
        }
        guard any else { return [] }
        let sequence = query.caseSensitive ? caseKept : folded
        var out: [Match] = []
        for p in candidates.indices where candidates[p] {
            if let speakerNumber, speakerOf[p] != speakerNumber { continue }
            let from = Int(starts[p])
            let n = Int(starts[p + 1]) - from
            // As `SearchQuery.matches`: at each word the longest term that matches there, then past it.
            var i = 0
            while i < n {
                var matched = 0
                for term in terms where i + term.words.count <= n && term.words.count > matched {
                    var ok = true
                    for (k, accepts) in term.words.enumerated() where !accepts.contains(sequence[from + i + k]) {
                        ok = false
                        break
                    }
                    if ok { matched = term.words.count }
                }
                if matched > 0 {
                    out.append(Match(paragraph: p, start: i, count: matched))
                    i += matched
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    private func term(for term: SearchQuery.Term, caseSensitive: Bool) -> Term {
        let (words, numbers) = caseSensitive ? (caseKeptWords, caseKeptNumbers) : (foldedWords, foldedNumbers)
        var accepts: [Accepts] = []
        for (k, word) in term.words.enumerated() {
            if k == term.words.count - 1 && term.lastIsPrefix {
                let set = words.map { $0.hasPrefix(word) }
                accepts.append(set.contains(true) ? .some(set) : .none)
            } else {
                accepts.append(numbers[word].map(Accepts.one) ?? .none)
            }
        }
        // Candidates by folded word: a case-kept word's folded form is its lower case.
        var first: [Int32] = []
        if let word = term.words.first {
            let key = caseSensitive ? word.lowercased() : word
            if term.words.count == 1 && term.lastIsPrefix {
                first = foldedWords.indices.filter { foldedWords[$0].hasPrefix(key) }.map { Int32($0) }
            } else if let number = foldedNumbers[key] {
                first = [number]
            }
        }
        return Term(words: accepts, firstFolded: first)
    }
}
