/// Turns and words per person and meeting, and words per meeting, counted once over the whole corpus:
/// what timelines read instead of the text. The one place that counts, so that a store with these
/// numbers in its index can stand in for the text later.
public struct ArchiveCounts: Sendable {
    /// What one person said at one meeting.
    public struct Tally: Sendable, Hashable {
        public var turns = 0
        public var words = 0
        /// The first paragraph of the person's first turn there.
        public var firstTurn: PassageRef?
    }

    /// Words spoken at each meeting (indices of `corpus.meetings`), as `Turn.wordCount` counts them.
    public let meetingWords: [Int]
    /// Turns at each meeting.
    public let meetingTurns: [Int]
    /// The meeting (an index of `corpus.meetings`) of each document.
    public let meetingOfDocument: [Int]
    /// By speaker number: each meeting where the person spoke, with what they said there.
    private let tallies: [[Int: Tally]]
    private let speakers: SpeakerNumbers

    public init(corpus: Corpus) {
        var meetingWords = Array(repeating: 0, count: corpus.meetings.count)
        var meetingTurns = meetingWords
        var meetingOfDocument = Array(repeating: -1, count: corpus.documents.count)
        // Words are counted once per file, when it is parsed, and kept in the store: no text is read here
        // for a corpus read back from it. Otherwise each transcript's turns are counted apart, on all cores.
        let turnWords = corpus.documents.parallelMap(chunk: 16) { document in
            document.kind == .transcript ? document.spokenWordsPerTurn : []
        }
        // Each meeting's tallies are kept in an array by speaker number, then handed to the people who spoke.
        // Every document's turns are numbered, so that who speaks any turn is known (`speaker(of:)`).
        let speakers = SpeakerNumbers(corpus: corpus, documents: Array(corpus.documents.indices))
        var tallies = Array(repeating: [Int: Tally](), count: speakers.ids.count)
        var meetingTally = Array(repeating: Tally(), count: speakers.ids.count)
        var touched: [Int] = []
        for (m, meeting) in corpus.meetings.enumerated() {
            for d in meeting.documentIndices { meetingOfDocument[d] = m }
            for d in corpus.transcripts(of: meeting) {
                for (t, p) in speakers.turns[d].enumerated() {
                    let words = turnWords[d][t]
                    meetingWords[m] += words
                    meetingTurns[m] += 1
                    if meetingTally[p].turns == 0 {
                        touched.append(p)
                        meetingTally[p].firstTurn = PassageRef(document: d, turn: t, paragraph: 0)
                    }
                    meetingTally[p].turns += 1
                    meetingTally[p].words += words
                }
            }
            for p in touched {
                tallies[p][m] = meetingTally[p]
                meetingTally[p] = Tally()
            }
            touched.removeAll(keepingCapacity: true)
        }
        self.meetingWords = meetingWords
        self.meetingTurns = meetingTurns
        self.meetingOfDocument = meetingOfDocument
        self.tallies = tallies
        self.speakers = speakers
    }

    /// What a person said at a meeting; zero turns where they did not speak.
    public func tally(person: String, meeting: Int) -> Tally {
        speakers.number[person].flatMap { tallies[$0][meeting] } ?? Tally()
    }

    /// The number of who speaks a turn, below `speakerCount`; nil for a paragraph outside turns or a turn
    /// its document does not have. A number rather than the id, for tallies kept in arrays.
    public func speakerNumber(of ref: PassageRef) -> Int? {
        guard let turn = ref.turn, speakers.turns.indices.contains(ref.document) else { return nil }
        let numbers = speakers.turns[ref.document]
        return numbers.indices.contains(turn) ? numbers[turn] : nil
    }

    /// How many speakers are numbered.
    public var speakerCount: Int { speakers.ids.count }

    /// The id of a speaker number.
    public func speakerID(_ number: Int) -> String { speakers.ids[number] }

    /// The number of a speaker id; nil for no one who speaks in the corpus.
    public func speakerNumber(of person: String) -> Int? { speakers.number[person] }

    /// The meetings where a person spoke, earliest first (the order of `corpus.meetings`).
    public func meetings(of person: String) -> [Int] { speakers.number[person].map { tallies[$0].keys.sorted() } ?? [] }
}
