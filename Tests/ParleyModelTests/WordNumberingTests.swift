import Testing

@testable import ParleyModel

/// Words numbered as bytes: the same word always the same number, distinct words distinct numbers in the
/// order first met, however many there are.
struct WordNumberingTests {
    static func number(_ word: String, in numbering: inout WordNumbering) -> UInt32 {
        Array(word.utf8).withUnsafeBufferPointer { numbering.number($0) }
    }

    @Test func numbersEachDistinctWordOnceInTheOrderFirstMet() {
        var numbering = WordNumbering()
        // Enough to fill the table several times over, with words that are prefixes of one another.
        let words = [""] + (0..<5000).map { "w\($0 % 1700)" } + ["", "w", "peña", "pena", "w1", "a longer word than eight bytes"]
        var first: [String: UInt32] = [:]
        for word in words {
            let number = Self.number(word, in: &numbering)
            if let known = first[word] {
                #expect(number == known, "\(word)")
            } else {
                #expect(number == UInt32(first.count), "\(word)")
                first[word] = number
            }
        }
        #expect(numbering.count == first.count)
        for (word, number) in first { #expect(numbering.string(Int(number)) == word) }
    }

    @Test func joinsANumberingMadeApart() {
        var whole = WordNumbering()
        for word in ["the", "border", "peña"] { _ = Self.number(word, in: &whole) }
        var part = WordNumbering()
        for word in ["wall", "the", "peña", "wall", "mexico"] { _ = Self.number(word, in: &part) }
        #expect(whole.numbers(of: part) == [3, 0, 2, 4])
        #expect((0..<whole.count).map(whole.string) == ["the", "border", "peña", "wall", "mexico"])
    }
}
