import ParleyModel
import Testing

@testable import ParleyUI

/// The browser counts a search's matches from a meeting's word index: it must find exactly what reading
/// every paragraph with `SearchQuery.matches` finds, in the same order.
struct MeetingWordsTests {
    let corpus = BrowserFixture.context.corpus

    struct Found: Hashable {
        var ref: PassageRef
        var range: Range<Int>
    }

    /// Each match as the paragraph and character range reading the text gives.
    func read(_ query: SearchQuery, meeting: Meeting, speaker: String?) -> [Found] {
        corpus.turns(of: meeting, speaker: speaker).flatMap { document, turn in
            turn.paragraphs.enumerated().flatMap { p, paragraph in
                query.matches(in: SearchIndex.tokens(of: paragraph)).map {
                    Found(ref: PassageRef(document: document, turn: turn.index, paragraph: p), range: $0)
                }
            }
        }
    }

    func indexed(_ query: SearchQuery, words: MeetingWords, speaker: String?) -> [Found] {
        words.matches(for: query, speaker: speaker).map { match in
            let ref = words.refs[match.paragraph]
            let tokens = SearchIndex.tokens(of: corpus.paragraph(ref))
            return Found(ref: ref, range: tokens[match.start].range.lowerBound..<tokens[match.start + match.count - 1].range.upperBound)
        }
    }

    @Test func theIndexFindsWhatReadingEveryParagraphFinds() {
        let queries = [
            "mexico", "Mexico", "MEXICO", "border", "deport*", "d*", "Dep*", "the", "a", "\"the united states\"",
            "\"united states\" mexico", "\"the\" \"the president\"", "it's", "pena", "Peña", "us", "\"u s\"", "migration border*",
            "zzzz", "\"mexico zzzz\"", "secretary kelly", "\"secretary of\"*",
        ]
        let speakers: [String?] = [nil] + corpus.people.map(\.id)
        for meeting in corpus.meetings {
            let words = MeetingWords(corpus: corpus, meeting: meeting)
            for text in queries {
                for mode in [CaseMode.insensitive, .smart, .sensitive] {
                    let query = SearchQuery(text, caseMode: mode)
                    for speaker in speakers {
                        #expect(
                            indexed(query, words: words, speaker: speaker) == read(query, meeting: meeting, speaker: speaker),
                            "\(text) (\(mode)) by \(speaker ?? "everyone") at \(meeting.id)")
                    }
                }
            }
        }
    }

    @Test func paragraphsTokenisedInSmallBatchesGiveTheSameIndex() {
        for meeting in corpus.meetings {
            let whole = MeetingWords(corpus: corpus, meeting: meeting)
            let batched = MeetingWords(corpus: corpus, meeting: meeting, tokenBatch: 7)
            #expect(batched.refs == whole.refs)
            for text in ["mexico", "the", "deport*", "\"the united states\"", "Peña"] {
                let query = SearchQuery(text, caseMode: .smart)
                #expect(batched.matches(for: query) == whole.matches(for: query), "\(text) at \(meeting.id)")
            }
        }
    }

    @Test func aCommonWordIsFoundManyTimesAndAMissingOneNever() {
        let meeting = corpus.meetings[BrowserFixture.context.transcriptMeetings[1]]
        let words = MeetingWords(corpus: corpus, meeting: meeting)
        #expect(words.matches(for: SearchQuery("the")).count > 100)
        #expect(words.matches(for: SearchQuery("xylophone")).isEmpty)
        #expect(words.matches(for: SearchQuery("the"), speaker: "nobody-here").isEmpty)
    }

    @Test func numbersMadeInAMuchLargerArrayAreKeptInOneOfTheirSize() {
        var grown: [Int32] = []
        grown.reserveCapacity(100_000)
        grown += (0..<1_000).map(Int32.init)
        let fitted = MeetingWords.fitted(grown)
        #expect(fitted == grown)
        #expect(fitted.capacity < 2_000)
        var close: [Int32] = []
        close.reserveCapacity(1_030)
        close += (0..<1_000).map(Int32.init)
        #expect(MeetingWords.fitted(close).capacity == close.capacity)
    }
}
