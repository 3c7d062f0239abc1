import Foundation
import ParleyModel
import Testing

@testable import ParleyUI

struct SpeakerColumnsTests {
    func stats(turns: Int, words: Int, share: Double, answered: Int) throws -> SpeakerMeetingStats {
        let json = """
            {"meetingID": "m", "turns": \(turns), "words": \(words), "share": \(share), "longestTurnWords": 0,
             "questionsAnswered": \(answered), "distinctive": [], "reference": "speaker"}
            """
        return try JSONDecoder().decode(SpeakerMeetingStats.self, from: Data(json.utf8))
    }

    @Test func smallNumbersKeepTheUsualColumns() throws {
        let columns = SpeakerColumns([try stats(turns: 7, words: 1503, share: 0.31, answered: 4)])
        #expect(columns.header == "turns words    %  Q")
        #expect(columns.block(try stats(turns: 7, words: 1503, share: 0.31, answered: 4)) == "    7  1503  31%  4")
        #expect(columns.width == 19)
    }

    @Test func aColumnWidensForItsLargestNumberAndStaysUnderItsHeading() throws {
        let shown = [
            try stats(turns: 633, words: 113_451, share: 0.19, answered: 245),
            try stats(turns: 2, words: 40, share: 0.001, answered: 0),
        ]
        let columns = SpeakerColumns(shown)
        for m in shown {
            let block = columns.block(m)
            #expect(block.count == columns.width && columns.header.count == columns.width)
            // Each number ends where its heading does.
            for heading in ["turns", "words", "%", "Q"] {
                let end = columns.header.range(of: heading)!.upperBound
                let at = block.index(
                    before: block.index(block.startIndex, offsetBy: columns.header.distance(from: columns.header.startIndex, to: end)))
                #expect(block[at] != " ", "\(heading) in \(block)")
            }
        }
    }
}
