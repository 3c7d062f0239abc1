import Foundation

/// A speaker heading on a line of its own, as parliaments print debates:
/// `Mr John Spellar (Warley) (Lab)`, `The Leader of the House of Commons (Mr Andrew Lansley)`, and,
/// once a file has used such headings, the short form `Mr Lansley` or `Mr Speaker`.
enum ParliamentaryHeading {
    static let honorifics: Set<String> = [
        "MR", "MRS", "MS", "MISS", "DR", "SIR", "DAME", "LORD", "LADY", "MADAM", "BARONESS", "BARON", "EARL", "VISCOUNT",
    ]

    /// Party marks as Hansard prints them.
    static let parties: Set<String> = [
        "CON", "LAB", "LD", "LIB DEM", "SNP", "DUP", "UUP", "SDLP", "PC", "IND", "GREEN", "ALLIANCE", "SF", "LAB/CO-OP",
        "CB", "BISHOP", "NON-AFF", "UKIP", "TIG", "REFORM", "CHANGE UK", "ALBA", "RESPECT", "SPEAKER",
    ]

    /// A full heading: a name with constituency and party, or an office with the name in parentheses.
    static func isFullHeading(_ line: String) -> Bool {
        let text = line.trimmingSpaces
        // Every line without a label is asked: the last byte rules out most before a long line is counted.
        guard text.utf8.last == 0x29, text.hasSuffix(")"), text.count <= 120, let first = text.first, first.isUppercase,
            !text.contains(":"), !text.hasSuffix(".)")
        else { return false }
        let groups = parenthesised(text)
        guard let last = groups.last else { return false }
        if groups.count >= 2, parties.contains(last.uppercased()) { return true }
        // "The Secretary of State for Health (Jeremy Hunt)", "The Prime Minister (Mr David Cameron)".
        let words = last.split(separator: " ")
        guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let head = text[..<text.lastIndex(of: "(")!].trimmingSpaces
        return head.hasPrefix("The ") && head.split(separator: " ").count <= 12
    }

    /// The short form: an honorific and a surname or office (`Mr Lansley`, `Madam Deputy Speaker`).
    static func isShortHeading(_ line: String) -> Bool {
        let text = line.trimmingSpaces
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
            let last = text.last, last.isLetter
        else { return false }
        return honorifics.contains(String(words[0]).uppercased().replacingOccurrences(of: ".", with: ""))
            || text == "The Prime Minister" || text == "The Speaker"
    }

    private static func parenthesised(_ text: String) -> [String] {
        var out: [String] = []
        var depth = 0
        var current = ""
        for ch in text {
            if ch == "(" {
                depth += 1
                if depth == 1 { current = ""; continue }
            } else if ch == ")" {
                depth -= 1
                if depth == 0 { out.append(current.trimmingSpaces); continue }
            }
            if depth >= 1 { current.append(ch) }
        }
        return out
    }
}
