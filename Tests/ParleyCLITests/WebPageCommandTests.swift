import Foundation
import ParleyModel
import Testing

@testable import parley

/// Commands read a saved web page as they read a text file, and point into the text read from it.
struct WebPageCommandTests {
    /// A short page in the State Department's markup, with its site furniture.
    static let page = """
        <!DOCTYPE html>
        <html lang="en-US"><head><meta charset="UTF-8">
        <title>Interview With Chris Wallace of Fox News Sunday - United States Department of State</title>
        <meta property="og:site_name" content="United States Department of State">
        <script>window.dataLayer = [];</script></head>
        <body><a class="usa-skipnav" href="#main">Skip to content</a>
        <header role="banner"><nav><a href="/">Home</a> <a href="/issues/">Policy Issues</a></nav></header>
        <main id="main"><article>
        <h1>Interview With Chris Wallace of <em>Fox News Sunday</em></h1>
        <p>Rex W. Tillerson</p><p>Secretary of State</p><p>Washington, DC</p><p>August 27, 2017</p>
        <div class="share-this"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <div class="entry-content">
        <p><strong>QUESTION:</strong> Mr. Secretary, welcome back to <em>Fox News Sunday</em>.</p>
        <p><strong>SECRETARY TILLERSON:</strong> Pleased to be here, Chris.</p>
        <p><strong>QUESTION:</strong> Before we get to foreign affairs, I want to ask you as a native son of Texas
        your thoughts about Hurricane Harvey.</p>
        <p><strong>SECRETARY TILLERSON:</strong> Chris, you&#8217;re correct; my wife and I are both native Texans.
        We still make our home in Texas, and our families are all in Texas.</p>
        </div></article></main>
        <footer role="contentinfo"><p>Privacy Policy</p></footer></body></html>
        """

    func pageFolder() throws -> URL {
        let folder = try temporaryFolder()
        try WebPageCommandTests.page.write(to: folder.appendingPathComponent("interview.html"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func meetingsAndShowReadTheSavedPage() throws {
        let folder = try pageFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let meetings = parley("meetings", "--corpus", folder.path)
        #expect(meetings.status == 0)
        #expect(meetings.err.isEmpty)
        #expect(meetings.out.contains("2017-08-27  Washington, DC"))
        #expect(meetings.out.contains("interview.html  transcript  Interview With Chris Wallace of Fox News Sunday"))
        let show = parley("show", "washington", "--corpus", folder.path, "--width", "200")
        #expect(show.status == 0)
        #expect(show.out.contains("SECRETARY TILLERSON · turn 4"))
        #expect(show.out.contains("Mr. Secretary, welcome back to Fox News Sunday."))
        for furniture in ["Skip to content", "Home", "Facebook", "Privacy", "dataLayer"] { #expect(!show.out.contains(furniture)) }
    }

    @Test func searchHitsPointIntoTheTextReadFromThePage() throws {
        let folder = try pageFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = parley("search", "Texas", "--json", "--corpus", folder.path)
        #expect(result.status == 0)
        let hits = try #require(result.json()["hits"] as? [[String: Any]])
        #expect(hits.count == 3)
        guard case .success(let read) = WebPage.read(Data(WebPageCommandTests.page.utf8)) else {
            Issue.record("the page did not read")
            return
        }
        let text = Array(read.text)
        let lines = read.text.components(separatedBy: "\n")
        for hit in hits {
            let source = try #require(hit["source"] as? [String: Any])
            let line = try #require(source["line"] as? Int)
            let start = try #require(source["start"] as? Int)
            let end = try #require(source["end"] as? Int)
            #expect(String(text[start..<end]) == "Texas")
            #expect(lines[line - 1].contains("Texas"))
            #expect(source["file"] as? String == "interview.html")
        }
    }

    @Test func aPageWithNothingToReadIsNamedAndStopsWithStatusOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("menu.htm")
        try "<html><body><nav><a href='/'>Home</a></nav><script>go()</script></body></html>".write(
            to: file, atomically: true, encoding: .utf8)
        let result = parley("meetings", "--corpus", file.path)
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("\(file.path): a web page with no main text"))
    }

    /// A page saying it is in Shift_JIS that holds bytes Shift_JIS has no characters for: libxml2 would
    /// print its own "encoding error" lines to stderr and stop reading there; the page is read whole,
    /// as if it declared no encoding, and parley's messages are the only ones.
    @Test func aPageMislabelledWithAnotherEncodingPrintsNothingButParleysMessages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Data("<html><head><meta charset=\"shift_jis\"><title>Talks</title></head>\n".utf8)
        bytes += Data("<body><p>Rome, Italy</p><p>May 2, 2019</p><p>MR ROSSI: Welcome to Rome.</p><p>MS BIANCHI: Thank you ".utf8)
        bytes += [0x8F, 0xFF, 0xFE]
        bytes += Data(" all.</p></body></html>\n".utf8)
        let file = folder.appendingPathComponent("talks.html")
        try bytes.write(to: file)
        // A separate process: libxml2 writes to the real stderr, which an in-process run does not capture.
        let result = try runExecutable(["meetings", "--corpus", file.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("2019-05-02-rome"))
        #expect(!result.err.contains("encoding error"))
        #expect(result.err.split(separator: "\n").allSatisfy { $0.hasPrefix("parley: ") }, "\(result.err)")
        let shown = try runExecutable(["show", "2019-05-02", "--corpus", file.path])
        #expect(shown.out.contains("MS BIANCHI"), "\(shown.out)")
        #expect(shown.out.contains("all."), "\(shown.out)")
    }
}
