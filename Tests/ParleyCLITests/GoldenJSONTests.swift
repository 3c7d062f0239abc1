import Foundation
import Testing

@testable import parley

/// Every subcommand's `--json` on the built-in corpus, pinned byte for byte: reading other texts
/// better must not change how the built-in corpus reads.
struct GoldenJSONTests {
    static let cases: [(name: String, arguments: [String])] = [
        ("meetings", ["meetings"]),
        ("speakers", ["speakers"]),
        ("show-feb", ["show", "2017-02-23-mexico-city"]),
        ("show-may", ["show", "2017-05-18-washington"]),
        ("show-may-kelly", ["show", "2017-05-18-washington", "--speaker", "kelly"]),
        ("search-mexico", ["search", "mexico"]),
        ("search-phrase", ["search", "\"mass deportations\""]),
        ("search-prefix", ["search", "deport*"]),
        ("search-words-in-meeting", ["search", "border security", "--meeting", "may", "--speaker", "kelly"]),
        ("compare-kelly", ["compare", "kelly"]),
        ("compare-videgaray", ["compare", "videgaray", "--meetings", "may,feb"]),
        ("stats", ["stats"]),
        ("kwic-mexico", ["kwic", "mexico", "--sort", "left"]),
        ("align-kelly", ["align", "kelly"]),
        ("quotes-all", ["quotes", "--all"]),
        ("timeline-kelly-mexico", ["timeline", "kelly", "mexico"]),
        ("timeline-all-mexico", ["timeline", "--all", "mexico"]),
        ("timeline-videgaray-from-may", ["timeline", "videgaray", "--from", "2017-05"]),
    ]

    @Test(arguments: cases.map(\.name))
    func builtInCorpusJSONIsUnchanged(name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let result = parley(arguments: arguments + ["--json"])
        #expect(result.status == 0, "\(arguments): \(result.err)")
        #expect(result.err.isEmpty)
        try GoldenOutput.check(result.out, against: "\(name).json")
    }
}
