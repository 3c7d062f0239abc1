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
        if word.isGap, words.last?.isGap == true { return }
        words.append(word.isGap ? .gap : word)
    }

    static let edgePunctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "“", "”", "*"]

    /// Words split at whitespace scalars; a word of ASCII is read on its bytes, any other as `Character`s.
    private mutating func readScalars(_ text: String) {
        let utf8 = text.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        bytes.append(contentsOf: utf8)
        let count = bytes.count
        /// The length in bytes of the whitespace scalar at `i`, or 0.
        func whitespace(at i: Int) -> Int {
            let b = bytes[i]
            if b < 0x80 { return ScalarText.isASCIIWhitespace(b) ? 1 : 0 }
            let (scalar, length) = ScalarText.scalar(at: i, in: bytes)
            return Character(scalar).isWhitespace ? length : 0
        }
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
            // A name never runs across a line break: "Heather Nauert" above "Department Press Briefing" is not one name.
            var after = i
            while after < count, bytes[after] == 32 || bytes[after] == 9 { after += 1 }
            let lastOnLine = after < count && (bytes[after] == 10 || bytes[after] == 13)
            if ascii {
                append(Self.asciiWord(bytes[start..<i], lastOnLine: lastOnLine))
            } else {
                let from = utf8.index(utf8.startIndex, offsetBy: start)
                let to = utf8.index(from, offsetBy: i - start)
                append(Self.word(text[from..<to], lastOnLine: lastOnLine))
            }
        }
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

    private static func asciiWord(_ raw: ArraySlice<UInt8>, lastOnLine: Bool) -> Word {
        func isEdge(_ b: UInt8) -> Bool { b == 0x2C || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x22 || b == 0x2A }
        var lo = raw.startIndex
        var hi = raw.endIndex
        while lo < hi, isEdge(raw[lo]) { lo += 1 }
        while hi > lo, isEdge(raw[hi - 1]) { hi -= 1 }
        let isInitial = hi - lo == 2 && raw[hi - 1] == 0x2E
        if !isInitial {
            while lo < hi, raw[lo] == 0x2E { lo += 1 }
            while hi > lo, raw[hi - 1] == 0x2E { hi -= 1 }
        }
        if raw.first == 0x28 { return .gap }
        let last = raw.last ?? 0
        let ends =
            lastOnLine || (last == 0x2C || last == 0x3B || last == 0x3A || last == 0x29 || last == 0x22 || last == 0x2A)
            || (last == 0x2E && !isInitial)
        // Only capitalised words can be part of a name; the rest need neither text nor folding.
        guard lo < hi, raw[lo] >= 0x41 && raw[lo] <= 0x5A else { return Word(text: "", folded: "", endsName: ends) }
        let text = String(decoding: raw[lo..<hi], as: UTF8.self)
        let folded = String(decoding: raw[lo..<hi].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
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
