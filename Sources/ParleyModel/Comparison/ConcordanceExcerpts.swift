extension Concordance {
    /// `excerpt` of each of several ranges of one text, in their order. Where every `Character` of the text is
    /// one scalar (nearly every transcript) the text is read in place on its UTF-8 bytes, each range's walk
    /// starting where the last one's began: made into `Character`s, a paragraph took longer to cut than its
    /// hits took to find.
    public static func excerpts(
        of text: String, ranges: [Range<Int>], before: Int, after: Int
    ) -> [(left: String, hit: String, right: String, leftIsCut: Bool, rightIsCut: Bool)] {
        guard ScalarText.charactersAreScalars(text) else {
            let characters = Array(text)
            return ranges.map { excerpt(characters, range: $0, before: before, after: after) }
        }
        return Tokenizer.withUTF8(of: text) { bytes in
            let count = ScalarText.scalarCount(bytes)
            var resume = (byte: 0, scalar: 0)
            return ranges.map { range in
                let range = range.clamped(to: 0..<count)
                if resume.scalar > range.lowerBound { resume = (0, 0) }
                let lower = ScalarText.byteOffset(ofScalar: range.lowerBound, in: bytes, from: resume)
                let upper = ScalarText.byteOffset(ofScalar: range.upperBound, in: bytes, from: (lower, range.lowerBound))
                resume = (lower, range.lowerBound)
                let left = leftContextCut(backwards: scalars(bytes, before: lower), width: before)
                let right = rightContextCut(forwards: scalars(bytes, from: upper), width: after)
                let hit = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
                return (left.text, hit, right.text, left.isCut, right.isCut)
            }
        }
    }

    /// The scalars before byte `end`, nearest first.
    private static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> ScalarWalk {
        ScalarWalk(bytes: bytes, byte: end, forwards: false)
    }

    /// The scalars from byte `start`.
    private static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ScalarWalk {
        ScalarWalk(bytes: bytes, byte: start, forwards: true)
    }
}

/// The scalars of valid UTF-8 from a byte, one way or the other: a value, where a closure would be made
/// anew, on the heap, for each side of each line.
private struct ScalarWalk: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var byte: Int
    let forwards: Bool

    mutating func next() -> Unicode.Scalar? {
        if forwards {
            guard byte < bytes.count else { return nil }
            let (scalar, length) = ScalarText.scalar(at: byte, in: bytes)
            byte += length
            return scalar
        }
        guard byte > 0 else { return nil }
        byte = ScalarText.start(ofScalarBefore: byte, in: bytes)
        return ScalarText.scalar(at: byte, in: bytes).scalar
    }
}
