/// A query made ready to match many texts: each word of a text is compared with the query's words where
/// it stands in the text's bytes, and no token is made. The same matches as
/// `query.matches(in: Tokenizer.tokens(in:skipping:))`, which it is for text whose scalars join into
/// `Character`s. Counting a word over an archive's text was mostly making tokens to throw away.
public struct QueryMatcher: Sendable {
    public let query: SearchQuery
    /// The distinct words of the query's terms, each with whether it is matched as a prefix.
    private let words: [Word]
    /// Each term's words, as indices of `words`.
    private let terms: [[Int]]
    /// For an ASCII word's first byte, the `words` that can start with it, as a bit set.
    private let byFirstByte: [UInt64]
    /// For a query whose every term is one ASCII word, each first byte its words can start with, lower-cased
    /// and repeated in each byte of a `UInt64`: a word of the text can only match where one of them (in
    /// either case) or a scalar beyond ASCII (which may fold to one) starts it. Nil for other queries.
    private let wordStartPatterns: [UInt64]?

    private struct Word: Sendable, Hashable {
        var text: String
        var bytes: [UInt8]
        var isPrefix: Bool
        var isASCII: Bool
    }

    /// A word of a text that matched some of the query's words: which (a bit set of `words`), where,
    /// and the how-manieth word of the text it is, to tell whether words follow one another.
    private struct MatchedWord {
        var words: UInt64
        var range: Range<Int>
        var ordinal: Int
    }

    public init(_ query: SearchQuery) {
        self.query = query
        var words: [Word] = []
        var terms: [[Int]] = []
        for term in query.terms {
            terms.append(
                term.words.enumerated().map { k, text in
                    let word = Word(
                        text: text, bytes: Array(text.utf8), isPrefix: term.lastIsPrefix && k == term.words.count - 1,
                        isASCII: text.utf8.allSatisfy { $0 < 0x80 })
                    if let known = words.firstIndex(of: word) { return known }
                    words.append(word)
                    return words.count - 1
                })
        }
        var byFirstByte = [UInt64](repeating: 0, count: 128)
        for (w, word) in words.enumerated() where w < 64 && word.isASCII {
            guard let first = word.bytes.first else { continue }
            byFirstByte[Int(first)] |= 1 << UInt64(w)
            // Matched without case, a lower-case word also starts a capitalised one.
            if !query.caseSensitive && first >= 0x61 && first <= 0x7A { byFirstByte[Int(first - 0x20)] |= 1 << UInt64(w) }
        }
        self.words = words
        self.terms = terms
        self.byFirstByte = byFirstByte
        let firstBytes = Set(words.compactMap { $0.bytes.first.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } })
        let oneASCIIWordTerms = !words.isEmpty && terms.allSatisfy { $0.count == 1 } && words.allSatisfy(\.isASCII)
        // Each first byte is one more test of every eight bytes, and with several the places looked at are
        // most words' starts: past four, every word is read instead.
        self.wordStartPatterns =
            oneASCIIWordTerms && words.count <= 64 && firstBytes.count <= 4
            ? firstBytes.sorted().map { UInt64($0) &* 0x0101_0101_0101_0101 } : nil
    }

    /// `Character` ranges in `text` where the query matches, in order; `excluded` ranges never match.
    public func matches(in text: String, skipping excluded: [Range<Int>] = []) -> [Range<Int>] {
        Tokenizer.withUTF8(of: text) { bytes in
            matchesOnBytes(bytes, skipping: excluded) ?? query.matches(in: Tokenizer.tokens(in: text, skipping: excluded))
        }
    }

    /// Where the query matches in a paragraph's words, leaving out its transcriber notes, as
    /// `query.matches(in: SearchIndex.tokens(of: paragraph))`.
    public func matches(in paragraph: Paragraph) -> [Range<Int>] {
        matches(in: paragraph.text, skipping: paragraph.noteRanges)
    }

    /// How many times the query matches in `text`: `matches(in:).count`.
    public func count(in text: String, skipping excluded: [Range<Int>] = []) -> Int {
        matches(in: text, skipping: excluded).count
    }

    /// `count(in:)` of the text these valid UTF-8 bytes are, without making a `String` of them: for text
    /// read straight from the store.
    public func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let patterns = wordStartPatterns {
            var count = 0
            // Line breaks, CR LF or not, are no words: only the scalars that join others change the count.
            if forEachMatchingWord(in: bytes, startingWith: patterns, { _ in count += 1 }) { return count }
        }
        let matches =
            matchesOnBytes(bytes, skipping: [])
            ?? query.matches(in: Tokenizer.tokens(in: String(decoding: bytes, as: UTF8.self), skipping: []))
        return matches.count
    }

    /// The matches read on the text's bytes, word by word; nil when they cannot be: a query of more words than
    /// a bit set holds, or a text some of whose `Character`s are not single scalars.
    private func matchesOnBytes(_ bytes: UnsafeBufferPointer<UInt8>, skipping excluded: [Range<Int>]) -> [Range<Int>]? {
        guard words.count <= 64, ScalarText.charactersAreScalars(utf8: bytes) else { return nil }
        guard excluded.isEmpty, let patterns = wordStartPatterns else {
            return ranges(of: matchedWords(in: bytes, skipping: excluded))
        }
        var found: [Range<Int>] = []
        var counted = 0
        var scalars = 0
        _ = forEachMatchingWord(in: bytes, startingWith: patterns) { word in
            scalars += ScalarText.scalarCount(UnsafeBufferPointer(rebasing: bytes[counted..<word.lowerBound]))
            let length = ScalarText.scalarCount(UnsafeBufferPointer(rebasing: bytes[word]))
            found.append(scalars..<scalars + length)
            scalars += length
            counted = word.upperBound
        }
        return found
    }

    /// The byte ranges of the text's words that match the query, for a query of one-word terms in ASCII:
    /// eight bytes at a time, only the bytes a matching word can start with are looked at, and only a word
    /// that starts there is read. The same words `matchedWords` finds, without reading every word, in text
    /// whose scalars are its `Character`s (but for CR LF pairs): every scalar beyond ASCII is looked at, and
    /// at the first that can join another the reading stops and says false.
    private func forEachMatchingWord(
        in bytes: UnsafeBufferPointer<UInt8>, startingWith patterns: [UInt64], _ body: (Range<Int>) -> Void
    ) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var read = 0 // the bytes before this are in words already read
        var chunk = 0
        while chunk < count {
            var word: UInt64 = 0
            if chunk + 8 <= count {
                word = UInt64(littleEndian: UnsafeRawPointer(base + chunk).loadUnaligned(as: UInt64.self))
            } else {
                // The last few bytes, the rest zero: a zero byte is neither a letter nor a scalar's start.
                for k in chunk..<count { word |= UInt64(base[k]) << UInt64(8 * (k - chunk)) }
            }
            // The first bytes of scalars beyond ASCII (11xxxxxx), and bytes equal to a pattern's once lower-cased.
            var candidates = word & (word << 1) & high
            let folded = word | 0x2020_2020_2020_2020
            for pattern in patterns {
                let difference = folded ^ pattern
                candidates |= ~(((difference & low) &+ low) | difference | low)
            }
            while candidates != 0 {
                let start = chunk + candidates.trailingZeroBitCount / 8
                candidates &= candidates - 1
                let scalar = ScalarText.scalar(at: start, in: bytes).scalar
                if !scalar.isASCII && !ScalarText.standsAlone(scalar) { return false }
                guard start >= read, Tokenizer.isWordScalar(scalar), Tokenizer.startsWord(at: start, in: bytes) else { continue }
                let end = Tokenizer.wordEnd(in: bytes, from: start)
                read = end.end
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end.end])
                if (end.ascii ? matchesOfASCII(token) : matchesOfFolded(token)) != 0 { body(start..<end.end) }
            }
            chunk += 8
        }
        return true
    }

    /// The words of the text that match any word of the query.
    private func matchedWords(in bytes: UnsafeBufferPointer<UInt8>, skipping excluded: [Range<Int>]) -> [MatchedWord] {
        var found: [MatchedWord] = []
        var ordinal = 0
        Tokenizer.forEachWord(in: bytes, skipping: excluded) { word, range, ascii in
            let matched = ascii ? matchesOfASCII(word) : matchesOfFolded(word)
            if matched != 0 { found.append(MatchedWord(words: matched, range: range, ordinal: ordinal)) }
            ordinal += 1
        }
        return found
    }

    /// `SearchQuery.matches(in:)` over the text's matching words only: a word that matches none of the
    /// query's words can neither start a term nor stand inside one, so skipping it changes nothing, as long
    /// as a term's words are told to follow one another in the text.
    private func ranges(of found: [MatchedWord]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < found.count {
            var matched = 0
            for term in terms where term.count > matched && i + term.count <= found.count {
                var ok = true
                for (k, w) in term.enumerated() {
                    let word = found[i + k]
                    if word.ordinal != found[i].ordinal + k || word.words & (1 << UInt64(w)) == 0 {
                        ok = false
                        break
                    }
                }
                if ok { matched = term.count }
            }
            if matched > 0 {
                out.append(found[i].range.lowerBound..<found[i + matched - 1].range.upperBound)
                i += matched
            } else {
                i += 1
            }
        }
        return out
    }

    /// The query's words an ASCII word of the text matches, compared on bytes: the token's folded form is
    /// its bytes lower-cased (its bytes as they are when case counts), and a query word with other than
    /// ASCII in it, folded as it is, can equal no ASCII word.
    @inline(__always)
    private func matchesOfASCII(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var candidates = byFirstByte[Int(token[0])]
        var matched: UInt64 = 0
        let fold = !query.caseSensitive
        while candidates != 0 {
            let w = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            let word = words[w]
            let length = word.bytes.count
            guard word.isPrefix ? token.count >= length : token.count == length else { continue }
            var equal = true
            for k in 1..<length {
                let byte = token[k]
                if (fold && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != word.bytes[k] {
                    equal = false
                    break
                }
            }
            if equal { matched |= 1 << UInt64(w) }
        }
        return matched
    }

    /// The query's words a word with other than ASCII in it matches, folded as `Tokenizer.tokens` folds it.
    private func matchesOfFolded(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let kept = Tokenizer.fold(String(decoding: token, as: UTF8.self), lowercase: false)
        let form = query.caseSensitive ? kept : kept.lowercased()
        var matched: UInt64 = 0
        for (w, word) in words.enumerated() where word.isPrefix ? form.hasPrefix(word.text) : form == word.text {
            matched |= 1 << UInt64(w)
        }
        return matched
    }
}
