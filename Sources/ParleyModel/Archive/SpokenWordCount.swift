/// A paragraph's words as `Paragraph.wordCount` counts them, read in one pass over the UTF-8 bytes.
///
/// Timelines need the words of every turn of the archive; `wordCount` reads each text twice (once to see
/// that its `Character`s are its scalars, once through a scalar iterator), which took most of a timeline's
/// time on a 100 MB archive. Here both happen in one loop over the bytes, which takes no branch on ASCII.
/// Where a text is not one scalar to a `Character` (a CR LF, a combining mark), or its bytes are not
/// contiguous, `wordCount` itself answers.
enum SpokenWordCount {
    static func of(_ paragraph: Paragraph) -> Int {
        let counted = paragraph.text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var state = State()
            guard let notes = paragraph.runs.firstIndex(where: { $0.kind == .note }) else {
                return read(bytes, 0..<bytes.count, into: &state) ? state.total : nil
            }
            let ranges = paragraph.runs[notes...].filter { $0.kind == .note }.map(\.range)
            guard let notes = noteBytes(bytes, ranges, characters: paragraph.runs.last?.range.upperBound ?? 0) else { return nil }
            var at = 0
            for note in notes {
                // A note is cut out, joining what stands either side of it, as in `spokenText`.
                guard read(bytes, at..<note.lowerBound, into: &state) else { return nil }
                at = note.upperBound
            }
            return read(bytes, at..<bytes.count, into: &state) ? state.total : nil
        }
        return (counted ?? nil) ?? paragraph.wordCount
    }

    /// Words ended so far, and whether the stretch of non-whitespace being read holds a letter or digit (1)
    /// or not (0): a word ends at whitespace after such a stretch.
    struct State {
        var count = 0
        var hasLetter = 0
        var total: Int { count + hasLetter }
    }

    /// What each byte is, in bits: 1 whitespace, 2 a letter or digit, 4 a line feed (which may end a CR LF),
    /// 8 not ASCII.
    private static let byteClasses: [UInt8] = (0..<256).map { byte in
        if byte >= 0x80 { return 8 }
        if byte == 10 { return 1 | 4 }
        if byte == 32 || (byte >= 9 && byte <= 13) { return 1 }
        return (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) ? 2 : 0
    }

    /// The notes' ranges (in `Character`s of a text of `characters`) as byte ranges, or nil where the text's
    /// scalars are not its `Character`s, so that the ranges cannot be counted on scalars.
    private static func noteBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ notes: [Range<Int>], characters: Int) -> [Range<Int>]? {
        // As many `Character`s as bytes: one byte each (ASCII, no CR LF), so offsets are byte offsets.
        if characters == bytes.count { return notes }
        let bounds = notes.flatMap { [$0.lowerBound, $0.upperBound] }
        var found: [Int] = []
        found.reserveCapacity(bounds.count)
        var scalar = 0
        var b = 0
        while true {
            while found.count < bounds.count && bounds[found.count] == scalar { found.append(b) }
            guard b < bytes.count else { break }
            let byte = bytes[b]
            if byte < 0x80 {
                if byte == 10 && b > 0 && bytes[b - 1] == 13 { return nil }
                b += 1
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard b + length <= bytes.count else { return nil }
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(bytes[b + k] & 0x3F) }
                guard let scalar = Unicode.Scalar(value), ScalarText.standsAlone(scalar) else { return nil }
                b += length
            }
            scalar += 1
        }
        guard found.count == bounds.count else { return nil }
        return stride(from: 0, to: found.count, by: 2).map { found[$0]..<found[$0 + 1] }
    }

    /// Reads `range` of the bytes on from `state`; false where a scalar joins another into one `Character`.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into state: inout State) -> Bool {
        byteClasses.withUnsafeBufferPointer { classes in
            var count = state.count
            var hasLetter = state.hasLetter
            var b = range.lowerBound
            let end = range.upperBound
            while b < end {
                let byte = bytes[b]
                var kind = Int(classes[Int(byte)])
                if kind >= 4 {
                    if kind & 4 != 0 {
                        if b > 0 && bytes[b - 1] == 13 { return false }
                    } else {
                        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                        guard b + length <= bytes.count else { return false }
                        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for k in 1..<length { value = value << 6 | UInt32(bytes[b + k] & 0x3F) }
                        guard let scalar = Unicode.Scalar(value), ScalarText.standsAlone(scalar) else { return false }
                        let character = Character(scalar)
                        kind = character.isWhitespace ? 1 : Tokenizer.isWordChar(character) ? 2 : 0
                        b += length - 1
                    }
                }
                let whitespace = kind & 1
                count &+= whitespace & hasLetter
                hasLetter = (whitespace ^ 1) & (hasLetter | (kind >> 1 & 1))
                b += 1
            }
            state.count = count
            state.hasLetter = hasLetter
            return true
        }
    }
}
