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
}
