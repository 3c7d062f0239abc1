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

    /// `tokenBatch`: how many paragraphs are tokenised at once.
    init(corpus: Corpus, meeting: Meeting, tokenBatch: Int = 512) {
        var refs: [PassageRef] = []
        var texts: [Paragraph] = []
        var speakerOf: [Int32] = []
        var speakers = Numbering()
        // About as many words as there will be numbers, known before the text is read.
        var spokenWords = 0
        for (document, turn) in corpus.turns(of: meeting) {
            let perTurn = corpus.documents[document].spokenWordsPerTurn
            if perTurn.indices.contains(turn.index) { spokenWords += perTurn[turn.index] }
            let speaker = speakers.number(turn.speakerID).number
            for (p, paragraph) in turn.paragraphs.enumerated() {
                refs.append(PassageRef(document: document, turn: turn.index, paragraph: p))
                texts.append(paragraph)
                speakerOf.append(speaker)
            }
        }
        var starts: [Int32] = [0]
        var folded: [Int32] = []
        var caseKept: [Int32] = []
        var foldedNumbering = Numbering()
        var caseKeptNumbering = Numbering()
        var postings: [[Int32]] = []
        starts.reserveCapacity(texts.count + 1)
        // A large meeting has millions of words: its numbers are made in arrays of about their size, not
        // grown to up to twice it.
        folded.reserveCapacity(spokenWords + spokenWords / 32)
        caseKept.reserveCapacity(spokenWords + spokenWords / 32)
        // Tokenised a batch at a time, on all cores: a meeting's tokens as strings take several times the
        // numbers kept, and held all at once they were most of the browser's memory.
        var p = 0
        while p < texts.count {
            let batch = Array(texts[p..<min(p + max(1, tokenBatch), texts.count)])
            for words in batch.parallelMap(chunk: 64, SearchIndex.tokens(of:)) {
                for token in words {
                    let (f, isNew) = foldedNumbering.number(token.folded)
                    if isNew { postings.append([]) }
                    if postings[Int(f)].last != Int32(p) { postings[Int(f)].append(Int32(p)) }
                    folded.append(f)
                    caseKept.append(caseKeptNumbering.number(token.caseKept).number)
                }
                starts.append(Int32(folded.count))
                p += 1
            }
        }
        self.refs = refs
        self.speakerOf = speakerOf
        self.speakerIDs = speakers.words
        self.starts = starts
        self.folded = Self.fitted(folded)
        self.caseKept = Self.fitted(caseKept)
        self.foldedWords = foldedNumbering.words
        self.foldedNumbers = foldedNumbering.numbers
        self.caseKeptWords = caseKeptNumbering.words
        self.caseKeptNumbers = caseKeptNumbering.numbers
        self.postings = postings
    }

    /// The numbers in an array of their size, where the one they were made in is much larger.
    static func fitted(_ numbers: [Int32]) -> [Int32] {
        guard numbers.capacity - numbers.count > numbers.count / 16 else { return numbers }
        // Made by copying: an array made from the whole of another (or a slice of all of it) shares its storage.
        return [Int32](unsafeUninitializedCapacity: numbers.count) { buffer, count in
            _ = buffer.initialize(from: numbers)
            count = numbers.count
        }
    }

    /// A query resolved against this meeting's words: for each term, for each of its words, which
    /// numbered words it accepts (one flag per word of the vocabulary).
    private struct Resolved {
        /// Flags for term `t`'s word `k` start at `starts[t] + k * vocabularySize`.
        var accepts: [Bool] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        /// Folded words that can begin a match, for finding the paragraphs to read.
        var firstFolded: Set<Int32> = []
    }

    /// The query's matches in reading order, only in `speaker`'s paragraphs when one is given.
    func matches(for query: SearchQuery, speaker: String? = nil) -> [Match] {
        guard !query.isEmpty else { return [] }
        var speakerNumber: Int32 = -1
        if let speaker {
            guard let known = speakerIDs.firstIndex(of: speaker) else { return [] }
            speakerNumber = Int32(known)
        }
        let resolved = resolve(query)
        guard !resolved.lengths.isEmpty else { return [] }
        // The paragraphs where some term's first word is: only these can hold a match.
        var candidates = [Bool](repeating: false, count: refs.count)
        for word in resolved.firstFolded {
            for p in postings[Int(word)] { candidates[Int(p)] = true }
        }
        let vocabulary = query.caseSensitive ? caseKeptWords.count : foldedWords.count
        let lengths = resolved.lengths
        let termStarts = resolved.starts
        var out: [Match] = []
        (query.caseSensitive ? caseKept : folded).withUnsafeBufferPointer { sequence in
            resolved.accepts.withUnsafeBufferPointer { accepts in
                starts.withUnsafeBufferPointer { starts in
                    for p in candidates.indices where candidates[p] && (speakerNumber < 0 || speakerOf[p] == speakerNumber) {
                        let from = Int(starts[p])
                        let n = Int(starts[p + 1]) - from
                        if lengths.count == 1 && lengths[0] == 1 {
                            // One word (what is typed most): every word it accepts is a match.
                            let offset = termStarts[0]
                            for i in 0..<n where accepts[offset + Int(sequence[from + i])] {
                                out.append(Match(paragraph: p, start: i, count: 1))
                            }
                            continue
                        }
                        // As `SearchQuery.matches`: at each word the longest term that matches there, then past it.
                        var i = 0
                        while i < n {
                            var matched = 0
                            for t in lengths.indices {
                                let length = lengths[t]
                                guard length > matched, i + length <= n else { continue }
                                var k = 0
                                while k < length && accepts[termStarts[t] + k * vocabulary + Int(sequence[from + i + k])] { k += 1 }
                                if k == length { matched = length }
                            }
                            if matched > 0 {
                                out.append(Match(paragraph: p, start: i, count: matched))
                                i += matched
                            } else {
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The terms that can match here, each word as the set of numbered words it accepts. A term with a
    /// word this meeting never uses is left out: it cannot match.
    private func resolve(_ query: SearchQuery) -> Resolved {
        let sensitive = query.caseSensitive
        let (words, numbers) = sensitive ? (caseKeptWords, caseKeptNumbers) : (foldedWords, foldedNumbers)
        var resolved = Resolved()
        for term in query.terms {
            var flags: [Bool] = []
            var possible = true
            for (k, word) in term.words.enumerated() {
                var accepts = [Bool](repeating: false, count: words.count)
                if k == term.words.count - 1 && term.lastIsPrefix {
                    for (n, known) in words.enumerated() where known.hasPrefix(word) { accepts[n] = true }
                } else if let n = numbers[word] {
                    accepts[Int(n)] = true
                }
                possible = possible && accepts.contains(true)
                flags += accepts
            }
            guard possible else { continue }
            resolved.starts.append(resolved.accepts.count)
            resolved.lengths.append(term.words.count)
            resolved.accepts += flags
            // Candidates by folded word: a case-kept word's folded form is its lower case.
            guard let first = term.words.first else { continue }
            let key = sensitive ? first.lowercased() : first
            if term.words.count == 1 && term.lastIsPrefix {
                for (n, known) in foldedWords.enumerated() where known.hasPrefix(key) { resolved.firstFolded.insert(Int32(n)) }
            } else if let n = foldedNumbers[key] {
                resolved.firstFolded.insert(n)
            }
        }
        return resolved
    }
}

/// Strings numbered in the order they are first seen.
private struct Numbering {
    private(set) var words: [String] = []
    private(set) var numbers: [String: Int32] = [:]

    /// The string's number, and whether this is its first sighting.
    mutating func number(_ word: String) -> (number: Int32, isNew: Bool) {
        if let known = numbers[word] { return (known, false) }
        let number = Int32(words.count)
        numbers[word] = number
        words.append(word)
        return (number, true)
    }
}
