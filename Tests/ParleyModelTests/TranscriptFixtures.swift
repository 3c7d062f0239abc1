import Foundation

@testable import ParleyModel

/// The real transcript excerpts in `Fixtures/` (their sources are in `Fixtures/README.md`).
enum TranscriptFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    static func text(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// One fixture read as a corpus of its own.
    static func corpus(_ names: String...) -> Corpus {
        CorpusLoader.build(sources: names.map { ($0, text($0)) })
    }

    static func document(_ name: String) -> Document? { corpus(name).documents.first }
}
