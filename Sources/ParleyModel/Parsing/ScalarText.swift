import Foundation

/// When a text's `Character`s are its Unicode scalars, one to one, offsets in `Character`s can be counted on
/// scalars and bytes, without grapheme breaking. That holds for ASCII, Latin-1, Latin Extended and the
/// general punctuation of press texts (curly quotes, dashes, ellipses), which is nearly every transcript;
/// a text with combining marks, joiners, emoji or scripts that join scalars into one `Character` does not.
public enum ScalarText {
    /// Whether every scalar of the text is a `Character` of its own. A CR LF pair is one `Character`; text
    /// with one is not, unless `allowingCRLF` (for callers that split at line breaks, or skip them as spaces).
    public static func charactersAreScalars(_ text: some StringProtocol, allowingCRLF: Bool = false) -> Bool {
        if let contiguous = text.utf8.withContiguousStorageIfAvailable({ charactersAreScalars(utf8: $0, allowingCRLF: allowingCRLF) }) {
            return contiguous
        }
        var previous: Unicode.Scalar = "\0"
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar), allowingCRLF || previous != "\r" || scalar != "\n" else { return false }
            previous = scalar
        }
        return true
    }

    /// `charactersAreScalars(_:allowingCRLF:)` of the text these valid UTF-8 bytes are.
    public static func charactersAreScalars(utf8 bytes: UnsafeBufferPointer<UInt8>, allowingCRLF: Bool = false) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            // Eight bytes of ASCII at a time, when none of them can end a CR LF pair that matters.
            if i + 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    if allowingCRLF {
                        i += 8
                        continue
                    }
                    let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D
                    let holdsCR = (cr &- 0x0101_0101_0101_0101) & ~cr & 0x8080_8080_8080_8080 != 0
                    if !holdsCR && (i == 0 || bytes[i - 1] != 13) {
                        i += 8
                        continue
                    }
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                if b == 10 && i > 0 && bytes[i - 1] == 13 && !allowingCRLF { return false }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= count else { return false }
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), standsAlone(scalar) else { return false }
            i += length
        }
        return true
    }

    /// A scalar that never joins the scalar before or after it into one `Character`.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return true }
        // General punctuation, less the zero-width joiner and non-joiner; currency signs.
        if v >= 0x2000 && v < 0x2070 { return v != 0x200C && v != 0x200D }
        return v >= 0x20A0 && v < 0x20D0
    }

    /// The scalars that are newline `Character`s: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
    public static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 10 && v <= 13) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// The bytes a scalar takes in UTF-8, from its first byte.
    @inline(__always)
    static func length(leadByte b: UInt8) -> Int { b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }

    /// The scalar whose UTF-8 starts at `i` in valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(at i: Int, in bytes: Bytes) -> (scalar: Unicode.Scalar, length: Int)
    where Bytes.Index == Int {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = length(leadByte: b)
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Where the scalar that ends just before byte `b` starts, in valid UTF-8.
    @inline(__always)
    static func start(ofScalarBefore b: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = b - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// The byte where scalar `n` starts in valid UTF-8 (the end, for one at or past the last), walking on from
    /// a scalar at or before it and that scalar's byte.
    public static func byteOffset(
        ofScalar n: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: (byte: Int, scalar: Int) = (0, 0)
    ) -> Int {
        var (b, s) = start
        while s < n && b < bytes.count {
            b += length(leadByte: bytes[b])
            s += 1
        }
        return b
    }

    /// How many scalars a stretch of valid UTF-8 holds.
    @inline(__always)
    static func scalarCount(_ bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// A text's UTF-8 as an array, copied whole rather than byte by byte through `String.UTF8View`.
    static func bytes(of text: String) -> [UInt8] {
        text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
    }

    /// How many scalars a text holds, counted on its bytes in place.
    static func scalarCount(of text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { scalarCount($0) } ?? text.unicodeScalars.count
    }

    /// `text.utf8.prefix(limit).contains(byte)`, without stepping a `String.UTF8View` index byte by byte.
    static func contains(_ byte: UInt8, in text: some StringProtocol, within limit: Int = .max) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), min(bytes.count, limit)) != nil
        } ?? text.utf8.prefix(limit).contains(byte)
    }

    /// ASCII spaces, tabs and line breaks (`Character.isWhitespace` for ASCII).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
}
