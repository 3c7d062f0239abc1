import Foundation
import Testing

/// Saved web pages open in the browser like text files.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct WebPageBrowserTests {
    /// A page in a government site's markup: banner, menu, share bar and footer around the text.
    static func page(title: String, place: String, date: String, turns: [(String, String)]) -> String {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title) | U.S. Department of State</title>
        <script>var analytics = "MENU: not said";</script></head>
        <body><section class="usa-banner"><p>An official website of the United States government</p></section>
        <header><nav><a href="/">Home</a> <a href="/countries/">Countries &amp; Areas</a></nav></header>
        <main><article><h1>\(title)</h1><p>\(place)</p><p>\(date)</p>
        <div class="share-bar"><a href="#">Share</a></div>
        <div class="entry-content">\(turns.map { "<p><strong>\($0.0):</strong> \($0.1)</p>" }.joined())</div>
        </article></main><footer><p>Privacy Policy</p></footer></body></html>
        """
    }

    @Test func twoSavedPagesOpenSideBySideAndSearch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let february = WebPageBrowserTests.page(
            title: "Remarks to the Press", place: "Mexico City, Mexico", date: "February 23, 2017",
            turns: [
                ("MODERATOR", "Good afternoon. We will hear from the secretaries."),
                ("SECRETARY KELLY", "There will be no use of military forces in <em>immigration</em> operations."),
            ])
        let may = WebPageBrowserTests.page(
            title: "Press Availability", place: "Washington, DC", date: "May 18, 2017",
            turns: [
                ("SECRETARY KELLY", "We talked about the drugs that come across the border &amp; the demand."),
                ("QUESTION", "Secretary Kelly, a question on the border."),
            ])
        try february.write(to: folder.appendingPathComponent("february.html"), atomically: true, encoding: .utf8)
        try may.write(to: folder.appendingPathComponent("may.htm"), atomically: true, encoding: .utf8)

        let binary = TmuxSession.parleyBinary.path
        let session = try TmuxSession(
            command: "'\(binary)' --corpus '\(folder.path)'; \(BrowserEndToEndTests.restoredCheck)", width: 120, height: 30)
        defer { session.close() }
        var screen = try session.waitFor { $0.contains("0 everyone") && $0.contains("Mexico City · Feb 23 2017") }
        #expect(screen.contains("Washington · May 18 2017"))
        #expect(screen.contains("SECRETARY KELLY"))
        #expect(screen.contains("operations."))
        #expect(screen.contains("& the demand."))
        for furniture in ["official website", "Countries", "Share", "Privacy", "analytics"] {
            #expect(!screen.contains(furniture), "\(furniture) shown")
        }
        try session.type("/border")
        try session.sendKeys("Enter")
        screen = try session.waitFor("1/2 · Feb 23: 0 · May 18: 2")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        screen = try session.waitFor("TERMINAL-")
        #expect(screen.contains("TERMINAL-RESTORED"))
    }
}
