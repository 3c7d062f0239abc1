import Foundation

/// A turn as read from the page, before its label is resolved to a person.
struct RawTurn {
    var label: String
    var paragraphs: [Paragraph]
}

/// One file read into header, turns or body, and metadata; people and meetings come later.
struct ParsedDocument {
    var document: Document
    var rawTurns: [RawTurn]
    /// Every date the text mentions, for attaching it to a meeting.
    var mentionedDates: [Day]
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
    static func parse(text: String, fileName: String) throws -> ParsedDocument {
        guard text.contains(where: { !$0.isWhitespace }) else { throw DocumentParseError.empty }
        let source = SourceText(text)
        // Furniture goes line by line (a banner can share a block with the title) and block by block.
        let blocks = source.blocks.compactMap { block -> SourceText.Block? in
            let kept = block.lines.count > 1 ? block.lines.filter { !Boilerplate.isBoilerplate($0.text) } : block.lines
            guard !kept.isEmpty else { return nil }
            let cleaned = SourceText.Block(lines: kept)
            return Boilerplate.isBoilerplate(cleaned.text) ? nil : cleaned
        }
        guard !blocks.isEmpty else { throw DocumentParseError.noText }

        let labelled = blocks.map { TurnLabel.match($0.lines[0].text) }
        let labelCount = labelled.compactMap { $0 }.count
        let distinctLabels = Set(labelled.compactMap { $0?.label })
        let isTranscript = labelCount >= 2 && distinctLabels.count >= 2

        var header: [SourceText.Block] = []
        var rawTurns: [RawTurn] = []
        var body: [Paragraph] = []
        var footer: [SourceText.Block] = []

        if isTranscript {
            let first = labelled.firstIndex { $0 != nil }!
            header = Array(blocks[..<first])
            rawTurns = readTurns(Array(blocks[first...]), labels: Array(labelled[first...]), fileName: fileName)
        } else {
            let prose = blocks.map(isProse)
            let firstProse = prose.firstIndex(of: true) ?? blocks.count
            let lastProse = prose.lastIndex(of: true) ?? (blocks.count - 1)
            header = Array(blocks[..<firstProse])
            if firstProse <= lastProse {
                body = joinPageBreaks(Array(blocks[firstProse...lastProse])).map {
                    makeParagraph($0, fileName: fileName, interpreted: false).paragraph
                }
                footer = Array(blocks[(lastProse + 1)...])
            }
        }

        let headerLines = header.flatMap { $0.lines.map { $0.text.trimmingSpaces } }
        let footerLines = footer.flatMap { $0.lines.map { $0.text.trimmingSpaces } }
        let headerText = headerLines.joined(separator: "\n")
        var date = DateParser.dates(in: headerText).first { $0.hasYear }?.day
        if date == nil { date = DateParser.dates(in: text).first { $0.hasYear }?.day }
        let mentioned = DateParser.dates(in: text, defaultYear: date?.year).map(\.day)
        let (place, venue) = HeaderReader.placeAndVenue(headerLines)
        let title = HeaderReader.title(header.map { $0.lines.map { $0.text.trimmingSpaces } }) ?? body.first.map { String($0.text.prefix(80)) } ?? fileName
        let author = HeaderReader.author(headerLines)
        let kind: DocumentKind
        if isTranscript {
            kind = .transcript
        } else {
            kind = HeaderReader.kind(title: title, header: headerLines, footer: footerLines, author: author)
        }
        let id = (fileName as NSString).deletingPathExtension
        let turns = rawTurns.enumerated().map { i, raw in
            Turn(index: i, label: raw.label, speakerID: "", isQuestion: TurnLabel.isQuestion(raw.label), reporter: nil, paragraphs: raw.paragraphs)
        }
        let document = Document(
            id: id, fileName: fileName, kind: kind, title: title, date: date, place: place, venue: venue, author: author,
            header: headerLines + footerLines, turns: turns, body: body, sourceText: text)
        return ParsedDocument(document: document, rawTurns: rawTurns, mentionedDates: mentioned)
    }

    /// A piece of a paragraph as it stands in the file.
    struct Piece {
        var text: String
        var start: Int
        var end: Int
        var line: Int
        var endLine: Int
    }

    private static func readTurns(_ blocks: [SourceText.Block], labels: [(label: String, rest: Int)?], fileName: String) -> [RawTurn] {
        var turns: [(label: String, pieces: [Piece])] = []
        for (block, label) in zip(blocks, labels) {
            if let label {
                var piece = piece(of: block)
                piece.text = String(piece.text.dropFirst(label.rest - leadingSpaces(block.lines[0].text))).trimmingSpaces
                piece.start += label.rest
                turns.append((label.label, [piece]))
            } else if !turns.isEmpty {
                turns[turns.count - 1].pieces.append(piece(of: block))
            }
        }
        return turns.map { turn in
            var interpreted = false
            var paragraphs: [Paragraph] = []
            for group in joinPageBreaks(turn.pieces) where !group.text.isEmpty || paragraphs.isEmpty {
                let made = makeParagraph(group, fileName: fileName, interpreted: interpreted)
                interpreted = made.interpretedAfter
                if !made.paragraph.text.isEmpty { paragraphs.append(made.paragraph) }
            }
            return RawTurn(label: turn.label, paragraphs: paragraphs)
        }
    }

    private static func leadingSpaces(_ s: String) -> Int { s.prefix { $0.isWhitespace }.count }

    private static func piece(of block: SourceText.Block) -> Piece {
        Piece(text: block.text, start: block.start + leadingSpaces(block.lines[0].text), end: block.end, line: block.firstLine, endLine: block.lastLine)
    }

    private static func joinPageBreaks(_ blocks: [SourceText.Block]) -> [Piece] {
        joinPageBreaks(blocks.map(piece(of:)))
    }

    /// A page break leaves a sentence cut in two: a blank line, then a lower-case continuation,
    /// or a paragraph that stops without closing punctuation. Such pieces are one paragraph.
    static func joinPageBreaks(_ pieces: [Piece]) -> [Piece] {
        var out: [Piece] = []
        for piece in pieces {
            if var last = out.last, continues(last.text, with: piece.text) {
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

    static func continues(_ previous: String, with next: String) -> Bool {
        guard let first = next.first(where: { !$0.isWhitespace }), let last = previous.last(where: { !$0.isWhitespace }) else {
            return false
        }
        if first.isLowercase { return true }
        let closing: Set<Character> = [".", "?", "!", ":", "\"", "”", "’", "'", ")", "]", "…", "*"]
        if closing.contains(last) { return false }
        // Cut mid-sentence: ends in a word or a comma and the next piece goes on with a word.
        return (last.isLetter || last.isNumber || last == "," || last == ";") && (first.isLetter || first.isNumber)
    }

    private static func makeParagraph(_ piece: Piece, fileName: String, interpreted: Bool) -> (paragraph: Paragraph, interpretedAfter: Bool) {
        let parsed = InlineParser.parse(piece.text, interpreted: interpreted)
        let span = SourceSpan(file: fileName, start: piece.start, end: piece.end, line: piece.line, endLine: piece.endLine)
        return (Paragraph(text: parsed.text, runs: parsed.runs, source: span), parsed.interpretedAfter)
    }

    /// Running text rather than a heading, a byline or a date line.
    static func isProse(_ block: SourceText.Block) -> Bool {
        let text = block.text
        let words = text.split(separator: " ").count
        // Headlines and bylines do not end like sentences, however long they are.
        if words >= 40 { return true }
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return words >= 6 && [".", "?", "!", "\"", "”", ":"].contains(last)
    }
}
