import Foundation
import ParleyUI
import Testing

/// The one rule for what may reach a terminal, in plain text and in JSON.
struct VisibleTextTests {
    static let unsafe: [UInt32] =
        Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    /// Both ways, as written scalar by scalar: the byte walk that replaced it must give the same text.
    static func byScalars(_ text: String, json: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar != "\n", scalar != "\t", let form = VisibleText.form(of: scalar) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: (json ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex : form).unicodeScalars)
        }
        return String(out)
    }

    @Test func theByteWalkReplacesWhatTheScalarWalkReplaces() {
        let around = ["", "a", "é", "“", "—", "€", "😀", "中", "\u{2028}", "\u{A0}", "\n", "\t", "\r\n", "e\u{301}"]
        var texts = ["Peña “quoted” — 😀 ok\n", "\u{1B}[31mred\u{1B}[0m", "a\u{202E}b\u{2069}c\u{9B}d"]
        for value in Self.unsafe + [0x2029, 0x2065, 0x206A, 0x2029, 0xA0, 0x7E, 0x20, 0xFF] {
            let c = String(Unicode.Scalar(value)!)
            for before in around { for after in around { texts.append(before + c + after) } }
        }
        for text in texts {
            #expect(VisibleText.sanitized(text) == Self.byScalars(text, json: false), "\(text.unicodeScalars.map(\.value))")
            #expect(VisibleText.jsonEscaped(text) == Self.byScalars(text, json: true), "\(text.unicodeScalars.map(\.value))")
        }
    }

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
