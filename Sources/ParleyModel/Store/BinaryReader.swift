import Foundation

/// Why cached bytes could not be read back: cut short or not what parley wrote.
struct BinaryFormatError: Error, CustomStringConvertible {
    var description: String
}

/// Reads what `BinaryWriter` wrote, checking every length against the bytes left, so damaged bytes
/// give an error, never a crash or a huge allocation.
struct BinaryReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func readUInt64() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count else { throw BinaryFormatError(description: "ends inside a number") }
            let byte = bytes[position]
            position += 1
            guard shift < 64 else { throw BinaryFormatError(description: "a number is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws -> Int {
        let raw = try readUInt64()
        return Int(truncatingIfNeeded: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count of things each at least one byte long, so it cannot exceed the bytes left.
    mutating func readCount() throws -> Int {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - position) else { throw BinaryFormatError(description: "a count runs past the end") }
        return Int(count)
    }

    mutating func readBool() throws -> Bool {
        guard position < bytes.count else { throw BinaryFormatError(description: "ends inside a flag") }
        let byte = bytes[position]
        position += 1
        guard byte <= 1 else { throw BinaryFormatError(description: "a flag is neither 0 nor 1") }
        return byte == 1
    }

    mutating func readString() throws -> String {
        let count = try readCount()
        let start = position
        position += count
        return try bytes.withUnsafeBufferPointer { buffer in
            // `String(validating:as:)` is not specialised and looks up generic metadata on every call, which
            // was half the time of reading a corpus back. Decoding repairs bad bytes instead of refusing
            // them, so a string whose bytes changed on the way in was not what was written.
            let written = UnsafeBufferPointer(rebasing: buffer[start..<(start + count)])
            var text = String(decoding: written, as: UTF8.self)
            let same = text.withUTF8 { read in
                read.count == written.count && (count == 0 || memcmp(read.baseAddress!, written.baseAddress!, count) == 0)
            }
            guard same else { throw BinaryFormatError(description: "a string is not UTF-8") }
            return text
        }
    }

    /// Passes over a string without reading it.
    mutating func skipString() throws {
        position += try readCount()
    }

    mutating func readOptionalString() throws -> String? { try readBool() ? try readString() : nil }
    mutating func readOptionalInt() throws -> Int? { try readBool() ? try readInt() : nil }

    mutating func readArray<Element>(_ body: (inout BinaryReader) throws -> Element) throws -> [Element] {
        let count = try readCount()
        var out: [Element] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try body(&self)) }
        return out
    }
}
