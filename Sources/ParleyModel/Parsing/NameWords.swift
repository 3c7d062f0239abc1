/// The capitalised words of one document, in order, where a label's full name is looked for ("John Kelly" around
/// `KELLY`). Read once when the file is parsed, so resolving speakers across a corpus only merges these tables.
/// Runs of other words are kept as one gap each: a name never runs across them.
struct NameWords: Sendable {
    struct Word: Sendable {
        var text: String
        /// Accents folded, upper-cased: how a label's words are matched.
        var folded: String
        /// Punctuation or a line break right after the word ends a name.
        var endsName: Bool

        /// Words that cannot be part of a name, kept as one.
        static let gap = Word(text: "", folded: "", endsName: true)
        var isGap: Bool { text.isEmpty }
    }

    private(set) var words: [Word] = []

    /// Words read before (kept in the corpus store).
    init(words: [Word]) { self.words = words }

    init(_ text: String) {
        // CR LF is one `Character` but is whitespace either way, so words split the same at its two scalars.
        if ScalarText.charactersAreScalars(text, allowingCRLF: true) {
            readScalars(text)
        } else {
            readCharacters(text)
        }
    }

    /// The words read one `Character` at a time, as for text whose scalars join into `Character`s.
    init(characters text: String) {
        readCharacters(text)
    }

    private mutating func append(_ word: Word) {
        // The last word's flag is read in place: `words.last` would copy its two strings.
        if word.isGap, !words.isEmpty, words[words.count - 1].isGap { return }
        words.append(word.isGap ? .gap : word)
    }

    static let edgePunctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "“", "”", "*"]

    /// Words split at whitespace scalars, read on their bytes; a capitalised word with a scalar beyond ASCII is
    /// read as `Character`s, which are its scalars.
    private mutating func readScalars(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in readScalars(text, bytes) }
        guard done == nil else { return }
        Array(text.utf8).withUnsafeBufferPointer { bytes in readScalars(text, bytes) }
    }

    private mutating func readScalars(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        let utf8 = text.utf8
        let count = bytes.count
        /// The length in bytes of the whitespace scalar at `i`, or 0.
        func whitespace(at i: Int) -> Int {
            let b = bytes[i]
            if b < 0x80 { return ScalarText.isASCIIWhitespace(b) ? 1 : 0 }
            let (scalar, length) = ScalarText.scalar(at: i, in: bytes)
            return Character(scalar).isWhitespace ? length : 0
        }
        var afterGap = !words.isEmpty && words[words.count - 1].isGap
        var i = 0
        while i < count {
            let gap = whitespace(at: i)
            if gap > 0 {
                i += gap
                continue
            }
            let start = i
            var ascii = true
            while i < count {
                if bytes[i] >= 0x80 {
                    if whitespace(at: i) > 0 { break }
                    ascii = false
                    i += ScalarText.length(leadByte: bytes[i])
                    continue
                } else if ScalarText.isASCIIWhitespace(bytes[i]) {
                    break
                }
                i += 1
            }
            // Most words are not capitalised and become a gap: nothing more is read of them.
            guard let bare = Self.capitalised(bytes, start..<i) else {
                // Most words: a run of them is one gap, known without looking at the table.
                if !afterGap { words.append(.gap) }
                afterGap = true
                continue
            }
            afterGap = false
            // A name never runs across a line break: "Heather Nauert" above "Department Press Briefing" is not one name.
            var after = i
            while after < count, bytes[after] == 32 || bytes[after] == 9 { after += 1 }
            let lastOnLine = after < count && (bytes[after] == 10 || bytes[after] == 13)
            if ascii {
                append(Self.asciiWord(bytes, start..<i, bare: bare, lastOnLine: lastOnLine))
            } else {
                let from = utf8.index(utf8.startIndex, offsetBy: start)
                let to = utf8.index(from, offsetBy: i - start)
                append(Self.word(text[from..<to], lastOnLine: lastOnLine))
                afterGap = words[words.count - 1].isGap
            }
        }
    }

    /// The bytes of the word at `raw` that `word` would keep, when they start with an upper-case letter; nil
    /// when the word is a gap. The word's scalars are its `Character`s, and the punctuation trimmed is ASCII
    /// or curly double quotes (E2 80 9C, E2 80 9D).
    private static func capitalised(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>) -> Range<Int>? {
        func isEdge(_ b: UInt8) -> Bool { b == 0x2C || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x22 || b == 0x2A }
        func isCurlyQuote(at i: Int) -> Bool { bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D) }
        guard !raw.isEmpty, bytes[raw.lowerBound] != 0x28 else { return nil }
        // A word that starts with an ASCII letter or digit other than a capital keeps that start: not capitalised.
        let start = bytes[raw.lowerBound]
        if start < 0x80, !(start >= 0x41 && start <= 0x5A), !isEdge(start), start != 0x2E { return nil }
        var lo = raw.lowerBound
        var hi = raw.upperBound
        while lo < hi {
            if isEdge(bytes[lo]) {
                lo += 1
            } else if hi - lo >= 3, isCurlyQuote(at: lo) {
                lo += 3
            } else {
                break
            }
        }
        while hi > lo {
            if isEdge(bytes[hi - 1]) {
                hi -= 1
            } else if hi - lo >= 3, isCurlyQuote(at: hi - 3) {
                hi -= 3
            } else {
                break
            }
        }
        let isInitial = hi - lo >= 2 && bytes[hi - 1] == 0x2E && ScalarText.scalarCount(bytes[lo..<hi]) == 2
        if !isInitial {
            while lo < hi, bytes[lo] == 0x2E { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x2E { hi -= 1 }
        }
        guard lo < hi else { return nil }
        let first = bytes[lo]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A ? lo..<hi : nil }
        return Character(ScalarText.scalar(at: lo, in: bytes).scalar).isUppercase ? lo..<hi : nil
    }

    /// The same words as `readScalars`, split at whitespace `Character`s: for text whose scalars join into `Character`s.
    private mutating func readCharacters(_ text: String) {
        let bytes = text.utf8
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            var after = raw.endIndex
            var lastOnLine = false
            while after < bytes.endIndex {
                let byte = bytes[after]
                if byte == 10 || byte == 13 {
                    lastOnLine = true
                    break
                }
                guard byte == 32 || byte == 9 else { break }
                after = bytes.index(after: after)
            }
            append(Self.word(raw, lastOnLine: lastOnLine))
        }
    }

    /// A capitalised word of ASCII, `bare` being what is left of it without its punctuation.
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>, bare: Range<Int>, lastOnLine: Bool) -> Word {
        let isInitial = bare.count == 2 && bytes[bare.upperBound - 1] == 0x2E
        let last = bytes[raw.upperBound - 1]
        let ends =
            lastOnLine || (last == 0x2C || last == 0x3B || last == 0x3A || last == 0x29 || last == 0x22 || last == 0x2A)
            || (last == 0x2E && !isInitial)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[bare]), as: UTF8.self)
        let folded = String(unsafeUninitializedCapacity: bare.count) { out in
            for (k, b) in bytes[bare].enumerated() { out[k] = b >= 0x61 && b <= 0x7A ? b - 0x20 : b }
            return bare.count
        }
        return Word(text: text, folded: folded, endsName: ends)
    }

    private static func word(_ raw: Substring, lastOnLine: Bool) -> Word {
        let trimmed = trim(raw, edgePunctuation)
        let isInitial = trimmed.count == 2 && trimmed.hasSuffix(".")
        let bare = isInitial ? trimmed : trim(trimmed, ["."])
        if raw.first == "(" { return .gap }
        let ends = lastOnLine || (raw.last.map { ",;:)\"”*".contains($0) || ($0 == "." && !isInitial) } ?? false)
        guard bare.first?.isUppercase == true else { return Word(text: "", folded: "", endsName: ends) }
        return Word(text: String(bare), folded: Tokenizer.fold(String(bare)).uppercased(), endsName: ends)
    }

    private static func trim(_ word: Substring, _ characters: Set<Character>) -> Substring {
        var word = word
        while let c = word.first, characters.contains(c) { word.removeFirst() }
        while let c = word.last, characters.contains(c) { word.removeLast() }
        return word
    }
}
