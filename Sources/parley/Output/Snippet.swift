import ParleyModel

/// A hit with some of its paragraph around it, cut at spaces, `…` where the paragraph goes on.
struct Snippet: Encodable, Sendable {
    var before: String
    var match: String
    var after: String

    /// `range` counts `Character`s. Where each of the text's `Character`s is one scalar (nearly every
    /// transcript), the text is cut on its UTF-8 bytes, without grapheme breaking or making an array of it;
    /// `usesScalars` off cuts every text by `Character`s, only to test that both ways agree.
    init(text: String, range: Range<Int>, context: Int, usesScalars: Bool = true) {
        if usesScalars, ScalarText.charactersAreScalars(text) {
            var text = text
            var resume = (byte: 0, character: 0)
            self = text.withUTF8 { Self(scalarBytes: $0, range: range, context: context, resume: &resume) }
        } else {
            self.init(characters: Array(text), range: range, context: context)
        }
    }

    /// The snippets of several ranges of one text, as `init(text:range:context:)` cuts each, the text looked
    /// at once for them all: a common word stands several times in most paragraphs, and each snippet read
    /// its paragraph from the start. Ranges in increasing order are each read from where the last began.
    static func cut(_ text: String, ranges: [Range<Int>], context: Int) -> [Snippet] {
        guard ScalarText.charactersAreScalars(text) else {
            let chars = Array(text)
            return ranges.map { Snippet(characters: chars, range: $0, context: context) }
        }
        var text = text
        return text.withUTF8 { bytes in
            var resume = (byte: 0, character: 0)
            return ranges.map { Snippet(scalarBytes: bytes, range: $0, context: context, resume: &resume) }
        }
    }

    private init(characters chars: [Character], range: Range<Int>, context: Int) {
        let space: Character = " "
        match = String(chars[range])
        let from = max(0, range.lowerBound - context)
        var head = chars[from..<range.lowerBound]
        if from > 0, let cut = head.firstIndex(of: space), chars[from - 1] != space {
            // Start at a word: drop the cut word's tail unless the cut fell on a space already.
            head = head[(cut + 1)...]
        }
        before = (from > 0 ? "…" : "") + String(head)
        let to = min(chars.count, range.upperBound + context)
        var tail = chars[range.upperBound..<to]
        if to < chars.count, let cut = tail.lastIndex(of: space), chars[to] != space { tail = tail[..<cut] }
        after = String(tail) + (to < chars.count ? "…" : "")
    }

    /// The same cut as `init(characters:…)`, for UTF-8 whose every scalar is a `Character`: a `Character`
    /// then starts at each byte that is not a continuation byte, and a space is the byte 0x20 wherever it
    /// stands (no byte of a longer scalar is below 0x80). The walk starts at `resume`, a `Character` and
    /// its byte, when it is not past the cut's start, and leaves it at the cut's start for the next range.
    private init(
        scalarBytes bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, context: Int, resume: inout (byte: Int, character: Int)
    ) {
        let space: UInt8 = 0x20
        // Byte offsets of the four `Character` offsets the cut needs, in order, each walk going on from the
        // last; an offset past the text's end is its end.
        let wanted = [max(0, range.lowerBound - context), range.lowerBound, range.upperBound, range.upperBound + context]
        if resume.character > wanted[0] { resume = (0, 0) }
        var offsets: [Int] = []
        var walked = (byte: resume.byte, scalar: resume.character)
        for character in wanted {
            walked = (ScalarText.byteOffset(ofScalar: character, in: bytes, from: walked), character)
            offsets.append(walked.byte)
        }
        if offsets[0] < bytes.count { resume = (offsets[0], wanted[0]) }
        func string(_ slice: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[slice]), as: UTF8.self)
        }
        let (from, lower, upper, to) = (offsets[0], offsets[1], offsets[2], offsets[3])
        match = string(lower..<upper)
        var head = from..<lower
        if from > 0, let cut = bytes[head].firstIndex(of: space), bytes[from - 1] != space {
            // Start at a word: drop the cut word's tail unless the cut fell on a space already.
            head = (cut + 1)..<lower
        }
        before = (from > 0 ? "…" : "") + string(head)
        var tail = upper..<to
        if to < bytes.count, let cut = bytes[tail].lastIndex(of: space), bytes[to] != space { tail = upper..<cut }
        after = string(tail) + (to < bytes.count ? "…" : "")
    }

    enum CodingKeys: String, CodingKey { case before, match, after }

    /// `…the [deportations] of…`
    var marked: String { before + "[" + match + "]" + after }
}
