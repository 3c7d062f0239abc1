import Foundation
import Testing

/// Compares a command's output with a file kept in `Golden/`, byte for byte.
/// `PARLEY_UPDATE_GOLDEN=1 swift test --filter GoldenJSONTests` rewrites the files instead, for a deliberate change.
enum GoldenOutput {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["PARLEY_UPDATE_GOLDEN"] == "1" }

    static func check(_ output: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: url.path), "no golden file \(name); run with PARLEY_UPDATE_GOLDEN=1 to write it",
            sourceLocation: sourceLocation)
        let expectedText = String(decoding: expected, as: UTF8.self)
        if expectedText != output {
            let a = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
            let b = output.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let was = line < a.count ? String(a[line]) : "(end)"
            let now = line < b.count ? String(b[line]) : "(end)"
            Issue.record("\(name) differs at line \(line + 1):\n  golden: \(was)\n  now:    \(now)", sourceLocation: sourceLocation)
        }
    }
}
