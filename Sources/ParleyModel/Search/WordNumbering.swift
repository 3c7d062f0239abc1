import Foundation

/// Numbers words given as UTF-8 bytes, each distinct word once, from 0 in the order first met, without
/// making a `String` of each: a concordance of a common word numbers millions of words, and hashing each as
/// a `String` cost more than finding them.
struct WordNumbering: Sendable {
    /// The distinct words one after another; word `n` ends at `ends[n]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing: a word's number plus one, 0 for an empty slot; never more than half full.
    private var slots: [Int32]

    /// `capacity`: about how many distinct words are expected, so that the table is not made again and again.
    init(capacity: Int = 128) {
        var size = 256
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// How many distinct words are numbered.
    var count: Int { ends.count }

    /// The number of `word`, given it when it is new.
    mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while slots[slot] != 0 {
            let known = Int(slots[slot] - 1)
            if bytesEqual(known, word) { return UInt32(known) }
            slot = (slot + 1) & mask
        }
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        slots[slot] = Int32(ends.count)
        if ends.count * 2 > slots.count { grow() }
        return UInt32(ends.count - 1)
    }

    /// The number of each word of another numbering, in its order: for numberings made apart and joined.
    mutating func numbers(of other: WordNumbering) -> [UInt32] {
        other.bytes.withUnsafeBufferPointer { all in
            (0..<other.count).map { n in number(UnsafeBufferPointer(rebasing: all[other.start(of: n)..<other.ends[n]])) }
        }
    }

    /// Word `n` as text.
    func string(_ n: Int) -> String { String(decoding: bytes[start(of: n)..<ends[n]], as: UTF8.self) }

    private func start(of n: Int) -> Int { n == 0 ? 0 : ends[n - 1] }

    private func bytesEqual(_ n: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = start(of: n)
        guard ends[n] - start == word.count else { return false }
        guard word.count > 0, let base = word.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { all in memcmp(all.baseAddress! + start, base, word.count) == 0 }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { all in
            for n in 0..<ends.count {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: all[start(of: n)..<ends[n]])) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(n + 1)
            }
        }
    }

    /// Eight bytes at a time, each eight mixed in by a multiplication: words are short, and their order in
    /// the table is not seen.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = UInt64(word.count) &* 0x9E37_79B9_7F4A_7C15
        var k = 0
        while k < word.count {
            var chunk: UInt64 = 0
            if k + 8 <= word.count, let base = word.baseAddress {
                chunk = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
            } else {
                for j in k..<word.count { chunk |= UInt64(word[j]) << UInt64(8 * (j - k)) }
            }
            hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            k += 8
        }
        return Int(truncatingIfNeeded: hash)
    }
}
