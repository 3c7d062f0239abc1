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
        if c.range(of: #"^(via|through|by) (an |the )?interpret(er|ers|ation)$"#, options: .regularExpression) != nil
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
