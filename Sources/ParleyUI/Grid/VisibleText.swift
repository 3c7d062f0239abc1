/// The one rule for text that reaches a terminal: characters a terminal would act on instead of
/// showing are written in a visible form, so a transcript, a file name or an argument can never move
/// the cursor, retitle the window, write the clipboard or reorder a line.
///
/// - C0 controls and DEL in caret notation: `^@`…`^_`, `^?` (ESC is `^[`);
/// - C1 controls (U+0080–U+009F) as their 7-bit equivalent, ESC and a letter: U+009B is `^[[`;
/// - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) as `<U+202E>`.
///
/// Plain text keeps its line feeds and tabs (`sanitized`); the browser's cells show every one of
/// these characters visibly (`form(of:)`); JSON escapes them as `\u…` (`jsonEscaped`).
public enum VisibleText {
    /// The visible form of a scalar a terminal must not receive raw, or nil for any other scalar.
    public static func form(of scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x00...0x1F:
            return "^" + String(UnicodeScalar(UInt8(v + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80...0x9F:
            return "^[" + String(UnicodeScalar(UInt8(v - 0x40)))
        case 0x202A...0x202E, 0x2066...0x2069:
            return "<U+" + String(v, radix: 16, uppercase: true) + ">"
        default:
            return nil
        }
    }

    /// True when `scalar` has a visible form, that is, must never be written raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        form(of: scalar) != nil
    }

    /// `text` with every unsafe scalar in its visible form; line feeds and tabs are kept, as plain-text
    /// output is laid out with them.
    public static func sanitized(_ text: String) -> String {
        replacingUnsafe(text) { form(of: $0) }
    }

    /// JSON text with every unsafe scalar that is not already escaped written as `\uXXXX`. Outside
    /// strings JSON is plain ASCII with line feeds, so only string contents change, and they decode
    /// to the same characters.
    public static func jsonEscaped(_ json: String) -> String {
        replacingUnsafe(json) { scalar in
            guard isUnsafe(scalar) else { return nil }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// `text` with each unsafe scalar but line feeds and tabs replaced by `replacement(scalar)`. Read on
    /// UTF-8 bytes: only a control byte or a scalar led by 0xC2 or 0xE2 can be unsafe, and curly quotes
    /// and dashes, led by 0xE2 too, are in most transcripts, so a scalar is decoded only there. A
    /// continuation byte (0x80–0xBF) is none of those, so the walk steps a byte at a time, and what is
    /// kept is copied a run at a time.
    private static func replacingUnsafe(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        guard mayHoldUnsafe(text) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            var kept = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                guard mayStartUnsafe(b) else {
                    i += 1
                    continue
                }
                let length = b < 0x80 ? 1 : b >= 0xE0 ? 3 : 2
                guard i + length <= bytes.count else { break }
                var value = length == 1 ? UInt32(b) : UInt32(b) & (length == 2 ? 0x1F : 0x0F)
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                if let scalar = Unicode.Scalar(value), let replaced = replacement(scalar) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<i]))
                    out.append(contentsOf: replaced.utf8)
                    kept = i + length
                }
                i += length
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<bytes.count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A quick byte scan: false means `text` surely holds nothing unsafe. Every unsafe scalar is
    /// below 0x20, 0x7F, or encoded starting with 0xC2 (C1) or 0xE2 (the bidi controls).
    private static func mayHoldUnsafe(_ text: String) -> Bool {
        text.utf8.contains(where: mayStartUnsafe)
    }

    /// A byte an unsafe scalar may start with: a control other than line feed and tab, DEL, or the lead
    /// byte of C1 controls (0xC2) and of the bidi controls (0xE2).
    @inline(__always)
    private static func mayStartUnsafe(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }
}
