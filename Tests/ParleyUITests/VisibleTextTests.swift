import Foundation
import ParleyUI
import Testing

/// The one rule for what may reach a terminal, in plain text and in JSON.
struct VisibleTextTests {
    static let unsafe: [UInt32] =
        Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    @Test func everyControlHasAVisibleFormOfPrintableASCII() throws {
        for value in Self.unsafe {
            let form = try #require(VisibleText.form(of: Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
            #expect(form.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        }
        #expect(VisibleText.form(of: "\u{1B}") == "^[")
        #expect(VisibleText.form(of: "\u{9B}") == "^[[")
        #expect(VisibleText.form(of: "\u{202E}") == "<U+202E>")
        for safe: Unicode.Scalar in ["a", " ", "\u{A0}", "é", "\u{200D}", "\u{2028}", "\u{FFFD}", "😀"] {
            #expect(VisibleText.form(of: safe) == nil)
        }
    }

    @Test func plainTextKeepsLineFeedsAndTabs() {
        #expect(VisibleText.sanitized("a\tb\nc") == "a\tb\nc")
        #expect(VisibleText.sanitized("\u{1B}]0;x\u{07}\r\n") == "^[]0;x^G^M\n")
        #expect(VisibleText.sanitized("Peña “quoted” — 😀") == "Peña “quoted” — 😀")
        #expect(VisibleText.sanitized("abc\u{202E}def\u{7F}") == "abc<U+202E>def^?")
    }

    @Test func jsonEscapesWhatTheEncoderLeavesRaw() throws {
        let raw = String(String.UnicodeScalarView(Self.unsafe.map { Unicode.Scalar($0)! }))
        let encoded = String(decoding: try JSONEncoder().encode(["text": raw]), as: UTF8.self)
        let escaped = VisibleText.jsonEscaped(encoded)
        #expect(escaped.unicodeScalars.allSatisfy { !VisibleText.isUnsafe($0) })
        #expect(escaped.contains(#"\u009b"#) && escaped.contains(#"\u202e"#) && escaped.contains(#"\u007f"#))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(decoded["text"] == raw)
    }
}
