import Foundation
import ParleyModel
import Testing

@testable import parley

/// A concordance in reading order that keeps only its first lines while counting, and makes the rest again
/// a batch of documents at a time as they are written, prints the same bytes in every format as one that
/// holds every line; each line's JSON is the encoder's.
struct KwicListingTests {
    struct Output: Equatable {
        var text: [String]
        var hitWidths: [Int]
        var csv: String
        var json: String
    }

    /// What each format prints, each from a listing that measured what it needs.
    func output(sort: ConcordanceSort = .position, keeping: Int, _ listing: (KwicListing.Measure, Int) -> KwicListing) throws -> Output {
        var output = Output(text: [], hitWidths: [], csv: "", json: "")
        listing(.widths, keeping).writeText { lines, hitColumn, hitWidths in
            output.text += lines
            output.hitWidths += hitWidths.map { $0 * 1000 + hitColumn }
        }
        listing(.nothing, keeping).writeTable(.csv) { output.csv += $0 }
        try listing(.count, keeping).writeJSON(query: "q", sort: sort, width: 12) { output.json += $0 }
        return output
    }

    @Test(arguments: ["bridge", "the", "pena", "\"no bridge\"", "nowhere"])
    func keepingFewLinesPrintsWhatHoldingEveryLinePrints(query: String) throws {
        let corpus = ArchiveOfManyBatches.corpus
        func listing(_ measure: KwicListing.Measure, _ keeping: Int) -> KwicListing {
            KwicListing(corpus: corpus, query: SearchQuery(query), width: 12, sort: .position, measuring: measure, keeping: keeping)
        }
        let whole = listing(.widths, .max)
        #expect(whole.firstLines.count == whole.count)
        let expected = try output(keeping: .max, listing)
        #expect(expected.text.count == whole.count + 1)
        for keeping in [0, 1, 150] {
            if keeping < 100, whole.count > 0 {
                for measure in [KwicListing.Measure.count, .widths] {
                    #expect(listing(measure, keeping).firstLines.count < whole.count, "only the first lines are held")
                    #expect(listing(measure, keeping).count == whole.count)
                }
            }
            #expect(try output(keeping: keeping, listing) == expected, "\(query), keeping \(keeping)")
        }
        #expect(listing(.nothing, .max).firstLines.isEmpty, "CSV is written as it is made")
    }

    /// Sorted by anything but position, every line is needed before the first is written.
    @Test func anotherOrderHoldsEveryLine() {
        let listing = KwicListing(
            corpus: ArchiveOfManyBatches.corpus, query: SearchQuery("bridge"), width: 12, sort: .left, keeping: 0)
        #expect(listing.count > 200)
        #expect(listing.firstLines.isEmpty, "held in the sorted lines' store, not as values")
        var printed = 0
        listing.forEachBatch { printed += $0.count }
        #expect(printed == listing.count)
    }

    /// The order is worked out apart from the lines, which are made without the words around each hit.
    @Test func anotherOrderPrintsTheConcordancesLinesInItsOrder() {
        let builtIn = CorpusLoader.builtIn()
        for (corpus, query) in [(ArchiveOfManyBatches.corpus, "bridge"), (builtIn, "the"), (builtIn, "deport*"), (builtIn, "Mexico")] {
            for sort in [ConcordanceSort.speaker, .left, .right] {
                var printed: [ConcordanceLine] = []
                KwicListing(corpus: corpus, query: SearchQuery(query, caseMode: .smart), width: 12, sort: sort).forEachBatch {
                    printed += $0
                }
                let expected = Concordance.lines(corpus: corpus, query: SearchQuery(query, caseMode: .smart), width: 12, sort: sort)
                #expect(printed.count == expected.count, "\(query) by \(sort)")
                #expect(printed.map(\.position) == expected.map(\.position), "\(query) by \(sort)")
                #expect(
                    printed.map { [$0.left, $0.hit, $0.right] } == expected.map { [$0.left, $0.hit, $0.right] }, "\(query) by \(sort)")
                #expect(printed.map(\.speakerID) == expected.map(\.speakerID), "\(query) by \(sort)")
            }
        }
    }

    @Test func everyLinesJSONIsWrittenAsTheEncoderWritesIt() throws {
        let corpus = CorpusLoader.builtIn()
        var count = 0
        for query in ["deport*", "\"mass deportations\"", "peña", "the", "mexico’s"] {
            for line in Concordance.lines(corpus: corpus, query: SearchQuery(query), width: 30) {
                let encoded = String(decoding: try JSONOutput.encoder().encode(KwicReport.Line(line)), as: UTF8.self)
                #expect(KwicReport.Line(line).json == encoded, "\(query)")
                count += 1
            }
        }
        #expect(count > 500)
    }
}
