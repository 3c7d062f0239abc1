import Foundation
import ParleyModel
import Testing

@testable import parley

/// A search's hits are written as JSON without Foundation's encoder, and must come out byte for byte as
/// the encoder writes them.
struct PrettyJSONTests {
    func encoded<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONOutput.encoder().encode(value), as: UTF8.self)
    }

    @Test func everyHitOfSearchesOfTheBuiltInCorpusIsWrittenAsTheEncoderWritesIt() throws {
        let corpus = CorpusLoader.builtIn()
        var count = 0
        for query in ["deport*", "\"mass deportations\"", "peña", "the", "Kelly", "mexico’s"] {
            let report = SearchReport(corpus: corpus, query: SearchQuery(query), meeting: nil, person: nil, context: 40)
            for hit in report.allHits { #expect(hit.json == (try encoded(hit)), "\(query)") }
            count += report.total
        }
        #expect(count > 500)
    }

    @Test func awkwardTextIsEscapedAsTheEncoderEscapesIt() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        let awkward = [
            "", controls, "\u{7F}\u{85}\u{9B}", "quote \" backslash \\ slash / both \\\"", "e\u{301}é 👍🏽 日本 \u{2028}\u{2029} \u{202E}",
            "\u{1B}]0;owned\u{07}", "tab\there\r\nCR LF",
        ]
        for (k, text) in awkward.enumerated() {
            var snippet = Snippet(text: "a", range: 0..<1, context: 0)
            (snippet.before, snippet.match, snippet.after) = (text, "", text)
            let hit = SearchReport.Hit(
                meeting: text, document: "d/\(k)", file: text, kind: "transcript", turn: k % 2 == 0 ? nil : k,
                label: k % 3 == 0 ? nil : text, speaker: k % 2 == 0 ? text : nil, paragraph: k, start: -k, end: Int.max - k,
                match: text, text: text + text, snippet: snippet,
                source: k % 2 == 0 ? nil : SearchReport.HitSource(file: text, line: k, start: 0, end: k))
            #expect(hit.json == (try encoded(hit)), "\(text.debugDescription)")
        }
    }

    @Test func anEmptyObjectIsWrittenAsTheEncoderWritesIt() throws {
        #expect(PrettyJSON.text(.object([])) == (try encoded([String: Int]())))
    }
}
