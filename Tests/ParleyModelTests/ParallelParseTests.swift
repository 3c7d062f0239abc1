import Foundation
import Testing

@testable import ParleyModel

/// Files are parsed on all cores, and come back as if parsed one after another: in order, each with its problem.
struct ParallelParseTests {
    static func sources() -> [(name: String, text: String)] {
        (0..<60).map { i in
            let name = String(format: "f%02d.txt", i)
            switch i % 4 {
            case 0: return (name, "Talks \(i)\nRome, Italy\nMay \(i % 28 + 1), 2019\n\nMR ROSSI: Welcome \(i).\n\nMS BIANCHI: Thank you.\n")
            case 1: return (name, "just some words \(i)\nwith no speakers and no date\n")
            case 2: return (name, "   \n\t\n")
            default: return (name, "Statement \(i)\nJune 2, 2019\n\nThe ministers met in Rome on June 2, 2019, and agreed on a plan.\n")
            }
        }
    }

    @Test func resultsStandInTheOrderOfTheFilesWithTheSameProblems() {
        let sources = Self.sources()
        let parallel = CorpusLoader.parse(sources: sources)
        let oneByOne = sources.map { CorpusLoader.parse(text: $0.text, name: $0.name) }
        #expect(parallel.count == sources.count)
        for (a, b) in zip(parallel, oneByOne) {
            switch (a, b) {
            case (.success(let x), .success(let y)):
                #expect(x.document == y.document)
                #expect(x.mentionedDates == y.mentionedDates)
            case (.failure(let x), .failure(let y)):
                #expect(x.file == y.file && x.message == y.message)
            default:
                Issue.record("\(a) and \(b) differ")
            }
        }
        let corpus = CorpusLoader.build(sources: sources)
        #expect(corpus.documents.map(\.fileName) == sources.indices.filter { $0 % 4 == 0 || $0 % 4 == 3 }.map { sources[$0].name })
        #expect(corpus.problems.map(\.file) == sources.indices.filter { $0 % 4 == 1 || $0 % 4 == 2 }.map { sources[$0].name })
    }
}
