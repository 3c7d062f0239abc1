import Foundation

/// Reads one paragraph's raw text: `*italics*` become italic runs without the asterisks,
/// transcriber notes in parentheses become note runs, and `(Via interpreter)` / `(In English)`
/// switch interpreted speech on and off from where they stand.
enum InlineParser {
    struct Result {
        var text: String
        var runs: [TextRun]
        /// Whether speech after this paragraph is still interpreted.
        var interpretedAfter: Bool
    }

    enum Parenthetical: Equatable {
        case interpreterOn, interpreterOff, note, text
    }

    static let noteWords = [
        "inaudible", "off-mike", "off mike", "off-mic", "off mic", "off microphone", "laughter", "applause",
        "crosstalk", "cross-talk", "unintelligible", "indiscernible", "audio break", "audio gap", "pause",
        "interruption", "no response", "technical difficult", "mic off", "microphone off", "speaks in",
    ]

    private static let periodAndColon = CharacterSet(charactersIn: ".:")

    /// Every text `^(via|through|by) (an |the )?interpret(er|ers|ation)$` matches in ASCII without line breaks.
    private static let interpreterPhrases: [[UInt8]] = ["via", "through", "by"].flatMap { by in
        ["", "an ", "the "].flatMap { article in
            ["er", "ers", "ation"].map { Array("\(by) \(article)interpret\($0)".utf8) }
        }
    }

    private static let noteWordBytes = noteWords.map { Array($0.utf8) }

    static func classify(_ content: String) -> Parenthetical {
        let lower = content.trimmingSpaces.lowercased()
        // Every parenthesis is classified: ASCII without line breaks is read on its bytes, where trimming,
        // matching the pattern and looking for note words all give what the `Character` and regex forms give.
        var bytes = Array(lower.utf8)
        let plain = bytes.allSatisfy { $0 < 0x80 && ($0 < 10 || $0 > 13) }
        let c: String
        if plain {
            func isTrimmed(_ b: UInt8) -> Bool { b == 0x2E || b == 0x3A }
            let end = (bytes.lastIndex { !isTrimmed($0) } ?? -1) + 1
            let start = bytes[..<end].firstIndex { !isTrimmed($0) } ?? end
            bytes = Array(bytes[start..<end])
            c = String(decoding: bytes, as: UTF8.self)
        } else {
            c = lower.trimmingCharacters(in: periodAndColon)
        }
        // The pattern is asked only of what can match it: it is slow, and every parenthesis is classified.
        let introduced = c.hasPrefix("via ") || c.hasPrefix("through ") || c.hasPrefix("by ")
        let interpreter: Bool
        if !introduced {
            interpreter = false
        } else if plain {
            interpreter = interpreterPhrases.contains(bytes)
        } else {
            interpreter = c.range(of: #"^(via|through|by) (an |the )?interpret(er|ers|ation)$"#, options: .regularExpression) != nil
        }
        if interpreter || c == "as interpreted" || c == "interpreted" || c == "via translator" || c == "through translator" {
            return .interpreterOn
        }
        if c == "in english" || c == "speaks in english" || c == "in english, not interpreted" { return .interpreterOff }
        if plain {
            if noteWordBytes.contains(where: { occurs($0, in: bytes) }) { return .note }
        } else if noteWords.contains(where: { c.contains($0) }) {
            return .note
        }
        // Short stage directions written as a sentence: "(Laughter.)", "(Phone rings.)".
        let words = content.split(separator: " ")
        if content.trimmingSpaces.hasSuffix("."), words.count <= 4, let f = content.first, f.isUppercase,
            content.contains(where: { $0.isLowercase })
        {
            return .note
        }
        return .text
    }

    private static func occurs(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    static func parse(_ raw: String, interpreted startState: Bool) -> Result {
        // Offsets count `Character`s; where each is one scalar, the scalars are counted, on the UTF-8 bytes.
        guard ScalarText.charactersAreScalars(raw) else { return parseCharacters(raw, interpreted: startState) }
        // Most paragraphs have neither an asterisk nor a parenthesis: one run of words, the text as it is.
        if !ScalarText.contains(0x2A, in: raw), !ScalarText.contains(0x28, in: raw) {
            let length = ScalarText.scalarCount(of: raw)
            let runs = length > 0 ? [TextRun(kind: .words, range: 0..<length, interpreted: startState)] : []
            return Result(text: raw, runs: runs, interpretedAfter: startState)
        }
        let bytes = ScalarText.bytes(of: raw)
        let count = bytes.count
        var text: [UInt8] = []
        text.reserveCapacity(count)
        var length = 0
        var runs: [TextRun] = []
        var state = startState
        var italic = false

        func append(_ range: Range<Int>, kind: RunKind) {
            guard !range.isEmpty else { return }
            let start = length
            text.append(contentsOf: bytes[range])
            length += ScalarText.scalarCount(bytes[range])
            if var last = runs.last, last.kind == kind, last.interpreted == state, last.range.upperBound == start {
                last.range = last.range.lowerBound..<length
                runs[runs.count - 1] = last
            } else {
                runs.append(TextRun(kind: kind, range: start..<length, interpreted: state))
            }
        }

        var i = 0
        // Plain stretches are appended whole, up to the mark that starts something else.
        var plainStart = 0
        func flush(to end: Int) { append(plainStart..<end, kind: italic ? .italic : .words) }
        while i < count {
            let c = bytes[i]
            if c == 0x2A {
                // An asterisk opens italics only when a closing one follows in the paragraph.
                if italic {
                    flush(to: i)
                    italic = false
                    i += 1
                    plainStart = i
                    continue
                }
                if i + 1 < count, !Character(ScalarText.scalar(at: i + 1, in: bytes).scalar).isWhitespace,
                    bytes[(i + 1)...].contains(0x2A)
                {
                    flush(to: i)
                    italic = true
                    i += 1
                    plainStart = i
                    continue
                }
            }
            if c == 0x28, let close = bytes[i...].firstIndex(of: 0x29) {
                let kind = classify(String(decoding: bytes[(i + 1)..<close], as: UTF8.self))
                if kind != .text {
                    flush(to: i)
                    if kind == .interpreterOn { state = true }
                    if kind == .interpreterOff { state = false }
                    append(i..<(close + 1), kind: .note)
                    i = close + 1
                    plainStart = i
                    continue
                }
            }
            i += 1
        }
        flush(to: count)
        return Result(text: String(decoding: text, as: UTF8.self), runs: runs, interpretedAfter: state)
    }

    /// `parse` on `Character`s, for text whose scalars join into `Character`s.
    static func parseCharacters(_ raw: String, interpreted startState: Bool) -> Result {
        let chars = Array(raw)
        var text: [Character] = []
        var runs: [TextRun] = []
        var state = startState
        var italic = false

        func append(_ piece: some Sequence<Character>, kind: RunKind) {
            let start = text.count
            text.append(contentsOf: piece)
            guard text.count > start else { return }
            if var last = runs.last, last.kind == kind, last.interpreted == state, last.range.upperBound == start {
                last.range = last.range.lowerBound..<text.count
                runs[runs.count - 1] = last
            } else {
                runs.append(TextRun(kind: kind, range: start..<text.count, interpreted: state))
            }
        }

        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*" {
                // An asterisk opens italics only when a closing one follows in the paragraph.
                if italic {
                    italic = false
                    i += 1
                    continue
                }
                if i + 1 < chars.count, !chars[i + 1].isWhitespace, chars[(i + 1)...].contains("*") {
                    italic = true
                    i += 1
                    continue
                }
            }
            if c == "(", let close = chars[i...].firstIndex(of: ")") {
                let content = String(chars[(i + 1)..<close])
                let kind = classify(content)
                if kind != .text {
                    if kind == .interpreterOn { state = true }
                    if kind == .interpreterOff { state = false }
                    append(chars[i...close], kind: .note)
                    i = close + 1
                    continue
                }
            }
            append(CollectionOfOne(c), kind: italic ? .italic : .words)
            i += 1
        }
        return Result(text: String(text), runs: runs, interpretedAfter: state)
    }
}
