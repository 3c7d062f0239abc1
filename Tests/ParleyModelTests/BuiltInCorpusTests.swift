import Testing

@testable import ParleyModel

/// Expectations from a careful reading of the five built-in texts.
struct BuiltInCorpusTests {
    let corpus = CorpusLoader.builtIn()

    var feb: Meeting { corpus.meeting(id: "2017-02-23-mexico-city")! }
    var may: Meeting { corpus.meeting(id: "2017-05-18-washington")! }

    @Test func loadsWithoutProblems() {
        #expect(corpus.problems.isEmpty)
        #expect(corpus.documents.count == 5)
    }

    @Test func groupsDocumentsIntoTwoMeetings() {
        #expect(corpus.meetings.map(\.id) == ["2017-02-23-mexico-city", "2017-05-18-washington"])
        #expect(feb.place == "Mexico City, Mexico")
        #expect(may.place == "Washington, DC")
        let febFiles = feb.documentIndices.map { corpus.documents[$0].fileName }
        #expect(febFiles.first == "000_38b1e850a037519c.txt")
        #expect(
            Set(febFiles) == [
                "000_38b1e850a037519c.txt", "002_51f4437359274aa3.txt", "003_e5e6cfcd197a9617.txt", "004_fb6fc97cc57c43d1.txt",
            ])
        #expect(may.documentIndices.map { corpus.documents[$0].fileName } == ["001_75070c29d9ffe5c3.txt"])
    }

    @Test func readsDocumentMetadata() {
        let kinds = corpus.documents.map(\.kind)
        #expect(kinds == [.transcript, .transcript, .statement, .article, .communique])
        let docs = corpus.documents
        #expect(docs[0].title == "Statements to the Press")
        #expect(docs[0].venue == "Foreign Ministry")
        #expect(docs[1].venue == "Dean Acheson Auditorium")
        #expect(docs[2].title == "Joint Statement by Rex Tillerson and John Kelly on Bilateral Discussions in Mexico City")
        #expect(docs[3].author == "Kausha Luna")
        #expect(docs[3].title == "Tillerson and Kelly Visit Mexico, Discuss Migration")
        #expect(docs[4].date?.iso == "2017-02-27")
        #expect(docs[4].title == "High Level Meeting between Mexico and the United States of America")
    }

    /// Turns per person and meeting, counted by hand from the transcripts.
    @Test func countsEveryonesTurnsPerMeeting() {
        let expected: [String: (feb: Int, may: Int)] = [
            "tillerson": (1, 7), "kelly": (1, 7), "videgaray": (1, 4), "osorio-chong": (1, 2),
            "nauert": (0, 4), "moderator-2017-02-23-mexico-city": (4, 0), "moderator-2017-05-18-washington": (0, 2),
            "felicia-schwartz": (0, 2), "jose-diaz-briseno": (0, 1), "rich-edson": (0, 4), "ruben-barrera": (0, 2),
        ]
        #expect(Set(corpus.people.map(\.id)) == Set(expected.keys))
        for (id, counts) in expected {
            #expect(corpus.counts(person: id, meeting: feb).turns == counts.feb, "\(id) in February")
            #expect(corpus.counts(person: id, meeting: may).turns == counts.may, "\(id) in May")
        }
        #expect(corpus.turns(of: feb).count == 8)
        #expect(corpus.turns(of: may).count == 35)
    }

    @Test func resolvesEveryLabelToOnePerson() {
        #expect(corpus.person(id: "videgaray")!.labels == ["FOREIGN SECRETARY VIDEGARAY", "MR VIDEGARAY"])
        #expect(corpus.person(id: "osorio-chong")!.labels == ["GOVERNMENT SECRETARY OSORIO CHONG", "GOVERNMENT SECRETARY OSORIO"])
        #expect(corpus.person(id: "ruben-barrera")!.labels == ["QUESTION", "OUESTION"])
        #expect(corpus.person(id: "moderator-2017-02-23-mexico-city")!.kind == .moderator)
        #expect(corpus.person(id: "kelly")!.name == "John Kelly")
    }

    @Test func attributesQuestionsToTheReporterNamedBefore() {
        let questions = corpus.turns(of: may).map(\.turn).filter(\.isQuestion)
        #expect(questions.count == 9)
        let named = questions.map { "\($0.reporter?.name ?? "-")/\($0.reporter?.outlet ?? "-")" }
        #expect(
            named == [
                "Felicia Schwartz/The Wall Street Journal", "Felicia Schwartz/The Wall Street Journal", "Jose Diaz Briseno/Reforma",
                "Rich Edson/Fox News", "Rich Edson/Fox News", "Rich Edson/Fox News", "Rich Edson/Fox News",
                "Ruben Barrera/Notimex", "Ruben Barrera/Notimex",
            ])
        #expect(questions.last?.label == "OUESTION")
        #expect(corpus.turns(of: feb).allSatisfy { !$0.turn.isQuestion })
    }

    @Test func leavesBoilerplateOut() {
        let all = corpus.allPassages().map(\.paragraph.text).joined(separator: "\n")
        for furniture in [
            "mailing list", "JOIN NOW", "Website Management", "FAIR USE", "Share/Save", "official website", "Topics:",
            "Columns, Commentary",
        ] {
            #expect(!all.contains(furniture), "\(furniture) shown as text")
        }
        #expect(corpus.documents[0].turns.last!.paragraphs.last!.text.hasSuffix("Thanks so very much."))
    }

    @Test func joinsParagraphsSplitByPageBreaks() {
        let tillerson = corpus.documents[1].turns[0]
        #expect(tillerson.paragraphs.count == 6)
        #expect(tillerson.paragraphs[2].text.contains("We as Americans, parents, and friends of those"))
        let videgaray = corpus.documents[1].turns[1]
        #expect(videgaray.paragraphs.count == 10)
        #expect(videgaray.paragraphs[2].text.contains("The ministry of the economy in Mexico, la secretaria de economia, will lead"))
        #expect(videgaray.paragraphs[7].text.hasSuffix("jointly on the process."))
        let osorio = corpus.documents[1].turns[30]
        #expect(osorio.paragraphs.count == 2 && osorio.paragraphs[0].text.contains("the balance that we have to achieve"))
    }

    @Test func keepsItalicsAsStyleNotAsterisks() {
        #expect(!corpus.allPassages().contains { $0.paragraph.text.contains("*") })
        let intro = corpus.documents[1].turns[4].paragraphs[0]
        let italics = intro.runs.filter { $0.kind == .italic }.map { String(Array(intro.text)[$0.range]) }
        #expect(italics == ["The Wall Street Journal"])
    }

    @Test func marksInterpretedSpeechPerParagraph() {
        let pattern = corpus.documents[1].turns[1].paragraphs.map { $0.interpreted ? "I" : "." }.joined()
        #expect(pattern == "....IIIIII")
        let ruben = corpus.documents[1].turns[29].paragraphs.map(\.interpreted)
        #expect(ruben == [true, false])
        #expect(corpus.documents[0].turns[7].paragraphs.allSatisfy { !$0.interpreted })
        #expect(corpus.documents[0].turns[1].interpreted)
    }

    @Test func keepsTranscriberNotesOutOfWords() {
        let moderator = corpus.documents[0].turns[0].paragraphs[0]
        #expect(moderator.notes == ["(Via interpreter)", "(inaudible)"])
        #expect(!moderator.spokenText.contains("inaudible"))
        #expect(moderator.text.contains("(inaudible)"))
        let offMike = corpus.documents[1].turns[32]
        #expect(offMike.wordCount == 0)
    }

    @Test func wordCountsAreTheWordsOfTheSpokenText() {
        for (_, paragraph) in corpus.allPassages() {
            #expect(paragraph.wordCount == Tokenizer.words(in: paragraph.spokenText).count, "\(paragraph.text)")
        }
        // A note inside a word joins its two halves, as cutting it out of the text does.
        let text = "so(inaudible)me words – and 1,900 (crosstalk) more"
        let notes = [2..<13, 34..<45]
        var runs: [TextRun] = []
        var at = 0
        for note in notes {
            runs.append(TextRun(kind: .words, range: at..<note.lowerBound, interpreted: false))
            runs.append(TextRun(kind: .note, range: note, interpreted: false))
            at = note.upperBound
        }
        runs.append(TextRun(kind: .words, range: at..<text.count, interpreted: false))
        let paragraph = Paragraph(text: text, runs: runs, source: SourceSpan(file: "x", start: 0, end: 0, line: 1, endLine: 1))
        #expect(paragraph.spokenText == "some words – and 1,900 more")
        #expect(paragraph.wordCount == 5)
    }

    @Test func tracesEveryParagraphBackToItsLine() {
        for (ref, paragraph) in corpus.allPassages() {
            let doc = corpus.documents[ref.document]
            let source = Array(doc.sourceText)
            let lines = doc.sourceText.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(paragraph.source.file == doc.fileName)
            // The paragraph starts where its span starts, on the line its span names.
            let firstWord = String(paragraph.text.prefix(12)).replacingOccurrences(of: "*", with: "")
            let atSpan = String(source[paragraph.source.start..<paragraph.source.end]).replacingOccurrences(of: "*", with: "")
            #expect(atSpan.hasPrefix(firstWord), "\(doc.fileName) line \(paragraph.source.line)")
            #expect(lines[paragraph.source.line - 1].contains(firstWord))
        }
        #expect(corpus.documents[0].turns[7].source?.line == 70)
    }
}
