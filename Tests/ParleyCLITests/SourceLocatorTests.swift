import ParleyModel
import Testing

@testable import parley

/// The locator's walk by scalars gives exactly what its walk by `Character`s gives, and takes it only
/// where a scalar is a `Character`.
struct SourceLocatorTests {
    /// Every word of every paragraph located both ways, in reading order as search does.
    func locateEveryWord(in corpus: Corpus) -> (checked: Int, fast: Int, paragraphs: Int) {
        var fast = SourceLocator()
        var slow = SourceLocator()
        slow.usesScalars = false
        slow.walksEightBytes = false
        var checked = 0
        var scalarParagraphs = 0
        for document in corpus.documents {
            for paragraph in document.paragraphs {
                if SourceLocator.scalarUnits(paragraph.text) != nil { scalarParagraphs += 1 }
                for range in Self.words(paragraph.text) {
                    let a = fast.locate(range, in: paragraph, of: document)
                    let b = slow.locate(range, in: paragraph, of: document)
                    #expect(a == b, "\(document.fileName) \(paragraph.text) \(range)")
                    checked += 1
                }
            }
        }
        return (checked, scalarParagraphs, corpus.documents.reduce(0) { $0 + $1.paragraphs.count })
    }

    /// `Character` ranges of the whitespace-separated words of a text.
    static func words(_ text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int? = nil
        for (i, c) in text.enumerated() {
            if c.isWhitespace {
                if let s = start { ranges.append(s..<i) }
                start = nil
            } else if start == nil {
                start = i
            }
        }
        if let s = start { ranges.append(s..<text.count) }
        return ranges
    }

    @Test func bothWaysAgreeOnTheBuiltInCorpus() {
        let (checked, fast, paragraphs) = locateEveryWord(in: CorpusLoader.builtIn())
        #expect(checked > 9_000)
        // Curly quotes and dashes are single scalars: most paragraphs take the fast walk.
        #expect(fast * 10 > paragraphs * 9, "\(fast) of \(paragraphs)")
    }

    static let header = "Remarks in Springfield\nSpringfield, Illinois\nMarch 3, 2020\n\n"

    @Test func bothWaysAgreeOnLineEndsTabsItalicsAndAccents() {
        let texts = [
            "crlf.txt": (Self.header + "MAYOR QUIMBY: Thank you\r\nall for coming.\r\n\r\nCHIEF WIGGUM: The bridge\r\nis safe.\r\n")
                .replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "\r\r\n", with: "\r\n"),
            "tabs.txt": Self.header + "MAYOR QUIMBY:\tThank\tyou all\n\tfor coming.\n\nCHIEF WIGGUM: Glad\t\tto be here.\n",
            "italics.txt": Self.header
                + "MAYOR QUIMBY: As *The Springfield\nShopper* said, the *bridge* is safe.\n\nCHIEF WIGGUM: *Quite.*\n",
            "latin.txt": Self.header
                + "MAYOR QUIMBY: Señor Peña Nieto and Ms. Müller\nsaid «no» — twice.\n\nCHIEF WIGGUM: Très bien, it’s “fine”…\n",
            "separators.txt": Self.header + "MAYOR QUIMBY: One\u{2028}two\u{00A0}three\u{2003}four.\n\nCHIEF WIGGUM: Five\u{200D}six.\n",
            "combining.txt": Self.header + "MAYOR QUIMBY: Sen\u{303}or Pen\u{303}a said so 👍🏽 today.\n\nCHIEF WIGGUM: Fine, Zoë.\n",
            "loneCR.txt": Self.header + "MAYOR QUIMBY: One line\rthe next line\u{85}and a third.\n\nCHIEF WIGGUM: Yes.\n",
            "crlfSpan.txt": Self.header + "MAYOR QUIMBY: Short.\r\n\r\nCHIEF WIGGUM: Then a line\r\nwith a break, and Zoë\r\nagain.\r\n",
        ]
        let corpus = CorpusLoader.build(sources: texts.sorted { $0.key < $1.key }.map { (name: $0.key, text: $0.value) })
        #expect(corpus.documents.count == texts.count, "\(corpus.problems)")
        let (checked, fast, _) = locateEveryWord(in: corpus)
        #expect(checked > 60)
        #expect(fast > 0)
    }

    @Test func locatedStretchesAreTheWordsInTheFile() {
        let text = Self.header + "MAYOR QUIMBY: The *bridge*\r\nwill   reopen,\tsaid Peña\non Monday.\n\nCHIEF WIGGUM: Yes.\n"
        let corpus = CorpusLoader.build(sources: [(name: "a.txt", text: text)])
        let document = corpus.documents[0]
        let paragraph = document.turns[0].paragraphs[0]
        let file = Array(document.sourceText)
        var locator = SourceLocator()
        for (word, line) in [("bridge", 5), ("reopen,", 6), ("Peña", 6), ("Monday.", 7)] {
            let found = paragraph.text.range(of: word)!
            let start = paragraph.text.distance(from: paragraph.text.startIndex, to: found.lowerBound)
            let range = start..<(start + word.count)
            #expect(String(paragraph.text.dropFirst(start).prefix(word.count)) == word)
            let location = locator.locate(range, in: paragraph, of: document)
            #expect(String(file[location.start..<location.end]) == word)
            #expect(location.line == line)
        }
    }

    @Test func onlySingleScalarCharactersTakeTheScalarWalk() {
        #expect(SourceLocator.scalarUnits("plain ASCII, with\ttabs")?.count == 22)
        #expect(SourceLocator.scalarUnits("a\r\nb")?.count == 3)
        #expect(SourceLocator.scalarUnits("Peña Müller «no» — “yes”… €5") != nil)
        #expect(SourceLocator.scalarUnits("zero\u{200D}width") == nil)
        #expect(SourceLocator.scalarUnits("\u{212B}ngström") == nil)
        #expect(SourceLocator.scalarUnits("Pen\u{303}a") == nil)
        #expect(SourceLocator.scalarUnits("thumbs 👍") == nil)
        // A stretch that ends between CR and LF ends inside a Character.
        let split = "ab\r\ncd"
        #expect(SourceLocator.scalarUnits(split, from: split.startIndex, count: 3) == nil)
        #expect(SourceLocator.scalarUnits(split, from: split.startIndex, count: 4)?.count == 4)
    }

    @Test func eightBytesAtOnceCountLineBreaksAsBytesOneByOneDo() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x20, 0x41, 0x61, 0x7F, 0x80, 0xC3, 0xFF, 0x00]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected: Int? =
                bytes.contains { $0 >= 0x80 || $0 == 0x0D } ? nil : bytes.filter { (0x0A...0x0C).contains($0) }.count
            #expect(SourceLocator.asciiLineBreaks(word) == expected, "\(bytes)")
        }
    }

    @Test func longRunsOfLineBreaksAndAccentsAreWalkedAlike() {
        // Stretches of ASCII longer than eight bytes between VT, FF, CR LF, lone CRs and accented letters,
        // so the walk steps eight bytes at a time and then byte by byte around each of them.
        let body = [
            "MAYOR QUIMBY: The bridge on Elm Street\u{0B}will reopen,\u{0C}said the mayor\r\nof Springfield,",
            "after a long winter\rof repairs.\n\nCHIEF WIGGUM: Señor Peña and Mrs. Müller\nwill cut the ribbon",
            "at nine o'clock\r\non Monday morning.\n",
        ].joined(separator: "\n")
        let corpus = CorpusLoader.build(sources: [(name: "runs.txt", text: Self.header + body)])
        let (checked, _, _) = locateEveryWord(in: corpus)
        #expect(checked > 30)
    }
}
