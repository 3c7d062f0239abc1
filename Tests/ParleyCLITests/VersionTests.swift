import Foundation
import Testing

/// `--version` is stamped at build time: the package's VERSION file, then the commit built from.
@Test func versionIsThePackagesVersionAndTheCommit() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let packageVersion = try String(contentsOf: root.appendingPathComponent("VERSION"), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    let result = try runExecutable(["--version"])
    #expect(result.status == 0)
    let line = result.out.trimmingCharacters(in: .newlines)
    #expect(line.hasPrefix(packageVersion))
    if FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) {
        // e.g. `0.2.0 (c9b0bfb)` or `0.2.0 (c9b0bfb-dirty)`
        #expect(line.range(of: #"^\S+ \([0-9a-f]{7,}(-dirty)?\)$"#, options: .regularExpression) != nil, "\(line)")
    }
}
