/// A parsed file in the cache's binary form: each type writes its fields in a fixed order and reads
/// them back in the same order. `CorpusStore.parserVersion` must change with this layout.
///
/// A file is kept in two parts: its outline (what it is, where and when, how many turns and paragraphs),
/// which every command reads for every file, and its content (turns, running text and the notes on how it
/// was read), read when first asked for. A document's source text is in neither, only the text's hash: the text is kept apart and
/// read only when asked for, so `source` makes, from that hash, where the text will come from. Its name
/// words are kept apart too (`NameWords.binary`), and `names` says where to read them when they are needed.
extension ParsedDocument {
    /// The outline as cache bytes.
    var outlineBinary: [UInt8] {
        var writer = BinaryWriter(capacity: 512)
        document.encodeOutline(into: &writer)
        writer.write(mentionedDates) { $1.encode(into: &$0) }
        return writer.bytes
    }

    /// Reads an outline back; throws when its bytes are damaged or cut short. `content` makes, from the
    /// counts of turns and paragraphs and the words spoken in each turn, where the turns and running text
    /// will come from.
    init(
        outline: [UInt8], source: (Int64) -> SourceTextStorage,
        content: (_ turns: Int, _ paragraphs: Int, _ wordsPerTurn: [Int]) -> DocumentContentStorage,
        names: NameWordsStorage
    ) throws {
        var reader = BinaryReader(outline)
        let document = try Document(outlineFrom: &reader, source: source, content: content)
        let dates = try reader.readArray { try Day(from: &$0) }
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the document") }
        self.init(document: document, mentionedDates: dates, nameWordsStorage: names)
    }
}

extension DocumentContent {
    /// The turns and running text as cache bytes.
    var binary: [UInt8] {
        let paragraphBytes = turns.reduce(body.reduce(0) { $0 + $1.text.utf8.count }) { total, turn in
            turn.paragraphs.reduce(total) { $0 + $1.text.utf8.count }
        }
        var writer = BinaryWriter(capacity: paragraphBytes + paragraphBytes / 4 + 256)
        writer.write(turns) { $1.encode(into: &$0) }
        writer.write(body) { $1.encode(into: &$0) }
        reading.encode(into: &writer)
        return writer.bytes
    }

    /// Reads content back; throws when its bytes are damaged or cut short.
    init(binary: [UInt8]) throws {
        var reader = BinaryReader(binary)
        turns = try reader.readArray { try Turn(from: &$0) }
        body = try reader.readArray { try Paragraph(from: &$0) }
        reading = try DocumentReading(from: &reader)
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the document's text") }
    }
}

extension DocumentExcerpt {
    /// Reads from content bytes the turns without their paragraphs, and the paragraphs `wanted` names
    /// (turn and paragraph; the document is `document`), passing over the other paragraphs' bytes unread.
    init(binary: [UInt8], document: Int, wanted: Set<PassageRef>) throws {
        var reader = BinaryReader(binary)
        var paragraphs: [PassageRef: Paragraph] = [:]
        func readParagraphs(turn: Int?, _ reader: inout BinaryReader) throws {
            let count = try reader.readCount()
            for p in 0..<count {
                let ref = PassageRef(document: document, turn: turn, paragraph: p)
                if wanted.contains(ref) {
                    paragraphs[ref] = try Paragraph(from: &reader)
                } else {
                    try Paragraph.skip(&reader)
                }
            }
        }
        let turnCount = try reader.readCount()
        var turns: [Turn] = []
        turns.reserveCapacity(turnCount)
        for t in 0..<turnCount {
            let head = try Turn.readHead(&reader)
            try readParagraphs(turn: t, &reader)
            turns.append(head)
        }
        try readParagraphs(turn: nil, &reader)
        _ = try DocumentReading(from: &reader)
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the document's text") }
        self.init(document: document, turns: turns, paragraphs: paragraphs)
    }
}

extension NameWords {
    /// The words as cache bytes, stored apart from the document.
    var binary: [UInt8] {
        // Made at about their size: a file parsed now holds these bytes until it is written.
        var writer = BinaryWriter(capacity: words.reduce(10) { $0 + $1.text.utf8.count + $1.folded.utf8.count + 3 })
        writer.write(words) { writer, word in
            writer.write(word.text)
            writer.write(word.folded)
            writer.write(word.endsName)
        }
        return writer.bytes
    }

    init(binary: [UInt8]) throws {
        var reader = BinaryReader(binary)
        let words = try reader.readArray { reader in
            NameWords.Word(text: try reader.readString(), folded: try reader.readString(), endsName: try reader.readBool())
        }
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the name words") }
        self.init(words: words)
    }
}

extension Document {
    func encodeOutline(into writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(fileName)
        writer.write(kind.rawValue)
        writer.write(title)
        writer.write(date != nil)
        date?.encode(into: &writer)
        writer.write(place)
        writer.write(venue)
        writer.write(author)
        writer.write(header) { $0.write($1) }
        writer.write(turnCount)
        writer.write(paragraphCount)
        writer.write(spokenWordsPerTurn) { $0.write($1) }
        writer.write(UInt64(bitPattern: source.contentHash))
        writer.write(sourceFormat.rawValue)
    }

    init(
        outlineFrom reader: inout BinaryReader, source: (Int64) -> SourceTextStorage,
        content: (_ turns: Int, _ paragraphs: Int, _ wordsPerTurn: [Int]) -> DocumentContentStorage
    ) throws {
        let id = try reader.readString()
        let fileName = try reader.readString()
        let kind = try reader.readEnum(DocumentKind.self)
        let title = try reader.readString()
        let date = try reader.readBool() ? try Day(from: &reader) : nil
        let place = try reader.readOptionalString()
        let venue = try reader.readOptionalString()
        let author = try reader.readOptionalString()
        let header = try reader.readArray { try $0.readString() }
        let turnCount = try reader.readInt()
        let paragraphCount = try reader.readInt()
        let wordsPerTurn = try reader.readArray { try $0.readInt() }
        guard turnCount >= 0, paragraphCount >= 0, wordsPerTurn.count == turnCount else {
            throw BinaryFormatError(description: "\(turnCount) turns (\(wordsPerTurn.count) counted) and \(paragraphCount) paragraphs")
        }
        let sourceHash = Int64(bitPattern: try reader.readUInt64())
        let format = try reader.readEnum(SourceFormat.self)
        self.init(
            id: id, fileName: fileName, kind: kind, title: title, date: date, place: place, venue: venue, author: author,
            header: header, content: content(turnCount, paragraphCount, wordsPerTurn), source: source(sourceHash))
        sourceFormat = format
    }
}

extension Day {
    func encode(into writer: inout BinaryWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    init(from reader: inout BinaryReader) throws {
        self.init(year: try reader.readInt(), month: try reader.readInt(), day: try reader.readInt())
        guard (1...12).contains(month) else { throw BinaryFormatError(description: "a date's month is \(month)") }
    }
}

extension Turn {
    func encode(into writer: inout BinaryWriter) {
        writer.write(index)
        writer.write(label)
        writer.write(speakerID)
        writer.write(isQuestion)
        writer.write(reporter != nil)
        if let reporter {
            writer.write(reporter.name)
            writer.write(reporter.outlet)
        }
        writer.write(paragraphs) { $1.encode(into: &$0) }
    }

    init(from reader: inout BinaryReader) throws {
        self = try Self.readHead(&reader)
        paragraphs = try reader.readArray { try Paragraph(from: &$0) }
    }

    /// A turn's fields before its paragraphs, as a turn without paragraphs; the reader is left at them.
    static func readHead(_ reader: inout BinaryReader) throws -> Turn {
        let index = try reader.readInt()
        let label = try reader.readString()
        let speakerID = try reader.readString()
        let isQuestion = try reader.readBool()
        let reporter = try reader.readBool() ? Reporter(name: try reader.readString(), outlet: try reader.readOptionalString()) : nil
        return Turn(index: index, label: label, speakerID: speakerID, isQuestion: isQuestion, reporter: reporter, paragraphs: [])
    }
}

extension Paragraph {
    func encode(into writer: inout BinaryWriter) {
        writer.write(text)
        writer.write(runs) { writer, run in
            writer.write(run.kind.rawValue)
            writer.write(run.range.lowerBound)
            writer.write(run.range.count)
            writer.write(run.interpreted)
        }
        writer.write(source.file)
        writer.write(source.start)
        writer.write(source.end - source.start)
        writer.write(source.line)
        writer.write(source.endLine - source.line)
    }

    init(from reader: inout BinaryReader) throws {
        let text = try reader.readString()
        let runs = try reader.readArray { reader in
            let kind = try reader.readEnum(RunKind.self)
            let start = try reader.readInt()
            let count = try reader.readInt()
            guard count >= 0 else { throw BinaryFormatError(description: "a text run has a negative length") }
            return TextRun(kind: kind, range: start..<(start + count), interpreted: try reader.readBool())
        }
        let file = try reader.readString()
        let start = try reader.readInt()
        let end = start + (try reader.readInt())
        let line = try reader.readInt()
        let endLine = line + (try reader.readInt())
        self.init(text: text, runs: runs, source: SourceSpan(file: file, start: start, end: end, line: line, endLine: endLine))
    }

    /// Passes over a paragraph's bytes without reading its text.
    static func skip(_ reader: inout BinaryReader) throws {
        try reader.skipString()
        let runs = try reader.readCount()
        for _ in 0..<runs {
            try reader.skipString()
            for _ in 0..<2 { _ = try reader.readInt() }
            _ = try reader.readBool()
        }
        try reader.skipString()
        for _ in 0..<4 { _ = try reader.readInt() }
    }
}

extension DocumentReading {
    func encode(into writer: inout BinaryWriter) {
        writer.write(kindReason)
        writer.write(titleLine)
        writer.write(dateSource.rawValue)
        writer.write(dateLine)
        writer.write(placeLine)
        for notes in [furniture, unsure] {
            writer.write(notes) { writer, note in
                writer.write(note.line)
                writer.write(note.text)
                writer.write(note.reason)
            }
        }
    }

    init(from reader: inout BinaryReader) throws {
        self.init()
        kindReason = try reader.readString()
        titleLine = try reader.readOptionalInt()
        dateSource = try reader.readEnum(DateSource.self)
        dateLine = try reader.readOptionalInt()
        placeLine = try reader.readOptionalInt()
        func notes(_ reader: inout BinaryReader) throws -> [LineNote] {
            try reader.readArray { LineNote(line: try $0.readInt(), text: try $0.readString(), reason: try $0.readString()) }
        }
        furniture = try notes(&reader)
        unsure = try notes(&reader)
    }
}

extension BinaryReader {
    /// An enum written as its raw string.
    mutating func readEnum<Value: RawRepresentable>(_ type: Value.Type) throws -> Value where Value.RawValue == String {
        let raw = try readString()
        guard let value = Value(rawValue: raw) else { throw BinaryFormatError(description: "unknown \(Value.self) '\(raw)'") }
        return value
    }
}
