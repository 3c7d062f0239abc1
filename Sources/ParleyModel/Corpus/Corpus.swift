/// Points at one paragraph of a corpus: in a turn of a transcript, or in the body of another document.
public struct PassageRef: Sendable, Hashable, Comparable, Codable {
    public var document: Int
    /// The turn's index, or nil for a paragraph of a document's body.
    public var turn: Int?
    public var paragraph: Int

    public init(document: Int, turn: Int?, paragraph: Int) {
        self.document = document
        self.turn = turn
        self.paragraph = paragraph
    }

    public static func < (a: PassageRef, b: PassageRef) -> Bool {
        (a.document, a.turn ?? Int.max, a.paragraph) < (b.document, b.turn ?? Int.max, b.paragraph)
    }
}

/// A problem with one input file; the other files still load.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible, Error {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

/// Everything parley knows: documents grouped into meetings, and the people who speak in them.
public struct Corpus: Sendable {
    public var documents: [Document]
    /// In date order.
    public var meetings: [Meeting]
    /// In order of first appearance.
    public var people: [Person]
    /// Files that could not be used, with the reason.
    public var problems: [LoadProblem]
    /// What happened to the corpus store, when it was set aside or could not be used: one line each.
    public var cacheNotices: [String] = []
    /// How many files this load parsed; those read back from the corpus store are not counted.
    public var parsedFileCount = 0
    /// The store's full-text index, when the corpus was read through an up-to-date store.
    public var textIndex: CorpusTextIndex? = nil
    /// Where results over the whole corpus are kept for the next run, when it was read through an up-to-date
    /// store; nil for a corpus narrowed or built in memory, whose documents are numbered otherwise.
    public var memo: CorpusMemo? = nil

    public init(documents: [Document], meetings: [Meeting], people: [Person], problems: [LoadProblem]) {
        self.documents = documents
        self.meetings = meetings
        self.people = people
        self.problems = problems
    }

    public func person(id: String) -> Person? { people.first { $0.id == id } }
    public func meeting(id: String) -> Meeting? { meetings.first { $0.id == id } }

    /// The meeting a document belongs to.
    public func meeting(ofDocument index: Int) -> Meeting? {
        meetings.first { $0.documentIndices.contains(index) }
    }

    /// The transcripts of a meeting, in order.
    public func transcripts(of meeting: Meeting) -> [Int] {
        meeting.documentIndices.filter { documents[$0].kind == .transcript }
    }

    /// Every turn of a meeting's transcripts, in reading order, with where it stands.
    public func turns(of meeting: Meeting, speaker: String? = nil) -> [(document: Int, turn: Turn)] {
        readContent(of: transcripts(of: meeting))
        return turnPlaces(of: meeting, speaker: speaker).map { ($0.document, documents[$0.document].turns[$0.index]) }
    }

    /// Waits for what the load left for the corpus store to write (see `CorpusLoader.load`'s
    /// `storeWritesLater`); a notice when it could not be written.
    public func finishStoreWrites() -> String? { textIndex?.finishWrites() }

    /// True while the corpus store is still being written after the load.
    public var isStoreBeingWritten: Bool { textIndex?.isWriting ?? false }

    /// Reads the turns and running text of these documents on all cores, where they are not in memory yet.
    public func readContent(of indices: [Int]) {
        let waiting = indices.filter { !documents[$0].content.isLoaded }.map { documents[$0].content }
        guard waiting.count > 1 else { return }
        _ = waiting.parallelMap { $0.value.turns.count }
    }

    public func paragraph(_ ref: PassageRef) -> Paragraph {
        let doc = documents[ref.document]
        if let t = ref.turn { return doc.turns[t].paragraphs[ref.paragraph] }
        return doc.body[ref.paragraph]
    }

    /// A paragraph read without keeping its document's text in memory when it is not there already: for a view
    /// that shows single paragraphs from anywhere in an archive. Nil for a place the corpus lacks.
    public func paragraphWithoutKeeping(_ ref: PassageRef) -> Paragraph? {
        guard documents.indices.contains(ref.document) else { return nil }
        return documents[ref.document].content.excerptWithoutKeeping(document: ref.document, wanted: [ref]).paragraphs[ref]
    }

    /// Whether `ref` names a paragraph of this corpus; a reference kept from an earlier version of the
    /// files (a saved mark) may not.
    public func contains(_ ref: PassageRef) -> Bool {
        guard documents.indices.contains(ref.document) else { return false }
        let doc = documents[ref.document]
        guard let t = ref.turn else { return doc.body.indices.contains(ref.paragraph) }
        return doc.turns.indices.contains(t) && doc.turns[t].paragraphs.indices.contains(ref.paragraph)
    }

    /// Every paragraph of the corpus with its reference, in reading order.
    public func allPassages() -> [(ref: PassageRef, paragraph: Paragraph)] {
        var out: [(PassageRef, Paragraph)] = []
        for (d, doc) in documents.enumerated() {
            for turn in doc.turns {
                for (p, para) in turn.paragraphs.enumerated() {
                    out.append((PassageRef(document: d, turn: turn.index, paragraph: p), para))
                }
            }
            for (p, para) in doc.body.enumerated() {
                out.append((PassageRef(document: d, turn: nil, paragraph: p), para))
            }
        }
        return out
    }

    /// Turns and words of one person in one meeting, counted without reading the turns' text where the
    /// words of each turn were kept with the document's outline.
    public func counts(person: String, meeting: Meeting) -> (turns: Int, words: Int) {
        let places = turnPlaces(of: meeting, speaker: person)
        return (places.count, places.reduce(0) { $0 + documents[$1.document].spokenWordsPerTurn[$1.index] })
    }
}
