import Foundation
import ParleyModel

/// More documents than one batch of a search, each its own meeting, with hits in turns and running text.
enum ArchiveOfManyBatches {
    static let corpus: Corpus = {
        let sources = (0..<(DocumentSearch.batchSize * 2 + 7)).map { n -> (name: String, text: String) in
            let day = n % 28 + 1
            let month = ["January", "March", "May", "July", "September", "November"][n / 28 % 6]
            let year = 2000 + n / 168
            let text = """
                Remarks on the Bridge, number \(n)
                Springfield, Illinois
                \(month) \(day), \(year)

                MAYOR QUIMBY: The bridge \(String(repeating: "will reopen ", count: n % 5))soon, said Peña.

                CHIEF WIGGUM: \(n % 3 == 0 ? "No bridge today." : "Glad to be here.") The bridge, the bridge.

                """
            return (name: String(format: "m%03d.txt", n), text: text)
        }
        return CorpusLoader.build(sources: sources)
    }()
}
