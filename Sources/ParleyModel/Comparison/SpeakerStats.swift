/// What one person did at one meeting.
public struct SpeakerMeetingStats: Sendable, Hashable, Codable {
    public var meetingID: String
    public var turns: Int
    /// Words as `Turn.wordCount` counts them (transcriber notes left out).
    public var words: Int
    /// This person's words as a fraction of all words spoken at the meeting (0…1).
    public var share: Double
    /// The person's longest turn (first paragraph), and its length in words; nil when they did not speak.
    public var longestTurn: PassageRef?
    public var longestTurnWords: Int
    /// Questions from the floor this person answered (see `SpeakerStatistics.minimumAnswerWords`).
    public var questionsAnswered: Int
    /// Words most distinctive of this person at this meeting, strongest first.
    public var distinctive: [KeyWord]
    /// What `distinctive` was measured against: `speaker` (the same person at the other meetings) or
    /// `meeting` (everyone at the other meetings, when the person spoke at no other meeting).
    public var reference: String
}

/// A content word a person used at every meeting where they spoke.
public struct SharedWord: Sendable, Hashable, Codable {
    public var word: String
    public var stem: String
    /// Occurrences per meeting, in the order of `SpeakerStats.meetings`.
    public var counts: [Int]
}

public struct SpeakerStats: Sendable, Hashable, Codable {
    public var personID: String
    public var name: String
    /// Every meeting of the corpus, in date order, including those where the person said nothing.
    public var meetings: [SpeakerMeetingStats]
    /// Empty unless the person spoke at two meetings or more; commonest first.
    public var sharedWords: [SharedWord]
}

/// The speakers table: turns, words, share, longest turn, questions answered and key words,
/// per person and meeting. Computed in one pass over the corpus; keep the result rather than recompute.
public enum SpeakerStatistics {
    /// A person answers a question when they say at least this many words between it and the next
    /// question or moderator: "Okay." and "Can I go first?" are not answers.
    public static let minimumAnswerWords = 10

    /// `compute` with its defaults, read back from the corpus store when this corpus's table was kept
    /// there before (and kept there when it is worked out). Changing the defaults wants
    /// `CorpusMemo.speakerStatisticsVersion` bumped.
    /// `progress`, when given, counts each meeting tallied and each person weighed while it is worked out.
    public static func kept(corpus: Corpus, progress: WorkProgress? = nil) -> [SpeakerStats] {
        let work = { compute(corpus: corpus, progress: progress) }
        return corpus.memo?.speakerStatistics(work) ?? work()
    }

    public static func compute(
        corpus: Corpus, minimumCount: Int = 3, keyWordLimit: Int = 10, sharedLimit: Int = 15, progress: WorkProgress? = nil
    ) -> [SpeakerStats] {
        let meetings = corpus.meetings
        progress?.expect(meetings.count + corpus.people.count)
        // Word counts of each person per meeting, and of each meeting.
        let none = Array(repeating: StemCounts(), count: meetings.count)
        var personTerms: [String: [StemCounts]] = [:]
        var meetingTerms = none
        var meetingWords: [Int] = Array(repeating: 0, count: meetings.count)
        var turns: [String: [Int]] = [:]
        var words: [String: [Int]] = [:]
        var longest: [String: [(PassageRef, Int)?]] = [:]
        var answered: [String: [Int]] = [:]
        let zeros = Array(repeating: 0, count: meetings.count)
        for person in corpus.people {
            personTerms[person.id] = none
            turns[person.id] = zeros
            words[person.id] = zeros
            answered[person.id] = zeros
            longest[person.id] = Array(repeating: nil, count: meetings.count)
        }
        // Each meeting is counted apart, on all cores: an archive's every turn is read and its words stemmed.
        let tallies = Array(meetings.indices).parallelMap { m in
            defer { progress?.advance() }
            return MeetingTally(corpus: corpus, meeting: meetings[m])
        }
        for (m, tally) in tallies.enumerated() {
            meetingTerms[m] = tally.allTerms
            meetingWords[m] = tally.words
            for (id, counts) in tally.terms { personTerms[id, default: none][m] = counts }
            for (id, n) in tally.turns { turns[id, default: zeros][m] = n }
            for (id, n) in tally.personWords { words[id, default: zeros][m] = n }
            for (id, turn) in tally.longest { longest[id, default: Array(repeating: nil, count: meetings.count)][m] = turn }
            for (id, n) in tally.answered { answered[id, default: zeros][m] = n }
        }
        // A meeting's reference is everything else: the whole less that meeting. Summing the other meetings
        // for each one instead grew with the square of the meetings (a minute on 300 of them).
        var allMeetings = StemCounts()
        for counts in meetingTerms { allMeetings.add(counts) }
        // Each person's key words against their own other meetings (or everyone's): apart, on all cores.
        return corpus.people.parallelMap { [personTerms, meetingTerms, meetingWords, turns, words, longest, answered, allMeetings] person in
            defer { progress?.advance() }
            let terms = personTerms[person.id] ?? []
            var allOfPerson = StemCounts()
            for counts in terms { allOfPerson.add(counts) }
            var perMeeting: [SpeakerMeetingStats] = []
            for (m, meeting) in meetings.enumerated() {
                let bySpeaker = allOfPerson.total > terms[m].total
                let (whole, part) = bySpeaker ? (allOfPerson, terms[m]) : (allMeetings, meetingTerms[m])
                let referenceTotal = whole.total - part.total
                let referenceKind = bySpeaker ? "speaker" : "meeting"
                let key =
                    terms[m].isEmpty || referenceTotal == 0
                    ? []
                    : Keyness.keyWords(
                        target: terms[m], referenceTotal: referenceTotal,
                        referenceCount: { (whole.counts[$0] ?? 0) - (part.counts[$0] ?? 0) }, minimumCount: minimumCount,
                        limit: keyWordLimit)
                let w = words[person.id]?[m] ?? 0
                perMeeting.append(
                    SpeakerMeetingStats(
                        meetingID: meeting.id, turns: turns[person.id]?[m] ?? 0, words: w,
                        share: meetingWords[m] > 0 ? Double(w) / Double(meetingWords[m]) : 0,
                        longestTurn: longest[person.id]?[m]?.0, longestTurnWords: longest[person.id]?[m]?.1 ?? 0,
                        questionsAnswered: answered[person.id]?[m] ?? 0, distinctive: key, reference: referenceKind))
            }
            return SpeakerStats(
                personID: person.id, name: person.name, meetings: perMeeting, sharedWords: sharedWords(terms, limit: sharedLimit))
        }
    }

    /// What was said at one meeting, by person.
    private struct MeetingTally: Sendable {
        var terms: [String: StemCounts] = [:]
        var allTerms = StemCounts()
        var words = 0
        var turns: [String: Int] = [:]
        var personWords: [String: Int] = [:]
        /// Each person's longest turn (its first paragraph) and its words; the first of equals.
        var longest: [String: (PassageRef, Int)] = [:]
        var answered: [String: Int] = [:]

        init(corpus: Corpus, meeting: Meeting) {
            for (d, turn) in corpus.turns(of: meeting) {
                let id = turn.speakerID
                let found = turn.paragraphs.flatMap { WordNormalizer.terms(in: $0) }
                terms[id, default: StemCounts()].add(found)
                allTerms.add(found)
                let n = turn.wordCount
                words += n
                turns[id, default: 0] += 1
                personWords[id, default: 0] += n
                if n > (longest[id]?.1 ?? -1) { longest[id] = (PassageRef(document: d, turn: turn.index, paragraph: 0), n) }
            }
            for id in SpeakerStatistics.answerers(corpus: corpus, meeting: meeting) { answered[id, default: 0] += 1 }
        }
    }

    /// Content words used at every meeting where the person spoke (two meetings at least), by their
    /// smallest count across those meetings, then by total.
    static func sharedWords(_ counts: [StemCounts], limit: Int) -> [SharedWord] {
        let spoken = counts.indices.filter { counts[$0].total > 0 }
        guard spoken.count >= 2 else { return [] }
        var stems = Set(counts[spoken[0]].counts.keys)
        for m in spoken.dropFirst() { stems.formIntersection(counts[m].counts.keys) }
        var all = StemCounts()
        for c in counts { all.add(c) }
        let out = stems.map { stem in
            SharedWord(word: all.displayWord(stem), stem: stem, counts: counts.map { $0.counts[stem] ?? 0 })
        }
        return Array(
            out.sorted {
                let a = ($0.counts.filter { $0 > 0 }.min() ?? 0, $0.counts.reduce(0, +))
                let b = ($1.counts.filter { $0 > 0 }.min() ?? 0, $1.counts.reduce(0, +))
                return a != b ? a > b : $0.word < $1.word
            }.prefix(limit))
    }

    /// The person ids credited with answering each question from the floor at a meeting, one entry
    /// per (question, person). A question's answers run until the next question or moderator turn.
    static func answerers(corpus: Corpus, meeting: Meeting) -> [String] {
        let kind = Dictionary(corpus.people.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        var open = false
        var said: [String: Int] = [:]
        var order: [String] = []
        func closeQuestion() {
            if open { out += order.filter { said[$0, default: 0] >= minimumAnswerWords } }
            open = false
            said = [:]
            order = []
        }
        for (_, turn) in corpus.turns(of: meeting) {
            let k = kind[turn.speakerID] ?? .official
            if turn.isQuestion || k != .official {
                closeQuestion()
                open = turn.isQuestion
                continue
            }
            if open {
                if said[turn.speakerID] == nil { order.append(turn.speakerID) }
                said[turn.speakerID, default: 0] += turn.wordCount
            }
        }
        closeQuestion()
        return out
    }
}
