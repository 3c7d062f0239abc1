import Foundation

/// A stable name for a corpus: the same files with the same contents give the same id on every machine
/// and run, so marks follow the corpus and not the folder it was loaded from.
public enum CorpusIdentity {
    /// `corpus-<16 hex digits>`: FNV-1a (64-bit) over each document's file name and source text, in order.
    public static func id(of corpus: Corpus) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ s: String) {
            for byte in s.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for doc in corpus.documents {
            feed(doc.fileName)
            feed(doc.sourceText)
        }
        return "corpus-" + String(format: "%016llx", hash)
    }
}
