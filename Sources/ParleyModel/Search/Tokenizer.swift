import Foundation

/// A word of a paragraph: where it stands and its folded form for matching.
public struct Token: Sendable, Hashable {
    /// `Character` offsets in the paragraph's text.
    public var range: Range<Int>
    /// Lower-cased, accents and typographic apostrophes folded: `peña` → `pena`, `it’s` → `it's`.
    public var folded: String
    /// Accents folded but case kept, for case-sensitive matching.
    public var caseKept: String
}

/// Splits text into words the same way everywhere: counting, searching and comparing.
public enum Tokenizer {
    /// Whitespace-separated tokens holding at least one letter or digit (the usual word count).
    public static func words(in text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Word tokens for matching: runs of letters and digits, with an apostrophe allowed inside
    /// (`it's`, `America’s`). `U.S.-Mexico` gives `U`, `S`, `Mexico`.
    public static func tokens(in text: String, skipping excluded: [Range<Int>] = []) -> [Token] {
        // Offsets count `Character`s; where each is one scalar, the scalars are counted, on the UTF-8 bytes.
        guard ScalarText.charactersAreScalars(text) else { return characterTokens(in: text, skipping: excluded) }
        var out: [Token] = []
        withUTF8(of: text) { bytes in
            forEachWord(in: bytes, skipping: excluded) { word, range, ascii in
                if ascii {
                    let folded = String(unsafeUninitializedCapacity: word.count) { buffer in
                        for (k, byte) in word.enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                        return word.count
                    }
                    out.append(Token(range: range, folded: folded, caseKept: String(decoding: word, as: UTF8.self)))
                } else {
                    let kept = fold(String(decoding: word, as: UTF8.self), lowercase: false)
                    out.append(Token(range: range, folded: kept.lowercased(), caseKept: kept))
                }
            }
        }
        return out
    }

    /// Each word `tokens(in:skipping:)` makes, in order: its `Token.folded` as UTF-8 bytes (valid only while
    /// `body` runs) and its range. The same words, without a `Token` or a `String` for each ASCII word.
    static func forEachFoldedWord(
        in text: String, skipping excluded: [Range<Int>] = [],
        _ body: (_ folded: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Void
    ) {
        guard ScalarText.charactersAreScalars(text) else {
            for token in characterTokens(in: text, skipping: excluded) { withUTF8(of: token.folded) { body($0, token.range) } }
            return
        }
        var lowered = [UInt8](repeating: 0, count: 32)
        withUTF8(of: text) { bytes in
            forEachWord(in: bytes, skipping: excluded) { word, range, ascii in
                guard ascii else {
                    withUTF8(of: fold(String(decoding: word, as: UTF8.self))) { body($0, range) }
                    return
                }
                if lowered.count < word.count { lowered = [UInt8](repeating: 0, count: word.count) }
                lowered.withUnsafeMutableBufferPointer { buffer in
                    for (k, byte) in word.enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                    body(UnsafeBufferPointer(rebasing: buffer[0..<word.count]), range)
                }
            }
        }
    }

    /// Calls `body` with a text's UTF-8 in place (a copy only where the string keeps none).
    static func withUTF8<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Each word of valid UTF-8 text whose `Character`s are its scalars, in order: its bytes, its
    /// `Character` offsets, and whether it is all ASCII. Words are as `tokens(in:skipping:)` makes them;
    /// `excluded` (`Character` offsets) are left out. Word boundaries on bytes are decided here, in
    /// `wordEnd` and in `startsWord` alone.
    @inline(__always)
    static func forEachWord(
        in bytes: UnsafeBufferPointer<UInt8>, skipping excluded: [Range<Int>],
        _ body: (_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ ascii: Bool) -> Void
    ) {
        let count = bytes.count
        var b = 0
        var i = 0
        var excludedIndex = 0
        let sortedExcluded = excluded.count > 1 ? excluded.sorted { $0.lowerBound < $1.lowerBound } : excluded
        while b < count {
            if excludedIndex < sortedExcluded.count {
                while excludedIndex < sortedExcluded.count && sortedExcluded[excludedIndex].upperBound <= i {
                    excludedIndex += 1
                }
                if excludedIndex < sortedExcluded.count && sortedExcluded[excludedIndex].contains(i) {
                    let end = sortedExcluded[excludedIndex].upperBound
                    while i < end && b < count {
                        b += ScalarText.length(leadByte: bytes[b])
                        i += 1
                    }
                    continue
                }
            }
            let first = ScalarText.scalar(at: b, in: bytes)
            guard isWordScalar(first.scalar) else {
                b += first.length
                i += 1
                continue
            }
            let startByte = b
            let word = wordEnd(in: bytes, from: b)
            b = word.end
            body(UnsafeBufferPointer(rebasing: bytes[startByte..<b]), i..<i + word.scalars, word.ascii)
            i += word.scalars
        }
    }

    /// The end of the word that starts at byte `b`, where a word scalar stands: the byte after it, how many
    /// scalars it holds, and whether they are all ASCII. An apostrophe between a word's scalar and a letter
    /// is inside the word.
    @inline(__always)
    static func wordEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, scalars: Int, ascii: Bool) {
        let count = bytes.count
        var b = start
        var scalars = 0
        var ascii = true
        while b < count {
            let byte = bytes[b]
            // Most of a word is ASCII letters: no scalar to decode. Any other ASCII but an apostrophe ends it.
            if byte < 0x80 {
                if isASCIIWordByte(byte) {
                    b += 1
                    scalars += 1
                    continue
                }
                if byte != UInt8(ascii: "'") { break }
            }
            let (s, length) = ScalarText.scalar(at: b, in: bytes)
            if isWordScalar(s) {
                if length > 1 { ascii = false }
            } else if isApostropheScalar(s) && b + length < count && b > start
                && isLetterScalar(ScalarText.scalar(at: b + length, in: bytes).scalar)
            {
                if length > 1 { ascii = false }
            } else {
                break
            }
            b += length
            scalars += 1
        }
        return (b, scalars, ascii)
    }

    /// Whether the word scalar at byte `b` starts a word, as `forEachWord` finds them, rather than stands
    /// inside one: looked at from there, without reading the text before it from its start.
    @inline(__always)
    static func startsWord(at b: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b > 0 else { return true }
        let byte = bytes[b - 1]
        // Mostly a space or a letter: nothing to decode, no apostrophe to look past.
        if byte < 0x80 && byte != UInt8(ascii: "'") { return !isWordScalar(Unicode.Scalar(byte)) }
        let before = ScalarText.start(ofScalarBefore: b, in: bytes)
        let previous = ScalarText.scalar(at: before, in: bytes).scalar
        if isWordScalar(previous) { return false }
        guard isApostropheScalar(previous), before > 0 else { return true }
        let letter = ScalarText.scalar(at: ScalarText.start(ofScalarBefore: before, in: bytes), in: bytes).scalar
        return !(isWordScalar(letter) && isLetterScalar(ScalarText.scalar(at: b, in: bytes).scalar))
    }

    @inline(__always)
    private static func isApostropheScalar(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" || s == "‘" }

    /// An ASCII letter or digit.
    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (48...57).contains(s.value) || (97...122).contains(s.value | 0x20) }
        let c = Character(s)
        return c.isLetter || c.isNumber
    }

    @inline(__always)
    private static func isLetterScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (97...122).contains(s.value | 0x20) }
        return Character(s).isLetter
    }

    /// `tokens(in:skipping:)` on `Character`s, for text whose scalars join into `Character`s.
    static func characterTokens(in text: String, skipping excluded: [Range<Int>]) -> [Token] {
        var out: [Token] = []
        let chars = Array(text)
        var i = 0
        var excludedIndex = 0
        let sortedExcluded = excluded.sorted { $0.lowerBound < $1.lowerBound }
        while i < chars.count {
            while excludedIndex < sortedExcluded.count && sortedExcluded[excludedIndex].upperBound <= i {
                excludedIndex += 1
            }
            if excludedIndex < sortedExcluded.count && sortedExcluded[excludedIndex].contains(i) {
                i = sortedExcluded[excludedIndex].upperBound
                continue
            }
            guard isWordChar(chars[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < chars.count {
                if isWordChar(chars[i]) {
                    i += 1
                } else if isApostrophe(chars[i]) && i + 1 < chars.count && chars[i + 1].isLetter && i > start {
                    i += 1
                } else {
                    break
                }
            }
            let word = String(chars[start..<i])
            let kept = fold(word, lowercase: false)
            out.append(Token(range: start..<i, folded: kept.lowercased(), caseKept: kept))
        }
        return out
    }

    public static func isWordChar(_ c: Character) -> Bool {
        // Most text is ASCII, where Unicode property lookups are the tokenizer's main cost.
        if let a = c.asciiValue { return (48...57).contains(a) || (97...122).contains(a | 0x20) }
        return c.isLetter || c.isNumber
    }
    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" || c == "‘" }

    /// Removes accents (by dropping combining marks after canonical decomposition) and
    /// turns typographic apostrophes into `'`; lower-cases when asked.
    public static func fold(_ s: String, lowercase: Bool = true) -> String {
        // Most words are plain ASCII: nothing to decompose.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return lowercase ? s.lowercased() : s }
        var scalars = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            if scalar == "’" || scalar == "‘" { scalars.append("'") } else { scalars.append(scalar) }
        }
        let out = String(scalars)
        return lowercase ? out.lowercased() : out
    }
}
