import Testing

@testable import parley

/// A report whose long array is written an element at a time gives the same bytes as the report encoded whole.
struct JSONOutputTests {
    struct Element: Encodable, Sendable {
        var text: String
        var nested: [String: [Int]]
        var hits: [Int]
    }

    struct Report: Encodable {
        var alpha: [String: Int]
        var hits: [Element]
        var zulu: String
    }

    func streamed(_ report: Report) throws -> (pieces: [String], text: String) {
        var head = report
        head.hits = []
        var pieces: [String] = []
        // Encoded on many threads at once: an encoder each.
        let encode: @Sendable (Element) -> String = { element in
            String(decoding: try! JSONOutput.encoder().encode(element), as: UTF8.self)
        }
        try JSONOutput.write(
            head, streamingBatches: { $0(report.hits) }, as: "hits", encodingEach: encode, to: { pieces.append($0) })
        return (pieces, pieces.joined())
    }

    @Test(arguments: [0, 1, 3, 2000, JSONOutput.streamingBatch, JSONOutput.streamingBatch * 2 + 5])
    func streamingGivesTheBytesOfTheWholeReport(count: Int) throws {
        let elements = (0..<count).map { n in
            Element(
                text: n % 2 == 0 ? "line\nbreak, \"quotes\", tab\t, esc \u{1B}[31m, é ✓ \u{202E}" : "plain",
                nested: n % 3 == 0 ? [:] : ["a": [n, n + 1]],
                hits: n % 2 == 0 ? [] : [n])
        }
        let report = Report(alpha: ["b": 2, "a": 1], hits: elements, zulu: "  \"hits\" : [\n\n  ]")
        let (pieces, text) = try streamed(report)
        #expect(text == (try JSONOutput.string(report)))
        if count >= 2000 { #expect(pieces.count > 2, "written a piece at a time") }
    }
}
