import Foundation

/// A turn as read from the page, before its label is resolved to a person.
struct RawTurn: Sendable {
    var label: String
    var paragraphs: [Paragraph]
}

/// One file read into header, turns or body, and metadata; people and meetings come later, across files.
public struct ParsedDocument: Sendable {
    public internal(set) var document: Document
    /// Every date the text mentions, for attaching it to a meeting.
    var mentionedDates: [Day]
    /// The capitalised words of the text, where full names are looked for when labels are resolved. For a
    /// file read back from the corpus store they are read only then: speakers resolved before are reused.
    var nameWords: NameWords { nameWordsStorage.words }
    let nameWordsStorage: NameWordsStorage
    /// A transcript's turns as resolving speakers reads them, when read while the document's text was at
    /// hand and is not held since.
    var turnReadings: TurnReadings? = nil

    init(document: Document, mentionedDates: [Day], nameWords: NameWords) {
        self.init(document: document, mentionedDates: mentionedDates, nameWordsStorage: NameWordsStorage(nameWords))
    }

    init(document: Document, mentionedDates: [Day], nameWordsStorage: NameWordsStorage) {
        self.document = document
        self.mentionedDates = mentionedDates
        self.nameWordsStorage = nameWordsStorage
    }
}

enum DocumentParseError: Error, CustomStringConvertible {
    case empty
    case noText

    var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .noText: return "no text found (only page furniture such as banners and footers)"
        }
    }
}

enum DocumentParser {
    /// Lines longer than this mean the file is not hard-wrapped: each line is a paragraph of its own.
    static let wrappedLineLength = 100

    static func parse(text: String, fileName: String) throws -> ParsedDocument {
        guard text.contains(where: { !$0.isWhitespace }) else { throw DocumentParseError.empty }
        let source = SourceText(text)
        var reading = DocumentReading()
        let finder = LabelFinder(lines: source.lines.map(\.text))
        let wrapped = !source.lines.contains { $0.text.utf8.count > wrappedLineLength && $0.text.count > wrappedLineLength }

        // Blocks of lines with the page furniture taken out, whole line by whole line.
        var blocks: [[SourceText.Line]] = [[]]
        for line in source.lines {
            if line.text.trimmingSpaces.isEmpty {
                if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
            } else if Boilerplate.isChromeLine(line.text) {
                reading.furniture.append(.init(line: line.number, text: line.text.trimmingSpaces, reason: "page furniture"))
                if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        blocks.removeAll { $0.isEmpty }
        guard !blocks.isEmpty else { throw DocumentParseError.noText }

        // Pieces: a block, cut wherever a label starts a line or is glued into one.
        var pieces: [LabelledPiece] = []
        for block in blocks {
            var current: LabelledPiece? = nil
            for line in block {
                for segment in segments(of: line, finder: finder) {
                    let whole = segment.start == line.start ? line.number - 1 : nil
                    let label = finder.label(startingLine: segment.text, lineIndex: whole, aloneInBlock: block.count == 1)
                    if label != nil || current == nil {
                        if let done = current { pieces.append(done) }
                        current = LabelledPiece(lines: [segment], label: label)
                    } else {
                        current!.lines.append(segment)
                    }
                }
            }
            if let done = current { pieces.append(done) }
        }

        let labelled = pieces.compactMap(\.label)
        let distinctLabels = Set(labelled.map { TurnLabel.words($0.label).joined(separator: " ") })
        let firstLabel = pieces.firstIndex { $0.label != nil }
        var isTranscript = labelled.count >= 2 && distinctLabels.count >= 2
        if isTranscript {
            reading.kindReason = "\(distinctLabels.count) labels, \(labelled.count) turns"
        } else if let first = firstLabel, isRemarks(pieces, from: first) {
            isTranscript = true
            reading.kindReason = "one speaker's remarks under \(pieces[first].label!.label)"
        }

        var header: [LabelledPiece] = []
        var rawTurns: [RawTurn] = []
        var body: [Paragraph] = []
        var footer: [LabelledPiece] = []

        if isTranscript, let first = firstLabel {
            header = Array(pieces[..<first])
            var turnPieces = Array(pieces[first...])
            // One paragraph a line where the file is not hard-wrapped: the copy lost its blank lines.
            if !wrapped { turnPieces = turnPieces.flatMap { $0.splitByLine() } }
            rawTurns = readTurns(turnPieces, fileName: fileName, reading: &reading)
            // The prose before the first speaker is the transcript's preamble, kept and searchable.
            let headerProse = header.filter { isPreamble($0.piece) }
            body = headerProse.map { makeParagraph($0.piece, fileName: fileName, interpreted: false).paragraph }
            header.removeAll { isPreamble($0.piece) }
        } else {
            if reading.kindReason.isEmpty {
                reading.kindReason = labelled.isEmpty ? "no speaker labels" : "only \(labelled.count) labelled paragraph, not a dialogue"
            }
            let prose = pieces.map { isProse($0.piece) }
            let firstProse = prose.firstIndex(of: true) ?? pieces.count
            let lastProse = prose.lastIndex(of: true) ?? (pieces.count - 1)
            header = Array(pieces[..<firstProse])
            if firstProse <= lastProse {
                let joined = joinPageBreaks(pieces[firstProse...lastProse].map(\.piece), reading: &reading)
                body = joined.map { makeParagraph($0, fileName: fileName, interpreted: false).paragraph }
                footer = Array(pieces[(lastProse + 1)...])
            }
        }
        for piece in header + footer {
            for line in piece.lines where looksLikeLabel(line.text) && piece.label == nil {
                reading.unsure.append(
                    .init(
                        line: line.line, text: line.text.trimmingSpaces,
                        reason: "capitalised words and a colon, not taken as a speaker label"))
            }
        }

        let headerLines = header.flatMap { $0.lines }
        let headerTexts = headerLines.map { $0.text.trimmingSpaces }
        let footerTexts = footer.flatMap { $0.lines.map { $0.text.trimmingSpaces } }
        let found = eventDate(headerLines)
        var date = found?.day
        if let found {
            reading.dateSource = found.posting ? .postingDate : .header
            reading.dateLine = found.line
        } else if let named = DateParser.date(inFileName: fileName) {
            date = named
            reading.dateSource = .fileName
        } else if !isTranscript,
            let first = source.lines.lazy.compactMap({ line in
                DateParser.dates(in: line.text).first { $0.hasYear }.map { (line.number, $0.day) }
            }).first
        {
            // A document's running text may date it ("… on February 23, 2017, the ministers …"); a speech may not.
            date = first.1
            reading.dateSource = .body
            reading.dateLine = first.0
        }
        let mentioned = DateParser.dates(in: text, defaultYear: date?.year).map(\.day)
        let located = HeaderReader.placeAndVenue(headerTexts)
        let (place, venue) = (located.place, located.venue)
        reading.placeLine = located.line.map { headerLines[$0].line }
        let headerBlocks = header.map { $0.lines.map { $0.text.trimmingSpaces } }
        let title = HeaderReader.title(headerBlocks) ?? body.first.map { String($0.text.prefix(80)) } ?? fileName
        reading.titleLine =
            headerLines.first { title.hasPrefix(String($0.text.trimmingSpaces.prefix(20))) && !$0.text.trimmingSpaces.isEmpty }?.line
            ?? headerLines.first { $0.text.contains(title.prefix(20)) }?.line
        let author = HeaderReader.author(headerTexts)
        let kind: DocumentKind
        if isTranscript {
            kind = .transcript
        } else {
            kind = HeaderReader.kind(title: title, header: headerTexts, footer: footerTexts, author: author)
        }
        let id = (fileName as NSString).deletingPathExtension
        reading.unsure = reading.unsure.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let turns = rawTurns.enumerated().map { i, raw in
            Turn(
                index: i, label: raw.label, speakerID: "", isQuestion: TurnLabel.isQuestion(raw.label), reporter: nil,
                paragraphs: raw.paragraphs)
        }
        let document = Document(
            id: id, fileName: fileName, kind: kind, title: title, date: date, place: place, venue: venue, author: author,
            header: headerTexts + footerTexts, turns: turns, body: body, sourceText: text, reading: reading)
        return ParsedDocument(document: document, mentionedDates: mentioned, nameWords: NameWords(text))
    }

    /// Lines that say when a page was posted rather than when the words were said.
    private static let postingWords = [
        "issued on", "posted on", "posted:", "published", "updated", "released on", "date posted", "last modified",
    ]

    /// The event's date from the header: the first dated line that is not a posting date, else the posting date.
    static func eventDate(_ lines: [Segment]) -> (day: Day, line: Int, posting: Bool)? {
        var posting: (day: Day, line: Int, posting: Bool)? = nil
        for line in lines {
            guard let found = DateParser.dates(in: line.text).first(where: { $0.hasYear }) else { continue }
            let lower = line.text.lowercased()
            if postingWords.contains(where: { lower.contains($0) }) {
                if posting == nil { posting = (found.day, line.line, true) }
                continue
            }
            return (found.day, line.line, false)
        }
        return posting
    }

    /// One speaker's remarks: a single label whose turn holds most of the file's running text.
    private static func isRemarks(_ pieces: [LabelledPiece], from first: Int) -> Bool {
        guard let label = pieces[first].label, !TurnLabel.isQuestion(label.label) else { return false }
        guard TurnLabel.words(label.label).count >= 2 || ParliamentaryHeading.isFullHeading(label.label) else { return false }
        func words(_ p: LabelledPiece) -> Int { isProse(p.piece) || p.label != nil ? p.piece.text.split(separator: " ").count : 0 }
        let before = pieces[..<first].reduce(0) { $0 + words($1) }
        let after = pieces[first...].reduce(0) { $0 + words($1) }
        return after >= 20 && after >= 2 * before
    }

    /// Capitalised words and a colon at the start of a line: a label the parser did not take, perhaps.
    private static func looksLikeLabel(_ line: String) -> Bool {
        guard line.utf8.prefix(80).contains(UInt8(ascii: ":")) else { return false }
        let text = line.trimmingSpaces
        guard !StageLine.isStageLine(text), let colon = text.firstIndex(of: ":"), let first = text.first, first.isUppercase,
            text[..<colon].last?.isLetter == true
        else { return false }
        let head = text[..<colon].split(separator: " ")
        return (1...6).contains(head.count) && head.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true || $0 == "&" }
    }

    /// A line of the file, or the part of one a glued label starts.
    struct Segment {
        var text: String
        var line: Int
        var start: Int
        var end: Int
    }

    /// Consecutive segments read as one paragraph, with the label that opens it, if any.
    struct LabelledPiece {
        var lines: [Segment]
        var label: (label: String, rest: Int)?

        var piece: Piece {
            let lead = lines[0].text.prefix { $0.isWhitespace }.count
            return Piece(
                text: lines.map { $0.text.trimmingSpaces }.joined(separator: " "), start: lines[0].start + lead,
                end: lines[lines.count - 1].end, line: lines[0].line, endLine: lines[lines.count - 1].line)
        }

        /// Each line as its own paragraph, the label staying with the first.
        func splitByLine() -> [LabelledPiece] {
            lines.enumerated().map { i, line in LabelledPiece(lines: [line], label: i == 0 ? label : nil) }
        }
    }

    private static func segments(of line: SourceText.Line, finder: LabelFinder) -> [Segment] {
        let cuts = finder.gluedLabelOffsets(in: line.text)
        guard !cuts.isEmpty else { return [Segment(text: line.text, line: line.number, start: line.start, end: line.end)] }
        let chars = Array(line.text)
        var out: [Segment] = []
        var from = 0
        for cut in cuts + [chars.count] where cut > from {
            out.append(Segment(text: String(chars[from..<cut]), line: line.number, start: line.start + from, end: line.start + cut))
            from = cut
        }
        return out
    }

    /// A piece of a paragraph as it stands in the file.
    struct Piece {
        var text: String
        var start: Int
        var end: Int
        var line: Int
        var endLine: Int
    }

    private static func readTurns(_ pieces: [LabelledPiece], fileName: String, reading: inout DocumentReading) -> [RawTurn] {
        var turns: [(label: String, pieces: [Piece])] = []
        for labelled in pieces {
            if let label = labelled.label {
                var piece = labelled.piece
                let lead = leadingSpaces(labelled.lines[0].text)
                piece.text = String(piece.text.dropFirst(max(0, label.rest - lead))).trimmingSpaces
                piece.start = labelled.lines[0].start + label.rest
                turns.append((label.label, [piece]))
            } else if !turns.isEmpty {
                turns[turns.count - 1].pieces.append(labelled.piece)
                if looksLikeLabel(labelled.lines[0].text) {
                    reading.unsure.append(
                        .init(
                            line: labelled.lines[0].line, text: labelled.lines[0].text.trimmingSpaces,
                            reason: "capitalised words and a colon, read as speech of \(turns[turns.count - 1].label)"))
                }
            }
        }
        return turns.map { turn in
            var interpreted = false
            var paragraphs: [Paragraph] = []
            for group in joinPageBreaks(turn.pieces, reading: &reading) where !group.text.isEmpty || paragraphs.isEmpty {
                let made = makeParagraph(group, fileName: fileName, interpreted: interpreted)
                interpreted = made.interpretedAfter
                if !made.paragraph.text.isEmpty { paragraphs.append(made.paragraph) }
            }
            return RawTurn(label: turn.label, paragraphs: paragraphs)
        }
    }

    private static func leadingSpaces(_ s: String) -> Int { s.prefix { $0.isWhitespace }.count }

    /// A page break leaves a sentence cut in two: a blank line, then a lower-case continuation,
    /// or a paragraph that stops without closing punctuation. Such pieces are one paragraph.
    static func joinPageBreaks(_ pieces: [Piece], reading: inout DocumentReading) -> [Piece] {
        var out: [Piece] = []
        for piece in pieces {
            if var last = out.last, !last.text.isEmpty, continues(last.text, with: piece.text) {
                reading.unsure.append(
                    .init(
                        line: piece.line, text: String(piece.text.prefix(60)),
                        reason: "joined to the paragraph before (line \(last.line)) across a break"))
                last.text += " " + piece.text
                last.end = piece.end
                last.endLine = piece.endLine
                out[out.count - 1] = last
            } else {
                out.append(piece)
            }
        }
        return out
    }

    private static let closingMarks: Set<Character> = [".", "?", "!", ":", "\"", "”", "’", "'", ")", "]", "…", "*"]

    static func continues(_ previous: String, with next: String) -> Bool {
        guard let first = next.first(where: { !$0.isWhitespace }), let last = previous.last(where: { !$0.isWhitespace }) else {
            return false
        }
        if first.isLowercase { return true }
        if closingMarks.contains(last) { return false }
        // Cut mid-sentence: ends in a word or a comma and the next piece goes on with a word.
        return (last.isLetter || last.isNumber || last == "," || last == ";") && (first.isLetter || first.isNumber)
    }

    private static func makeParagraph(_ piece: Piece, fileName: String, interpreted: Bool) -> (paragraph: Paragraph, interpretedAfter: Bool)
    {
        let span = SourceSpan(file: fileName, start: piece.start, end: piece.end, line: piece.line, endLine: piece.endLine)
        // A closing line or a time stamp is the transcriber's, not speech: shown, never counted or searched.
        if StageLine.isStageLine(piece.text) {
            let runs = [TextRun(kind: .note, range: 0..<piece.text.count, interpreted: false)]
            return (Paragraph(text: piece.text, runs: runs, source: span), interpreted)
        }
        let parsed = InlineParser.parse(piece.text, interpreted: interpreted)
        return (Paragraph(text: parsed.text, runs: parsed.runs, source: span), parsed.interpretedAfter)
    }

    /// Sentences before a transcript's first speaker (an editor's lead), not a heading that ends in `D.C.`.
    static func isPreamble(_ piece: Piece) -> Bool {
        let words = piece.text.split(separator: " ")
        guard words.count >= 12, isProse(piece), let last = words.last else { return false }
        let initialism = last.count >= 2 && last.enumerated().allSatisfy { i, c in i % 2 == 0 ? c.isUppercase : c == "." }
        return !initialism
    }

    /// Running text rather than a heading, a byline or a date line.
    static func isProse(_ piece: Piece) -> Bool {
        let text = piece.text
        let words = text.split(separator: " ").count
        // Headlines and bylines do not end like sentences, however long they are.
        if words >= 40 { return true }
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return words >= 6 && [".", "?", "!", "\"", "”", ":"].contains(last)
    }
}
