import Testing

@testable import ParleyModel

/// Strings come back from the store exactly as written, and bytes that are not UTF-8 are refused rather
/// than silently repaired.
struct BinaryReaderTests {
    @Test func stringsReadBackAsWritten() throws {
        var writer = BinaryWriter()
        for text in ["", "Kelly", "Peña Nieto", "👨‍👩‍👧 🇲🇽", "line\nbreak\r\n"] { writer.write(text) }
        var reader = BinaryReader(writer.bytes)
        for text in ["", "Kelly", "Peña Nieto", "👨‍👩‍👧 🇲🇽", "line\nbreak\r\n"] { #expect(try reader.readString() == text) }
        #expect(reader.isAtEnd)
    }

    @Test(arguments: [[0xFF], [0x41, 0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF, 0x41]] as [[UInt8]])
    func bytesThatAreNotUTF8AreRefused(bytes: [UInt8]) {
        var reader = BinaryReader([UInt8(bytes.count)] + bytes)
        #expect(throws: BinaryFormatError.self) { try reader.readString() }
    }
}
