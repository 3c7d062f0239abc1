import Foundation
import Testing

@testable import ParleyModel

/// Saved pages load like text files, and read the same as their text copies.
struct WebPageLoadingTests {
    func folder(_ files: [String: Data]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    struct Reading: Equatable {
        var kind: DocumentKind
        var title: String
        var date: Day?
        var place: String?
        var turns: [[String]]
        var italic: [[String]]
        var body: [String]
    }

    func reading(_ document: Document) -> Reading {
        let italic = document.paragraphs.map { p in
            p.runs.filter { $0.kind == .italic }.map { String(Array(p.text)[$0.range]) }
        }
        return Reading(
            kind: document.kind, title: document.title, date: document.date, place: document.place,
            turns: document.turns.map { [$0.label] + $0.paragraphs.map(\.text) }, italic: italic, body: document.body.map(\.text))
    }

    func loadOne(_ url: URL) throws -> Document {
        let corpus = CorpusLoader.load(paths: [url.path])
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        return try #require(corpus.documents.first)
    }

    @Test(arguments: ["state-interview", "whitehouse-briefing"])
    func aSavedPageReadsTheSameAsItsTextCopy(name: String) throws {
        let page = try loadOne(WebPageFixtures.url(name + ".html"))
        let copy = try loadOne(WebPageFixtures.url(name + ".txt"))
        #expect(reading(page) == reading(copy))
        #expect(page.sourceFormat == .webPage)
        #expect(copy.sourceFormat == .plainText)
    }

    /// The built-in transcripts put in a page as a site would: furniture around, a `<p>` per
    /// paragraph, `<em>` for italics, entities for quotes and ampersands.
    @Test func theBuiltInTranscriptsSavedAsPagesReadTheSame() throws {
        let builtIn = CorpusLoader.builtIn()
        var files: [String: Data] = [:]
        for doc in builtIn.documents where doc.kind == .transcript {
            let blocks = doc.sourceText.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            func markup(_ text: String) -> String {
                let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "’", with: "&#8217;")
                // `*words*` → `<em>words</em>`, in turn.
                var out = ""
                var open = false
                for ch in escaped {
                    if ch == "*" {
                        out += open ? "</em>" : "<em>"
                        open.toggle()
                    } else {
                        out.append(ch)
                    }
                }
                return out
            }
            let page = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(markup(blocks[0])) | U.S. Department of State</title>
                <script>var tracking = "SECRETARY KELLY: not said";</script></head>
                <body><header><nav><ul><li><a href="/">Home</a></li><li>Countries &amp; Areas</li></ul></nav></header>
                <main><article><div class="article-meta">Remarks</div><h1>\(markup(blocks[0]))</h1>
                \(blocks.dropFirst().map { "<p>\(markup($0))</p>" }.joined(separator: "\n"))
                <div class="share-bar"><a href="#">Share</a></div></article>
                <aside><h2>Related</h2><p>SECRETARY KELLY: a related article.</p></aside></main>
                <footer><p>Privacy Policy</p></footer></body></html>
                """
            files[doc.id + ".html"] = Data(page.utf8)
        }
        #expect(files.count == 2)
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = CorpusLoader.load(paths: [dir.path])
        #expect(pages.problems.isEmpty, "\(pages.problems)")
        for page in pages.documents {
            let original = try #require(builtIn.documents.first { $0.id == page.id })
            #expect(reading(page) == reading(original), "\(page.fileName)")
        }
        #expect(pages.meetings.map(\.id) == builtIn.meetings.map(\.id))
    }

    @Test func theStateDepartmentPageIsATranscriptWithItsPlaceDateAndSpeakers() throws {
        let corpus = CorpusLoader.load(paths: [try WebPageFixtures.url("state-interview.html").path])
        let doc = try #require(corpus.documents.first)
        #expect(doc.kind == .transcript)
        #expect(doc.date == Day(year: 2017, month: 8, day: 27))
        #expect(doc.place == "Washington, DC")
        #expect(doc.turns.map(\.label) == ["QUESTION", "SECRETARY TILLERSON", "QUESTION", "SECRETARY TILLERSON", "QUESTION"])
        #expect(doc.turns[3].paragraphs.count == 3)
        #expect(corpus.meetings.count == 1)
    }

    @Test func aPagesSpansPointIntoTheTextReadFromIt() throws {
        let doc = try loadOne(WebPageFixtures.url("state-interview.html"))
        let chars = Array(doc.sourceText)
        let lines = doc.sourceText.components(separatedBy: "\n")
        for paragraph in doc.paragraphs {
            let span = paragraph.source
            let written = String(chars[span.start..<span.end])
            #expect(written.replacingOccurrences(of: "*", with: "").hasSuffix(paragraph.text))
            #expect(lines[span.line - 1].replacingOccurrences(of: "*", with: "").contains(paragraph.text))
            #expect(span.file == "state-interview.html")
        }
    }

    @Test func aFolderIsReadForHtmlAndHtmPagesAndPagesSavedAsText() throws {
        let page = try WebPageFixtures.data("state-interview.html")
        let dir = try folder([
            "a.html": page, "b.HTM": try WebPageFixtures.data("whitehouse-briefing.html"), "c-saved.txt": page,
            "d.css": Data("body { color: red }".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        #expect(corpus.documents.map(\.fileName).sorted() == ["a.html", "b.HTM", "c-saved.txt"])
        #expect(corpus.documents.allSatisfy { $0.sourceFormat == .webPage })
        let saved = try #require(corpus.documents.first { $0.fileName == "c-saved.txt" })
        #expect(saved.turns.count == 5)
        #expect(!saved.sourceText.contains("<"))
    }

    @Test func aPageBesideItsTextCopyKeepsItsExtensionInItsId() throws {
        let dir = try folder([
            "interview.html": try WebPageFixtures.data("state-interview.html"),
            "interview.txt": try WebPageFixtures.data("state-interview.txt"),
            "briefing.htm": try WebPageFixtures.data("whitehouse-briefing.html"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.map(\.id).sorted() == ["briefing", "interview", "interview.html"])
    }

    @Test func aPageWithoutTextOrAnEmptyPageIsNamedWithTheProblem() throws {
        let dir = try folder([
            "furniture.html": Data(
                "<!DOCTYPE html><html><head><script>track()</script></head><body><nav><a href='/'>Home</a></nav></body></html>".utf8),
            "empty.htm": Data(),
            "good.html": try WebPageFixtures.data("state-interview.html"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.map(\.fileName) == ["good.html"])
        let messages = Dictionary(
            uniqueKeysWithValues: corpus.problems.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0.message) })
        #expect(messages["furniture.html"]?.contains("a web page with no main text") == true)
        #expect(messages["empty.htm"] == "the file is empty")
        #expect(corpus.problems.allSatisfy { $0.file.hasPrefix(dir.path) })
    }
}
