import Foundation
import ParleyModel
import Testing

@testable import parley

/// A search that keeps only its first hits while counting, and makes the rest again a batch of documents at
/// a time as they are written, prints the same bytes in every format as one that holds every hit.
struct SearchReportStreamingTests {
    struct Output: Equatable {
        var text: [String]
        var csv: String
        var tsv: String
        var json: String
    }

    func output(_ report: SearchReport) throws -> Output {
        var csv = ""
        var tsv = ""
        var json = ""
        report.writeTable(.csv) { csv += $0 }
        report.writeTable(.tsv) { tsv += $0 }
        try report.writeJSON { json += $0 }
        return Output(text: report.textLines(), csv: csv, tsv: tsv, json: json)
    }

    @Test(arguments: ["bridge", "the", "pena", "\"no bridge\"", "nowhere"])
    func keepingFewHitsPrintsWhatHoldingEveryHitPrints(query: String) throws {
        let corpus = ArchiveOfManyBatches.corpus
        #expect(corpus.documents.count > DocumentSearch.batchSize * 2)
        let whole = SearchReport(corpus: corpus, query: SearchQuery(query), meeting: nil, person: nil, context: 20, keeping: .max)
        #expect(whole.firstHits.count == whole.total)
        if query == "the" { #expect(whole.total > SearchReport.keptHitsPerPart, "the kept hits are made in several parts") }
        let expected = try output(whole)
        for keeping in [0, 1, 150] {
            let streamed = SearchReport(corpus: corpus, query: SearchQuery(query), meeting: nil, person: nil, context: 20, keeping: keeping)
            // Hits are kept a batch of documents at a time, until `keeping` are.
            if keeping < 100, whole.total > 0 {
                #expect(streamed.firstHits.count < whole.total, "only the first hits are held")
            }
            #expect(streamed.total == whole.total)
            #expect(try output(streamed) == expected, "\(query), keeping \(keeping)")
        }
    }

    /// A person's hits, and the built-in corpus's, whose documents are all in one batch.
    @Test func aPersonsHitsAndTheBuiltInCorpusPrintTheSame() throws {
        let corpus = CorpusLoader.builtIn()
        let kelly = try corpus.findPerson("kelly")
        for (person, query) in [(nil, "the"), (kelly, "border"), (nil, "deport*")] as [(Person?, String)] {
            func report(keeping: Int) -> SearchReport {
                SearchReport(corpus: corpus, query: SearchQuery(query), meeting: nil, person: person, context: 40, keeping: keeping)
            }
            let whole = report(keeping: .max)
            let streamed = report(keeping: 0)
            #expect(streamed.firstHits.isEmpty)
            #expect(whole.total > 5)
            #expect(try output(streamed) == (try output(whole)), "\(query)")
        }
    }
}
