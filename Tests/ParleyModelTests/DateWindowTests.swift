import Foundation
import Testing

@testable import ParleyModel

/// Dates are looked for only around digits with a month, a hyphen or a slash near them: the same dates, at
/// the same positions, as the patterns find in the whole text.
struct DateWindowTests {
    @Test func findsEveryWayOfWritingADateAtItsPositionInTheWholeText() {
        let text =
            "Peña’s 100 words… then February\n  23, 2017 and 23rd of May 2018; 2019-03-04T10:00 and 3/7/17.\n"
            + String(repeating: "Filler with 12 numbers and 2020 but no month. ", count: 50) + "Jan. 5 ended."
        let found = DateParser.dates(in: text, defaultYear: 2021)
        #expect(found.map(\.day.iso) == ["2017-02-23", "2018-05-23", "2019-03-04", "2017-03-07", "2021-01-05"])
        #expect(found.map(\.hasYear) == [true, true, true, true, false])
        let ns = text as NSString
        #expect(
            found.map { ns.substring(with: $0.range) } == ["February\n  23, 2017", "23rd of May 2018", "2019-03-04", "3/7/17", "Jan. 5"])
    }

    @Test func aDateInsideAWordOrANumberIsNoDate() {
        #expect(DateParser.dates(in: "reference XMay 5, 2017 and 12/3/20178 and 2017-01-011").isEmpty)
        #expect(DateParser.dates(in: "éMay 5, 2017").isEmpty)
        // The year is cut off by the letter after it; the day stays, without a year.
        #expect(DateParser.dates(in: "May 5, 2017é", defaultYear: 2000).map(\.day.iso) == ["2000-05-05"])
    }

    @Test func stretchesWithoutAMonthHyphenOrSlashAreNotAsked() {
        let bytes = Array("We counted 250 people in 2017, said the 3 officers.".utf8)
        #expect(DateParser.candidateWindows(bytes).isEmpty)
        let dated = Array((String(repeating: "word ", count: 40) + "on May 18, 2017 " + String(repeating: "word ", count: 40)).utf8)
        let windows = DateParser.candidateWindows(dated)
        #expect(windows.count == 1)
        #expect(windows[0].count < dated.count / 2)
    }

    /// The four patterns asked of the whole text, as they were before a stretch was asked only those it could match.
    static func datesByWholePatterns(_ text: String, defaultYear: Int?) -> [(iso: String, range: NSRange)] {
        let month =
            "((?i:January|February|March|April|June|July|August|September|October|November|December)|May|MAY|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?"
        let patterns = [
            "\\b\(month)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b",
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(month)\\s+(\\d{4})\\b",
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])", "(?<![0-9/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![0-9/])",
        ].map { try! NSRegularExpression(pattern: $0) }
        let ns = text as NSString
        func monthNumber(_ name: String) -> Int? {
            let lower = name.lowercased()
            if lower == "sept" { return 9 }
            return Day.monthNames.firstIndex { $0.lowercased() == lower || String($0.lowercased().prefix(3)) == lower }.map { $0 + 1 }
        }
        var out: [(iso: String, range: NSRange, position: Int)] = []
        for (k, pattern) in patterns.enumerated() {
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                func group(_ i: Int) -> String? { m.range(at: i).location == NSNotFound ? nil : ns.substring(with: m.range(at: i)) }
                var year: Int?
                var month: Int?
                var day: Int?
                switch k {
                case 0:
                    (month, day, year) = (
                        group(1).flatMap(monthNumber), group(2).flatMap { Int($0) }, group(3).flatMap { Int($0) } ?? defaultYear
                    )
                case 1: (day, month, year) = (group(1).flatMap { Int($0) }, group(2).flatMap(monthNumber), group(3).flatMap { Int($0) })
                case 2: (year, month, day) = (group(1).flatMap { Int($0) }, group(2).flatMap { Int($0) }, group(3).flatMap { Int($0) })
                default:
                    (month, day, year) = (group(1).flatMap { Int($0) }, group(2).flatMap { Int($0) }, group(3).flatMap { Int($0) })
                    if m.range(at: 3).length == 2, let y = year { year = y + 2000 }
                }
                guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day), (1800...2200).contains(year)
                else { continue }
                let iso = String(format: "%04d-%02d-%02d", year, month, day)
                out.append((iso, m.range, m.range.location))
            }
        }
        return out.sorted { $0.position < $1.position }.map { ($0.iso, $0.range) }
    }

    @Test func eachStretchIsAskedOnlyThePatternsItCanMatchAndFindsTheSameDates() {
        let texts = [
            "On 2017-02-23 and 3/7/17, not May; then Feb. 5 2018 - and 12 of March 2019/ done.",
            "On 2017-02-23 only, 14 people and 12 items.", "A slash 3/7/2017 and 4/5/18 and no month.",
            "auguſt 5, 2017 and ſeptember 6, 2017 and Auguﬆ 7 2017", "OCT 1, 2017 - the oct 2 2017 and Sept. 30",
            "2017-13-01 and 13/13/13 and February 30, 2017", "Peña’s 1 2 3 — May 4 — 2020-01-02 — 5/6/21",
        ]
        #expect(
            Self.datesByWholePatterns(texts[0], defaultYear: nil).map(\.iso) == ["2017-02-23", "2017-03-07", "2018-02-05", "2019-03-12"])
        for text in texts {
            for year in [nil, 2021] {
                let found = DateParser.dates(in: text, defaultYear: year)
                let expected = Self.datesByWholePatterns(text, defaultYear: year)
                #expect(found.map(\.day.iso) == expected.map(\.iso), "\(text.debugDescription)")
                #expect(found.map(\.range) == expected.map(\.range), "\(text.debugDescription)")
            }
        }
    }
}
