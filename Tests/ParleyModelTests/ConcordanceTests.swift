import Foundation
import Testing

@testable import ParleyModel

struct ConcordanceTests {
    let corpus = CorpusLoader.builtIn()

    @Test func everyHitWithContextAndWhereItIs() throws {
        let lines = Concordance.lines(corpus: corpus, query: SearchQuery("\"mass deportations\""), width: 20)
        // Kelly says it once in February; the article quotes it twice (a concern of Osorio Chong's, and Kelly's block quote).
        #expect(lines.count == 3)
        let kelly = try #require(lines.first { $0.speakerID == "kelly" })
        #expect(kelly.hit == "mass deportations")
        #expect(kelly.left.hasSuffix("no, repeat, no "))
        #expect(kelly.right.hasPrefix(". Everything"))
        #expect(kelly.meetingID == "2017-02-23-mexico-city")
        #expect(kelly.left.count <= 20 && kelly.right.count <= 20)
        let text = Array(corpus.paragraph(kelly.ref).text)
        #expect(String(text[kelly.range]) == "mass deportations")
        #expect(lines.filter { $0.speakerID == nil }.allSatisfy { $0.documentID == "003_e5e6cfcd197a9617" })
    }

    @Test func sortsByPositionSpeakerAndNeighbouringWords() {
        let lines = Concordance.lines(corpus: corpus, query: SearchQuery("deport*"))
        #expect(lines.map(\.position) == Array(0..<lines.count))
        let bySpeaker = Concordance.sorted(lines, by: .speaker).compactMap(\.speakerID)
        #expect(bySpeaker == bySpeaker.sorted())
        let byLeft = Concordance.sorted(lines, by: .left).map { $0.leftWords.first ?? "" }
        #expect(byLeft == byLeft.sorted())
        let byRight = Concordance.sorted(lines, by: .right).map { $0.rightWords.first ?? "" }
        #expect(byRight == byRight.sorted())
    }

    @Test func theLinesAreTheWholeIndexsHitsAndAStoredCorpusKeepsNoTextForThem() throws {
        let fixture = try StoredBuiltIn()
        defer { fixture.remove() }
        let stored = fixture.stored
        let index = SearchIndex(corpus: corpus)
        for text in ["mexico", "deport*", "\"mass deportations\"", "the", "Mexico"] {
            let query = SearchQuery(text, caseMode: .smart)
            let lines = Concordance.lines(corpus: corpus, query: query, width: 25)
            #expect(lines.map { SearchHit(ref: $0.ref, range: $0.range) } == index.hits(for: query), "\(text)")
            #expect(!lines.isEmpty, "\(text)")
            #expect(Concordance.lines(corpus: stored, query: query, width: 25) == lines, "\(text)")
        }
        #expect(stored.documents.allSatisfy { !$0.content.isLoaded })
    }

    @Test func contextReadNearTheHitIsWhatTheWholeTextGives() {
        // The whole text collapsed, then cut, as the context was first made.
        func collapsed(_ chars: ArraySlice<Character>) -> [Character] {
            var out: [Character] = []
            for c in chars where !(c.isWhitespace && out.last == " ") { out.append(c.isWhitespace ? " " : c) }
            return out
        }
        func left(_ chars: ArraySlice<Character>, _ width: Int) -> String {
            let text = collapsed(chars)
            guard text.count > width else { return String(text) }
            var cut = Array(text.suffix(width))
            if let space = cut.firstIndex(of: " "), space < width / 3 { cut.removeFirst(space + 1) }
            return String(cut)
        }
        func right(_ chars: ArraySlice<Character>, _ width: Int) -> String {
            let text = collapsed(chars)
            guard text.count > width else { return String(text) }
            var cut = Array(text.prefix(width))
            if let space = cut.lastIndex(of: " "), space > width - width / 3 { cut.removeLast(cut.count - space) }
            return String(cut)
        }
        var random = SeededGenerator(seed: 7)
        let pieces: [String] = ["word", " ", "   ", "\n", "\r\n", "\t \t", "é", "e\u{301}", "\u{A0}", "\u{85}", "🇲🇽", "x", "."]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...120, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let chars = Array(text)[...]
            for width in [1, 3, 10, 30] {
                #expect(Concordance.leftContext(chars, width: width) == left(chars, width), "\(text.debugDescription) \(width)")
                #expect(Concordance.rightContext(chars, width: width) == right(chars, width), "\(text.debugDescription) \(width)")
            }
        }
    }

    /// A paragraph's lines cut together on its bytes are the lines cut one by one from its `Character`s:
    /// ranges in order, repeated, out of order and past the end; whitespace of every kind; texts whose
    /// scalars join, which are cut as `Character`s.
    @Test func excerptsCutTogetherOnBytesAreTheExcerptsCutFromCharacters() {
        var random = SeededGenerator(seed: 13)
        let pieces: [String] = [
            "word", "the", " ", "   ", "\n", "\t \t", "é", "Peña", "’", "—", "\u{A0}", "\u{85}", "\u{2003}", "x", ".", "e\u{301}", "\r\n",
        ]
        var texts = CorpusLoader.builtIn().allPassages().prefix(60).map(\.paragraph.text)
        for _ in 0..<300 {
            texts.append((0..<Int.random(in: 0...60, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        var cut = 0
        for text in texts {
            let count = text.count
            var ranges: [Range<Int>] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let start = Int.random(in: 0...count, using: &random)
                ranges.append(start..<min(count + 2, start + Int.random(in: 0...5, using: &random)))
            }
            for order in [ranges.sorted { $0.lowerBound < $1.lowerBound }, ranges] {
                for width in [0, 1, 4, 12, 30] {
                    let together = Concordance.excerpts(of: text, ranges: order, before: width, after: width)
                    let alone = order.map { Concordance.excerpt(Array(text), range: $0, before: width, after: width) }
                    #expect(together.count == alone.count)
                    for (a, b) in zip(together, alone) {
                        #expect(
                            a.left == b.left && a.hit == b.hit && a.right == b.right && a.leftIsCut == b.leftIsCut
                                && a.rightIsCut == b.rightIsCut, "\(text.debugDescription) \(order) \(width)")
                    }
                    cut += together.count
                }
            }
        }
        #expect(cut > 5000)
    }

    @Test func contextIsCutAtAWordBoundary() {
        #expect(Concordance.leftContext(ArraySlice(Array("alpha beta gamma delta")), width: 12) == "gamma delta")
        #expect(Concordance.rightContext(ArraySlice(Array("alpha beta gamma delta")), width: 12) == "alpha beta")
        #expect(Concordance.leftContext(ArraySlice(Array("a  b\nc")), width: 40) == "a b c")
    }

    /// Ranking the speakers first orders the lines as comparing their ids does: by id, lines without a
    /// speaker last, then by position.
    @Test func linesBySpeakerAreInTheOrderTheirIdsGive() {
        for query in ["the", "mexico", "deportations"] {
            let lines = Concordance.lines(corpus: corpus, query: SearchQuery(query), width: 20).shuffled()
            #expect(lines.contains { $0.speakerID == nil } && lines.contains { $0.speakerID != nil })
            let expected = lines.sorted {
                let a = $0.speakerID ?? "\u{10FFFF}"
                let b = $1.speakerID ?? "\u{10FFFF}"
                return a != b ? a < b : $0.position < $1.position
            }
            #expect(Concordance.sorted(lines, by: .speaker).map(\.position) == expected.map(\.position), "\(query)")
        }
    }

    /// Ranking the first words of each context orders the lines as comparing every word as a string does.
    @Test func linesByContextAreInTheOrderTheirWordsGive() {
        func before(_ a: some Collection<String>, _ b: some Collection<String>) -> Bool? {
            for (x, y) in zip(a, b) where x != y { return x < y }
            return a.count == b.count ? nil : a.count < b.count
        }
        for query in ["the", "mexico", "united", "of"] {
            let lines = Concordance.lines(corpus: corpus, query: SearchQuery(query), width: 20).shuffled()
            let left = lines.sorted { before($0.leftWords, $1.leftWords) ?? ($0.position < $1.position) }
            let right = lines.sorted { before($0.rightWords, $1.rightWords) ?? ($0.position < $1.position) }
            #expect(Concordance.sorted(lines, by: .left).map(\.position) == left.map(\.position), "\(query)")
            #expect(Concordance.sorted(lines, by: .right).map(\.position) == right.map(\.position), "\(query)")
        }
        // A context that ends sorts before one that goes on, even with the smallest word of all.
        func line(_ words: [String], before: Int, at position: Int) -> ConcordanceLine {
            ConcordanceLine(
                ref: PassageRef(document: 0, turn: nil, paragraph: 0), range: 0..<0, left: "", hit: "", right: "", meetingID: nil,
                speakerID: nil, documentID: "", position: position, paragraphWords: words, wordsBeforeHit: before,
                wordsAfterHit: words.count - before)
        }
        let lines = [
            line(["a", "x"], before: 1, at: 0), line(["x"], before: 0, at: 1), line(["b", "a", "x", "y", "z", "q"], before: 5, at: 2),
            line(["a", "x", "y", "z", "q"], before: 4, at: 3),
        ]
        #expect(Concordance.sorted(lines, by: .left).map(\.position) == [1, 0, 3, 2])
        #expect(Concordance.sorted(lines, by: .right).map(\.position) == [2, 3, 0, 1])
    }
}
