import ParleyModel

/// What `parley inspect` prints: how each file was read, and where each piece came from.
struct InspectReport: Encodable {
    /// A line of the file (1-based) and what is on it.
    struct LineEntry: Encodable {
        var line: Int
        var text: String
        @NullWhenAbsent var reason: String?

        enum CodingKeys: String, CodingKey { case line, text, reason }
    }

    /// A label as written, the person it stands for, and where it is used.
    struct LabelEntry: Encodable {
        var label: String
        var speaker: String
        var speakerName: String
        var turns: Int
        var question: Bool
        var firstLine: Int
    }

    /// A value the parser found, with the line it came from (null when not from a line).
    struct Found: Encodable {
        @NullWhenAbsent var value: String?
        /// header, posting date, file name, body, none (for the date); line or none for the others.
        var source: String
        @NullWhenAbsent var line: Int?

        enum CodingKeys: String, CodingKey { case value, source, line }
    }

    struct DocumentEntry: Encodable {
        var file: String
        var kind: String
        var kindReason: String
        var title: Found
        var date: Found
        var place: Found
        @NullWhenAbsent var venue: String?
        @NullWhenAbsent var meeting: String?
        var labels: [LabelEntry]
        var questions: Int
        var reporters: [Reporter]
        var notes: [LineEntry]
        var preamble: [LineEntry]
        var furniture: [LineEntry]
        var unsure: [LineEntry]

        enum CodingKeys: String, CodingKey {
            case file, kind, kindReason, title, date, place, venue, meeting, labels, questions, reporters, notes, preamble, furniture,
                unsure
        }

        init(_ d: Int, corpus: Corpus) {
            let doc = corpus.documents[d]
            let reading = doc.reading
            file = doc.fileName
            kind = doc.kind.rawValue
            kindReason = reading.kindReason
            title = Found(value: doc.title, source: reading.titleLine == nil ? "none" : "line", line: reading.titleLine)
            date = Found(value: doc.date?.iso, source: reading.dateSource.rawValue, line: reading.dateLine)
            place = Found(value: doc.place, source: reading.placeLine == nil ? "none" : "line", line: reading.placeLine)
            venue = doc.venue
            meeting = corpus.meeting(ofDocument: d)?.id
            var labels: [LabelEntry] = []
            for turn in doc.turns {
                if let i = labels.firstIndex(where: { $0.label == turn.label && $0.speaker == turn.speakerID }) {
                    labels[i].turns += 1
                } else {
                    let person = corpus.person(id: turn.speakerID)
                    labels.append(
                        LabelEntry(
                            label: turn.label, speaker: turn.speakerID, speakerName: person?.name ?? turn.speakerID, turns: 1,
                            question: turn.isQuestion, firstLine: turn.source?.line ?? 0))
                }
            }
            self.labels = labels
            questions = doc.turns.filter(\.isQuestion).count
            var reporters: [Reporter] = []
            for turn in doc.turns { if let r = turn.reporter, !reporters.contains(r) { reporters.append(r) } }
            self.reporters = reporters
            notes = doc.turns.flatMap(\.paragraphs).flatMap { p in p.notes.map { LineEntry(line: p.source.line, text: $0, reason: nil) } }
            preamble = doc.kind == .transcript ? doc.body.map { LineEntry(line: $0.source.line, text: $0.text, reason: nil) } : []
            furniture = reading.furniture.map { LineEntry(line: $0.line, text: $0.text, reason: nil) }
            unsure = reading.unsure.map { LineEntry(line: $0.line, text: $0.text, reason: $0.reason) }
        }
    }

    var documents: [DocumentEntry]

    init(corpus: Corpus) {
        documents = corpus.documents.indices.map { DocumentEntry($0, corpus: corpus) }
    }

    enum CodingKeys: String, CodingKey { case documents }

    func textLines() -> [String] {
        var lines: [String] = []
        for (n, doc) in documents.enumerated() {
            if n > 0 { lines.append("") }
            lines.append(doc.file)
            lines.append("  kind      \(doc.kind) (\(doc.kindReason))")
            lines.append("  title     \(doc.title.value ?? "-")\(Self.where(doc.title))")
            lines.append("  date      \(doc.date.value ?? "none")\(Self.where(doc.date))")
            let venue = doc.venue.map { " · venue: \($0)" } ?? ""
            lines.append("  place     \(doc.place.value ?? "none")\(Self.where(doc.place))\(venue)")
            lines.append("  meeting   \(doc.meeting ?? "none")")
            if !doc.labels.isEmpty {
                lines.append("  labels")
                var table = TextTable(alignments: [.left, .left, .left, .left])
                for label in doc.labels {
                    let turns = "\(label.turns) turn\(label.turns == 1 ? "" : "s")" + (label.question ? ", questions" : "")
                    table.add([label.label, "\(label.speaker) (\(label.speakerName))", turns, "from line \(label.firstLine)"])
                }
                lines += table.lines(indent: "    ")
            }
            if doc.questions > 0 {
                let named = doc.reporters.map { r in r.outlet.map { "\(r.name), \($0)" } ?? r.name }
                lines.append(
                    "  questions \(doc.questions)"
                        + (named.isEmpty ? ", no reporter named" : "; reporters: " + named.joined(separator: "; ")))
            }
            Self.section("notes", doc.notes, into: &lines)
            Self.section("preamble", doc.preamble, into: &lines)
            Self.section("left out as page furniture", doc.furniture, into: &lines)
            Self.section("unsure", doc.unsure, into: &lines)
        }
        return lines
    }

    private static func `where`(_ found: Found) -> String {
        switch (found.source, found.line) {
        case ("line", let line?): return "  (line \(line))"
        case ("none", _): return found.value == nil ? "" : "  (not from a line)"
        case (let source, let line?): return "  (\(source), line \(line))"
        case (let source, nil): return "  (\(source))"
        }
    }

    private static func section(_ name: String, _ entries: [LineEntry], into lines: inout [String]) {
        guard !entries.isEmpty else { return }
        lines.append("  \(name)")
        for entry in entries {
            let text = entry.text.count > 70 ? String(entry.text.prefix(69)) + "…" : entry.text
            lines.append("    line \(entry.line)  \(text)" + (entry.reason.map { "  — \($0)" } ?? ""))
        }
    }
}
