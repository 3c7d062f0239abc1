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

    static func classify(_ content: String) -> Parenthetical {
        let c = content.trimmingSpaces.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
        // The pattern is asked only of what can match it: it is slow, and every parenthesis is classified.
        let introduced = c.hasPrefix("via ") || c.hasPrefix("through ") || c.hasPrefix("by ")
        if introduced && c.range(of: #"^(via|through|by) (an |the )?interpret(er|ers|ation)$"#, options: .regularExpression) != nil
            || c == "as interpreted" || c == "interpreted" || c == "via translator" || c == "through translator"
        {
            return .interpreterOn
        }
        if c == "in english" || c == "speaks in english" || c == "in english, not interpreted" { return .interpreterOff }
        if noteWords.contains(where: { c.contains($0) }) { return .note }
        // Short stage directions written as a sentence: "(Laughter.)", "(Phone rings.)".
        let words = content.split(separator: " ")
        if content.trimmingSpaces.hasSuffix("."), words.count <= 4, let f = content.first, f.isUppercase,
            content.contains(where: { $0.isLowercase })
        {
            return .note
        }
        return .text
    }

    static func parse(_ raw: String, interpreted startState: Bool) -> Result {
        // Offsets count `Character`s; where each is one scalar, the scalars are counted, on the UTF-8 bytes.
        guard ScalarText.charactersAreScalars(raw) else { return parseCharacters(raw, interpreted: startState) }
        let bytes = Array(raw.utf8)
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
