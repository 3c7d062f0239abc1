import Foundation
import Testing

@testable import ParleyModel

/// Nothing is lost: every word of a file's text is in the model (header, preamble, turns, notes) or was
/// left out as a whole line of page furniture that `inspect` reports.
struct ReadBackTests {
    private func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
    }

    private func checkEveryWordIsKept(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        let missing = lostWords(doc)
        #expect(missing.isEmpty, "\(doc.fileName) lost: \(missing.prefix(20))", sourceLocation: sourceLocation)
    }

    /// The words of the file that are nowhere in the model.
    private func lostWords(_ doc: Document) -> [String] {
        var kept: [String: Int] = [:]
        let model =
            doc.header + doc.turns.flatMap { [$0.label] + $0.paragraphs.map(\.text) } + doc.body.map(\.text)
            + doc.reading.furniture.map(\.text)
        for word in model.flatMap(words) { kept[word.replacingOccurrences(of: "*", with: ""), default: 0] += 1 }
        var missing: [String] = []
        for word in words(doc.sourceText) {
            let bare = word.replacingOccurrences(of: "*", with: "")
            guard !bare.isEmpty else { continue }
            // A label's colon stands apart from its words in the model.
            let candidates = [bare, String(bare.dropLast()), bare + ":"]
            if let hit = candidates.first(where: { (kept[$0] ?? 0) > 0 }) {
                kept[hit]! -= 1
            } else if !model.contains(where: { $0.contains(bare.hasSuffix(":") ? String(bare.dropLast()) : bare) }) {
                missing.append(word)
            }
        }
        return missing
    }

    @Test func theCheckNoticesALostParagraph() throws {
        var doc = try #require(TranscriptFixtures.document("state-price-briefing-2023-02-15.txt"))
        doc.body = []
        #expect(lostWords(doc).contains("Islamabad"))
    }

    @Test(arguments: TranscriptFixtures.names)
    func everyWordOfAFixtureIsRead(name: String) throws {
        let doc = try #require(TranscriptFixtures.document(name))
        checkEveryWordIsKept(doc)
    }

    @Test func everyWordOfTheBuiltInCorpusIsRead() {
        for doc in CorpusLoader.builtIn().documents { checkEveryWordIsKept(doc) }
    }

    @Test func everyCharacterOfSpeechIsInExactlyOneParagraph() throws {
        for name in TranscriptFixtures.names {
            let doc = try #require(TranscriptFixtures.document(name))
            let spans = (doc.turns.flatMap(\.paragraphs) + doc.body).map(\.source).sorted { $0.start < $1.start }
            for (a, b) in zip(spans, spans.dropFirst()) {
                #expect(a.end <= b.start, "\(name): paragraphs at lines \(a.line) and \(b.line) overlap")
            }
        }
    }
}
