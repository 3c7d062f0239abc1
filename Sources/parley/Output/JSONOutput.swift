import Foundation
import ParleyModel
import ParleyUI

/// JSON as parley prints it: keys sorted, pretty printed, slashes left alone, one newline at the end,
/// so the same corpus always gives the same bytes. Characters a terminal would act on are escaped
/// (`\u001b`, `\u009b`, `\u202e`), so printing the JSON is as safe as printing the text.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        try encoded(value, by: encoder()) + "\n"
    }

    /// The same bytes as `string` of `value` with its top-level array `key` holding the elements `batches`
    /// hands, a few at a time, to the closure it is given, written to `write` a piece at a time: each
    /// element's JSON, as the encoder would write it at no indent, is made by `encodingEach` and let go, so
    /// a report of many thousand hits is never held, as elements or as JSON. `value` is the report with that
    /// array empty. Elements are encoded a batch at a time on all cores.
    static func write<T: Encodable, Element: Sendable>(
        _ value: T, streamingBatches batches: (_ deliver: ([Element]) -> Void) -> Void, as key: String,
        encodingEach: @escaping @Sendable (Element) -> String, to write: (String) -> Void
    ) throws {
        let whole = try encoded(value, by: encoder())
        // How the encoder lays out an empty array under a top-level key; the elements go between its brackets.
        let empty = "\n  \"\(key)\" : [\n\n  ]"
        guard let slot = whole.range(of: empty) else {
            write(whole + "\n")
            return
        }
        var piece = ""
        var written = 0
        // `write` is called from the closure `batches` is given, and only while `batches` runs.
        withoutActuallyEscaping(write) { write in
            batches { elements in
                var start = 0
                while start < elements.count {
                    let batch = elements[start..<min(start + streamingBatch, elements.count)]
                    let encoded = Array(batch).parallelMap(chunk: 64) { "\n" + indented(VisibleText.jsonEscaped(encodingEach($0))) }
                    for json in encoded {
                        piece += written == 0 ? whole[..<slot.lowerBound] + "\n  \"\(key)\" : [" : ","
                        piece += json
                        written += 1
                        if piece.utf8.count >= 1 << 16 {
                            write(piece)
                            piece = ""
                        }
                    }
                    start += batch.count
                }
            }
        }
        // With no element the array keeps the encoder's own layout.
        write(written == 0 ? whole + "\n" : piece + "\n  ]" + whole[slot.upperBound...] + "\n")
    }

    /// Elements encoded at once before they are written: enough to keep every core busy, few enough that
    /// their JSON is not held long.
    static let streamingBatch = 2048

    /// `json` two levels in, where an element of a top-level array sits: four spaces before each of its
    /// lines but the empty ones.
    private static func indented(_ json: String) -> String {
        var json = json
        return json.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 4)
            var atLineStart = true
            for byte in bytes {
                if atLineStart && byte != 0x0A { out.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
                out.append(byte)
                atLineStart = byte == 0x0A
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static func encoded<T: Encodable>(_ value: T, by encoder: JSONEncoder) throws -> String {
        VisibleText.jsonEscaped(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
