import Foundation
import Testing

@testable import ParleyModel

/// A saved page is read into plain text: title, date, main text in blocks, furniture left out.
struct WebPageReadingTests {
    func read(_ html: String) throws -> WebPage {
        try read(Data(html.utf8))
    }

    func read(_ data: Data) throws -> WebPage {
        switch WebPage.read(data) {
        case .success(let page): return page
        case .failure(let problem): throw problem
        }
    }

    /// The paragraphs of the text after the title (and any date line parley added).
    func blocks(_ page: WebPage) -> [String] {
        page.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
    }

    @Test func pagesReadOnAllCoresAtOnceReadAsTheyDoOneByOne() throws {
        let pages = try ["state-interview.html", "whitehouse-briefing.html", "press-availability-latin1.html"].map {
            try WebPageFixtures.data($0)
        }
        let alone = try pages.map { try read($0).text }
        let together = Array(repeating: pages, count: 40).flatMap { $0 }.parallelMap { data -> String? in
            guard case .success(let page) = WebPage.read(data) else { return nil }
            return page.text
        }
        #expect(together == Array(repeating: alone, count: 40).flatMap { $0 })
    }

    @Test func aStateDepartmentPageGivesTitleHeaderLinesAndTurnsAndNoFurniture() throws {
        let page = try read(WebPageFixtures.data("state-interview.html"))
        #expect(page.title == "Interview With Chris Wallace of Fox News Sunday")
        #expect(page.date == Day(year: 2017, month: 8, day: 27))
        let b = blocks(page)
        #expect(
            Array(b.prefix(6)) == [
                "Interview With Chris Wallace of Fox News Sunday", "Rex W. Tillerson", "Secretary of State", "Washington, DC",
                "August 27, 2017", "QUESTION: Mr. Secretary, welcome back to *Fox News Sunday*.",
            ])
        #expect(
            b.last
                == "QUESTION: All right, let’s turn to your day job. North Korea fired three short-range missiles on Friday. What message do you think the Kim regime is sending?"
        )
        for furniture in [
            "Skip to content", "official website", "Policy Issues", "Search", "cookies", "Home", "Share", "Facebook",
            "Tags", "Related Articles", "Bartiromo", "Inspector General", "newsletter", "dataLayer", "font-size",
        ] {
            #expect(!page.text.contains(furniture), "\(furniture) left in")
        }
    }

    @Test func theTitleIsOgTitleThenTheHeadlineThenTheTitleWithoutTheSiteName() throws {
        let og = try read(
            """
            <html><head><title>Remarks | U.S. Department of State</title>
            <meta property="og:title" content="Remarks With Foreign Secretary Videgaray"></head>
            <body><h1>Something else</h1><p>MR A: One thing said here.</p><p>MS B: Another thing said here.</p></body></html>
            """)
        #expect(og.title == "Remarks With Foreign Secretary Videgaray")
        let headline = try read(
            """
            <html><head><title>Remarks | U.S. Department of State</title></head>
            <body><article><h1>Joint Press Availability</h1><p>MR A: One thing said here.</p></article></body></html>
            """)
        #expect(headline.title == "Joint Press Availability")
        #expect(blocks(headline) == ["Joint Press Availability", "MR A: One thing said here."])
        let titleOnly = try read(
            """
            <html><head><title>Statements to the Press | U.S. Department of State</title></head>
            <body><div><p>MR A: One thing said here.</p></div></body></html>
            """)
        #expect(titleOnly.title == "Statements to the Press")
        let logo = try read(
            """
            <html><head><title>Press Availability – U.S. Embassy in Mexico</title></head>
            <body><header><h1 class="site-logo">U.S. Embassy &amp; Consulates in Mexico</h1></header>
            <main><article><h1>Press Availability With Secretary Kelly</h1><p>MR A: One thing said here.</p></article></main></body></html>
            """)
        #expect(logo.title == "Press Availability With Secretary Kelly")
    }

    @Test func thePublishedDateIsWrittenUnderTheTitleWhenTheTextHasNoDateLine() throws {
        let page = try read(
            """
            <html><head><meta property="article:published_time" content="2017-05-18T16:40:00-04:00"></head>
            <body><main><h1>Press Availability</h1><p>MR A: We met today in Washington, as planned.</p></main></body></html>
            """)
        #expect(page.date == Day(year: 2017, month: 5, day: 18))
        #expect(blocks(page) == ["Press Availability", "May 18, 2017", "MR A: We met today in Washington, as planned."])
        let timed = try read(
            """
            <html><body><article><h1>Readout</h1><time datetime="2017-02-23">Feb 23</time><p>The secretaries met.</p></article></body></html>
            """)
        #expect(timed.date == Day(year: 2017, month: 2, day: 23))
    }

    @Test func aDateLineInTheTextWinsOverThePostingDate() throws {
        let page = try read(
            """
            <html><head><meta property="article:published_time" content="2017-08-29T10:00:00Z"></head>
            <body><article><h1>Interview</h1><p>Washington, DC</p><p>August 27, 2017</p>
            <p>QUESTION: On September 5, 2017, will you travel?</p></article></body></html>
            """)
        #expect(page.date == Day(year: 2017, month: 8, day: 27))
        #expect(!page.text.contains("August 29"))
    }

    @Test func italicsBecomeStarsWithTheSpacesOutside() throws {
        let page = try read(
            """
            <html><body><div><p>He read <em>The Wall Street Journal </em>and<i> El Universal</i>, not <em> </em>the <i><em>Times</em></i>.</p></div></body></html>
            """)
        #expect(blocks(page) == ["He read *The Wall Street Journal* and *El Universal*, not the *Times*."])
    }

    @Test func entitiesAreDecodedAndWhitespaceCollapsed() throws {
        let page = try read(
            """
            <html><body><div><p>  Secretary&nbsp;Kelly &amp; Secretary Osorio&#8217;s
               talks in M&eacute;xico &#8212; &ldquo;productive&rdquo;.  </p></div></body></html>
            """)
        #expect(blocks(page) == ["Secretary Kelly & Secretary Osorio’s talks in México — “productive”."])
    }

    @Test func linesBrokenByBrAreParagraphsAndNoBreakSpacesAreKept() throws {
        let page = try read(WebPageFixtures.data("whitehouse-briefing.html"))
        let b = blocks(page)
        #expect(b.contains("1:18 P.M. EDT"))
        #expect(b.contains("MS. JEAN-PIERRE:  Good afternoon, everybody."))
        #expect(b.contains("Q    Good afternoon."))
        #expect(
            page.title
                == "Press Briefing by Press Secretary Karine Jean-Pierre and National Security Council Coordinator for Strategic Communications John Kirby"
        )
        #expect(b[1] == "July 26, 2023")
        for furniture in ["Skip to content", "Menu", "Administration", "Twitter", "Stay Connected", "1600 Pennsylvania", "schema.org"] {
            #expect(!page.text.contains(furniture), "\(furniture) left in")
        }
    }

    @Test func aLatin1PageIsReadAsWindows1252AndTheResultIsUTF8() throws {
        let page = try read(WebPageFixtures.data("press-availability-latin1.html"))
        #expect(page.title == "Remarks at a Press Availability")
        #expect(page.date == Day(year: 2017, month: 8, day: 1))
        #expect(page.text.contains("And if you’re inquiring about the young assistant"))
        #expect(page.text.contains("I know it’s a – this is a tough transition"))
        #expect(blocks(page).contains("Washington, DC"))
        for furniture in ["Press Releases", "Home", "Back to Top", "FOIA"] {
            #expect(!page.text.contains(furniture), "\(furniture) left in")
        }
    }

    @Test func aDeclaredCharsetAByteOrderMarkAndUndeclaredBytesAreAllHonoured() throws {
        let body =
            "<html><head><meta charset=\"windows-1252\"></head><body><div><p>Caf\u{E9} \u{201C}abierto\u{201D}</p></div></body></html>"
        let declared = try read(body.data(using: .windowsCP1252)!)
        #expect(blocks(declared) == ["Café “abierto”"])
        let undeclared = "<html><body><div><p>Caf\u{E9} \u{2019}s</p></div></body></html>".data(using: .windowsCP1252)!
        #expect(blocks(try read(undeclared)) == ["Café ’s"])
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("<html><body><div><p>Peña Nieto</p></div></body></html>".data(using: .utf16LittleEndian)!)
        #expect(blocks(try read(utf16)) == ["Peña Nieto"])
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("<html><body><p>Ángel</p></body></html>".utf8)
        #expect(blocks(try read(bom)) == ["Ángel"])
    }

    @Test func brokenMarkupIsReadAsABrowserWouldRecoverIt() throws {
        let page = try read(
            """
            <html><body><div class="content"><p>MR A: First <b>bold words</i> and more
            <p>MS B: Second paragraph, never closed
            <div><p>MR A: Third</div></span></td>
            <p>MS B: Last &unknown; &amp; words
            """)
        #expect(
            blocks(page) == [
                "MR A: First bold words and more", "MS B: Second paragraph, never closed", "MR A: Third", "MS B: Last &unknown; & words",
            ])
    }

    @Test func textNestedVeryDeeplyIsStillRead() throws {
        for depth in [50, 300, 5000] {
            let html =
                "<html><body><main>" + String(repeating: "<div>", count: depth) + "<p>MR A: Deep words.</p><p>MS B: More words.</p>"
                + String(repeating: "</div>", count: depth) + "</main></body></html>"
            let page = try read(html)
            #expect(page.text.contains("MR A: Deep words."), "at depth \(depth)")
            #expect(page.text.contains("MS B: More words."), "at depth \(depth)")
        }
    }

    /// A hearing as the Government Publishing Office puts it online: the printed text in one `<pre>`.
    @Test func preformattedTextKeepsItsLinesAndBlankLines() throws {
        let printed = """
            [Senate Hearing 115-4]
            [From the U.S. Government Publishing Office]



                       NOMINATION OF REX W. TILLERSON TO BE SECRETARY OF STATE   \r
            \r
                                  Wednesday, January 11, 2017

                                          U.S. Senate,
                                Committee on Foreign Relations,
                                                        Washington, DC.

                The committee met, pursuant to notice, at 9:00 a.m., in Room
            SH-216, Hart Senate Office Building, Hon. Bob Corker, chairman of
            the committee, presiding.

                The Chairman. The Foreign Relations Committee will come to
            order.
                We appreciate everybody being here as the Senate carries out
            one of its most important responsibilities, which is to give
            advice and consent to nominees that are put forth by a president.


            """
        let html =
            "<html>\n<title> - NOMINATION OF REX W. TILLERSON TO BE SECRETARY OF STATE</title>\n<body><pre>"
            + printed.replacingOccurrences(of: "&", with: "&amp;") + "</pre></body>\n</html>\n"
        let page = try read(html)
        #expect(page.title == "NOMINATION OF REX W. TILLERSON TO BE SECRETARY OF STATE")
        #expect(page.date == Day(year: 2017, month: 1, day: 11))
        let expected = printed.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
            .joined(separator: "\n").replacingOccurrences(of: "\n\n\n\n", with: "\n\n")
            .trimmingCharacters(in: .newlines)
        #expect(page.text == "NOMINATION OF REX W. TILLERSON TO BE SECRETARY OF STATE\n\n" + expected + "\n")
    }

    @Test func textSplitOverSeveralBlocksIsReadWholeWithoutTheLinksBeside() throws {
        let page = try read(
            """
            <html><body><div id="page"><div id="links"><p>Latest news</p><p>Photos</p></div>
            <div id="content"><h1>Joint Press Conference</h1>
            <div class="part"><p>MR A: The first part of what was said at the meeting, at some length.</p><p>MS B: An answer.</p></div>
            <div class="part"><p>MR A: The second part of what was said at the meeting, at some length.</p></div>
            <div class="part"><p>MS B: The third part of what was said at the meeting, at some length too.</p></div>
            </div></div></body></html>
            """)
        #expect(
            blocks(page) == [
                "Joint Press Conference", "MR A: The first part of what was said at the meeting, at some length.", "MS B: An answer.",
                "MR A: The second part of what was said at the meeting, at some length.",
                "MS B: The third part of what was said at the meeting, at some length too.",
            ])
    }

    @Test func hiddenFurnitureGoesButATranscriptFoldedAwayStays() throws {
        let page = try read(
            """
            <html><body><main><h1>Remarks</h1>
            <div class="usa-alert" hidden><p>You are leaving this site.</p></div>
            <p style="display: none">Loading…</p>
            <button class="usa-accordion__button" aria-controls="transcript">Transcript</button>
            <div id="transcript" class="usa-accordion__content" hidden>
            <p>MR A: First thing said, at some length.</p><p>MS B: Second thing said.</p><p>MR A: Third thing said.</p>
            </div></main></body></html>
            """)
        #expect(
            blocks(page) == ["Remarks", "MR A: First thing said, at some length.", "MS B: Second thing said.", "MR A: Third thing said."])
    }

    @Test func tableRowsAndListItemsAreBlocks() throws {
        let page = try read(
            """
            <html><body><main><table><tr><td>MR A:</td><td>Words in a cell.</td></tr><tr><td>MS B:</td><td>Reply.</td></tr></table>
            <ul><li>One point.</li><li>Another point.</li></ul></main></body></html>
            """)
        #expect(blocks(page) == ["MR A: Words in a cell.", "MS B: Reply.", "One point.", "Another point."])
    }

    @Test func aPageWithNothingButFurnitureHasNoMainText() {
        let pages = [
            "<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav><a href=\"/\">Home</a></nav><footer>Contact</footer></body></html>",
            "<html><body></body></html>",
            "<html><body><div class=\"cookie-banner\"><p>We use cookies.</p></div><form><input></form></body></html>",
            "   ",
        ]
        for html in pages {
            guard case .failure(let problem) = WebPage.read(Data(html.utf8)) else {
                Issue.record("read text from \(html)")
                continue
            }
            #expect(problem.description.contains("no main text") || problem.description.contains("could not be read"))
        }
    }

    @Test func aPageSavedAsTextIsKnownByItsFirstBytes() {
        #expect(WebPage.looksLikeHTML(Data("<!DOCTYPE html>\n<html>".utf8)))
        #expect(WebPage.looksLikeHTML(Data("\u{FEFF}  <!-- saved from url=(0044)https://www.state.gov/ -->\n<HTML lang=en>".utf8)))
        #expect(!WebPage.looksLikeHTML(Data("Remarks\n\n<html> is a tag\n".utf8)))
        #expect(!WebPage.looksLikeHTML(Data("MR A: <b>not a page</b>".utf8)))
    }
}
