import Foundation
import Testing

/// A corpus that takes a while to load: progress is on screen at once, the browser follows, and `q`
/// while loading gives the terminal back.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct LoadingScreenEndToEndTests {
    /// The built-in transcripts many times over, under other names: enough to take more than a moment.
    static func largeFolder(copies: Int) throws -> URL {
        let builtIn = InstallTests.packageRoot.appendingPathComponent("Sources/ParleyModel/Resources/Corpus")
        let texts = try FileManager.default.contentsOfDirectory(atPath: builtIn.path).filter { $0.hasSuffix(".txt") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-loading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for copy in 0..<copies {
            for text in texts {
                try FileManager.default.copyItem(
                    at: builtIn.appendingPathComponent(text), to: folder.appendingPathComponent(String(format: "%03d-", copy) + text))
            }
        }
        return folder
    }

    @Test func progressShowsWhileLoadingAndTheBrowserFollows() throws {
        let folder = try Self.largeFolder(copies: 25)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(
            command: "'\(TmuxSession.parleyBinary.path)' --corpus '\(folder.path)'; \(BrowserEndToEndTests.restoredCheck)")
        defer { session.close() }
        let loading = try session.waitFor { $0.contains("files") && $0.contains("%") }
        #expect(loading.contains("of 125 files"))
        #expect(loading.contains("q quit"))
        try session.waitFor("0 everyone", timeout: .seconds(120))
        try session.sendKeys("q")
        #expect(try session.waitFor("TERMINAL-").contains("TERMINAL-RESTORED"))
    }

    /// What a new archive adds to the cache is written while the browser is up, and waited for on `q`, so
    /// the next run finds every file kept.
    @Test func aNewArchiveIsInTheCacheOnceTheBrowserCloses() throws {
        let folder = try Self.largeFolder(copies: 25)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-cache-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: cache)
        }
        let parley = TmuxSession.parleyBinary.path
        let session = try TmuxSession(
            command:
                "'\(parley)' --corpus '\(folder.path)'; '\(parley)' cache --corpus '\(folder.path)'; \(BrowserEndToEndTests.restoredCheck)",
            environment: ["XDG_CACHE_HOME": cache.path])
        defer { session.close() }
        try session.waitFor("0 everyone", timeout: .seconds(120))
        try session.sendKeys("q")
        let screen = try session.waitFor("TERMINAL-", timeout: .seconds(120))
        #expect(screen.contains("125 files, 125 documents"), "\(screen)")
        #expect(screen.contains("up to date"), "\(screen)")
        #expect(screen.contains("TERMINAL-RESTORED"))
    }

    @Test func quittingWhileLoadingGivesTheTerminalBack() throws {
        let folder = try Self.largeFolder(copies: 25)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(
            command: "'\(TmuxSession.parleyBinary.path)' --corpus '\(folder.path)'; echo EXIT=$?; \(BrowserEndToEndTests.restoredCheck)")
        defer { session.close() }
        try session.waitFor { $0.contains("files") && $0.contains("%") }
        try session.sendKeys("q")
        let screen = try session.waitFor("TERMINAL-")
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("TERMINAL-RESTORED"))
    }
}
