/// Numbers words given as UTF-8 bytes, each distinct word once, from 0 in the order first met, without
/// making a `String` of each: a concordance of a common word numbers millions of words, and hashing each as
/// a `String` cost more than finding them.
struct WordNumbering: Sendable {
    /// The distinct words one after another; word `n` ends at `ends[n]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing: a word's number plus one, 0 for an empty slot; never more than half full.
    private var slots: [Int32]

    init() { slots = [Int32](repeating: 0, count: 256) }

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
        return bytes.withUnsafeBufferPointer { all in
            for k in 0..<word.count where all[start + k] != word[k] { return false }
            return true
        }
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

    /// FNV-1a: words are short, and their order in the table is not seen.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
