import Foundation

/// A stable name for a corpus: the same files with the same contents give the same id on every machine
/// and run, so marks follow the corpus and not the folder it was loaded from.
public enum CorpusIdentity {
    /// `corpus2-<16 hex digits>`: FNV-1a (64-bit) over each document's file name and the hash of its source
    /// text, in order. The text hashes are recorded when files are parsed, so no text is read for it.
    public static func id(of corpus: Corpus) -> String {
        var hash = Hash()
        for doc in corpus.documents {
            hash.feed(doc.fileName)
            var textHash = UInt64(bitPattern: doc.source.contentHash).littleEndian
            withUnsafeBytes(of: &textHash) { hash.feed($0) }
        }
        return prefix + hash.hex
    }

    /// Ids start with this; ids made before (`legacyID`) start with `corpus-`, so files named by them can
    /// be told apart without reading any text.
    public static let prefix = "corpus2-"

    /// The id parley gave a corpus before source texts were read only when needed: `corpus-<16 hex digits>`,
    /// FNV-1a over each document's file name and whole source text. Reading every text, it is worked out
    /// only to find marks saved under it; texts not already in memory are not kept.
    public static func legacyID(of corpus: Corpus) -> String {
        var hash = Hash()
        for doc in corpus.documents {
            hash.feed(doc.fileName)
            // A text that can no longer be had cannot be the one the old id was made from.
            guard case .success(let text) = doc.source.readWithoutKeeping() else { return legacyPrefix + "unavailable" }
            hash.feed(text)
        }
        return legacyPrefix + hash.hex
    }

    static let legacyPrefix = "corpus-"

    /// True for a name `legacyID` can give.
    static func isLegacyID(_ name: Substring) -> Bool {
        name.hasPrefix(legacyPrefix) && name.count == legacyPrefix.count + 16
            && name.dropFirst(legacyPrefix.count).allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// 64-bit FNV-1a, each fed string closed with a 0xFF byte (which UTF-8 never holds) so that names and
    /// texts cannot run into each other.
    private struct Hash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func feed(_ s: String) {
            var s = s
            s.withUTF8 { feed(UnsafeRawBufferPointer($0)) }
        }

        mutating func feed(_ bytes: UnsafeRawBufferPointer) {
            var hash = value
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            value = hash &* 0x0000_0100_0000_01B3
        }

        var hex: String { String(format: "%016llx", value) }
    }
}
