import Foundation
import Testing

@testable import ParleyModel

/// The label matcher finds what the regular expression it follows finds, in every line: labels of every
/// shape real transcripts write, and random lines made of the pieces the pattern turns on.
struct LabelPatternTests {
    static let expression = try! NSRegularExpression(pattern: TurnLabel.pattern)

    /// The pattern's group as scalar offsets, as the engine finds it.
    static func expected(_ line: String) -> Range<Int>? {
        let ns = line as NSString
        guard let match = expression.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let group = match.range(at: 1)
        func scalars(before utf16: Int) -> Int { ns.substring(to: utf16).unicodeScalars.count }
        return scalars(before: group.location)..<scalars(before: group.location + group.length)
    }

    static func found(_ line: String) -> Range<Int>? { LabelPattern.label(in: Array(line.unicodeScalars)) }

    @Test func labelsOfEveryShapeAreFoundAsTheExpressionFindsThem() {
        let lines = [
            "SECRETARY TILLERSON: Thank you.", "MS NAUERT:", "QUESTION:  ", "Q: Yes.", "  \tMR. VIDEGARAY: (Via interpreter)",
            "SEN. BOB CORKER (R), TENNESSEE: Thanks", "SEN. BOB CORKER (R), TENNESSEE  : x", "REP. NANCY PELOSI (D-CA): We",
            "REP. A (D-CALIF), SAN FRANCISCO, CA: no", "MR. X (R) : y", "MR. X (R),: y", "MR. X (RRRR): y", "MR. X (R-N): y",
            "MR. X (R-NYNYN): y", "MR. X (R), T: y", "MR. X (R), TE.: y", "MR. X (R), T E : y", "MR. X (r): y",
            "MIKE PENCE, VICE PRESIDENT OF THE UNITED STATES: Well", "JANE DOE, CNN & CBS CORRESPONDENT: Hi", "JANE DOE,CNN: x",
            "JANE DOE , CNN: x", "JANE DOE, & CNN: x", "A B C D E F G H I J: ten", "A B C D E F G H I J K: eleven",
            "JANE DOE, A B C D E F G H I J K L: twelve", "JANE DOE, A B C D E F G H I J K L M: thirteen", "SEÑOR PEÑA NIETO: Sí",
            "SEN\u{0303}OR: decomposed", "O’BRIEN-SMITH: yes", "Mr. Spicer: no", "MS NAUERT (inaudible): no", "MS NAUERT\t:\tgo",
            "\u{00A0}MS NAUERT: nbsp", "\u{2003}MS NAUERT: em space", "\u{0085}MS NAUERT: next line", "\u{000B}MS NAUERT: tab",
            "\u{3000}MS NAUERT: ideographic", "MS NAUERT\u{00A0}: nbsp before colon", "MS\u{00A0}NAUERT: nbsp between",
            "ÀÖØÞ ×: times", "MS NAUERT", "", ":", "   : x", "12 NOON: no", "THE PRESIDENT:", "THE PRESIDENT:: twice",
        ]
        for line in lines {
            #expect(Self.found(line) == Self.expected(line), "\(line.debugDescription)")
        }
        #expect(Self.found("SEN. BOB CORKER (R), TENNESSEE: Thanks") == 0..<30)
    }

    @Test func randomLinesOfThePatternsPiecesAreMatchedAsTheExpressionMatchesThem() {
        let pieces = [
            "SMITH", "MR.", "O’NEIL", "D'AMATO", "PEÑA", "Ø", "Þ", "×", "X-", "A", "Q", " ", " ", "  ", "\t", "\u{00A0}", "\u{2009}",
            ",", ", ", "(", ")", "(R)", "(D-NY)", "-", ".", "&", ":", ": ", "smith", "Smith", "1", "é", "\u{0301}", "’", "'",
        ]
        var generator = SeededGenerator(seed: 2017)
        var labels = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...14, using: &generator)
            // Half start as a label does, with a capital word.
            let start = Bool.random(using: &generator) ? ["SMITH", "MR.", "PEÑA"].randomElement(using: &generator)! : ""
            let line = start + (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = Self.expected(line)
            #expect(Self.found(line) == expected, "\(line.debugDescription)")
            if expected != nil { labels += 1 }
        }
        // Enough of them are labels for every way a label ends to be met.
        #expect(labels > 1_000)
    }
}
