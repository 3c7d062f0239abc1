import Foundation

/// What the store remembers of a file to tell whether it changed, as git's index and ccache do:
/// size and modification time, and a content hash to settle the case where only the time moved.
struct FileSignature: Equatable, Sendable {
    var size: Int64
    var modifiedNanoseconds: Int64

    /// The file's size and modification time, or nil when it cannot be looked at (the reader then says why).
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        size = Int64(status.st_size)
        modifiedNanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }

    init(size: Int64, modifiedNanoseconds: Int64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// 64-bit FNV-1a of the bytes: not for security, only to see that a touched file holds what it held.
    static func contentHash(_ data: Data) -> Int64 {
        data.withUnsafeBytes { raw in contentHash(raw) }
    }

    static func contentHash(_ raw: UnsafeRawBufferPointer) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in raw {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }

    /// The hash as text, for names.
    static func hexHash(_ text: String) -> String {
        let value = UInt64(bitPattern: contentHash(Data(text.utf8)))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
