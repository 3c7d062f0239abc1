/// One row of a timeline: a meeting, what was said there, and a search's hits.
public struct TimelineRow: Sendable, Hashable {
    /// An index into `corpus.meetings`.
    public var meeting: Int
    /// For a person: their turns and words at the meeting; for a term: the whole meeting's.
    public var turns: Int
    public var words: Int
    /// A person's share of the words spoken at the meeting (0…1); nil for a term's timeline.
    public var share: Double?
    /// The search's hits in what was said (the person's turns, or everyone's); nil without a search.
    public var hits: Int?
    /// Hits of each of `Timeline.columns`, in that order; empty unless the timeline is a term's.
    public var speakerHits: [Int] = []
    /// Where to start reading: the first hit, else the person's first turn.
    public var opening: PassageRef?
}

/// One person across the archive, or one search: a row per meeting where the person spoke (or the
/// search found something said), with the search's hits per meeting. Only spoken words count: the
/// turns of transcripts, not statements or articles.
public struct Timeline: Sendable {
    /// The person followed, or nil for a term's timeline.
    public var personID: String?
    public var query: SearchQuery?
    /// In date order.
    public var rows: [TimelineRow]
    /// A term's timeline: the speakers with the most hits, most first; their hits per row are `speakerHits`.
    public var columns: [String] = []
    /// Hits of each column across the archive.
    public var columnTotals: [Int] = []
    /// Meetings with a transcript in the range looked at: what `rows` were picked from.
    public var meetingsLookedAt: Int

    public var totalTurns: Int { rows.reduce(0) { $0 + $1.turns } }
    public var totalWords: Int { rows.reduce(0) { $0 + $1.words } }
    /// All hits, or nil without a search.
    public var totalHits: Int? { query == nil ? nil : rows.reduce(0) { $0 + ($1.hits ?? 0) } }
    /// The most hits in one row, for scaling bars.
    public var maximumHits: Int { rows.map { $0.hits ?? 0 }.max() ?? 0 }

    /// Every meeting in `range` where `person` spoke, with the search's hits in their turns; only the
    /// paragraphs the search needs are read.
    public static func person(
        _ person: String, query: SearchQuery? = nil, corpus: Corpus, counts: ArchiveCounts,
        range: DateRange = DateRange()
    ) -> Timeline {
        let query = query.flatMap { $0.isEmpty ? nil : $0 }
        let meetings = transcriptMeetings(corpus, range: range)
        let inRange = Set(meetings)
        var hits: [Int: (count: Int, first: PassageRef)] = [:]
        if let query {
            for match in spokenMatches(query, corpus: corpus, counts: counts, meetings: inRange, speaker: person) {
                let (ref, count) = (match.ref, match.count)
                let m = counts.meetingOfDocument[ref.document]
                if let seen = hits[m] {
                    hits[m] = (seen.count + count, seen.first)
                } else {
                    hits[m] = (count, ref)
                }
            }
        }
        let rows = counts.meetings(of: person).filter(inRange.contains).map { m -> TimelineRow in
            let tally = counts.tally(person: person, meeting: m)
            let total = counts.meetingWords[m]
            return TimelineRow(
                meeting: m, turns: tally.turns, words: tally.words, share: total > 0 ? Double(tally.words) / Double(total) : 0,
                hits: query == nil ? nil : hits[m]?.count ?? 0, opening: hits[m]?.first ?? tally.firstTurn)
        }
        return Timeline(personID: person, query: query, rows: rows, meetingsLookedAt: meetings.count)
    }

    /// Every meeting in `range` where something said matches the search, with the `columns` speakers
    /// who said it most as columns.
    public static func term(
        _ query: SearchQuery, corpus: Corpus, counts: ArchiveCounts, range: DateRange = DateRange(),
        columns: Int = 5
    ) -> Timeline {
        let meetings = transcriptMeetings(corpus, range: range)
        var perMeeting: [Int: (count: Int, first: PassageRef)] = [:]
        // By speaker number: hits per meeting, in all, and the order first met.
        var perSpeaker = Array(repeating: [Int: Int](), count: counts.speakerCount)
        var speakerTotals = Array(repeating: 0, count: counts.speakerCount)
        var firstSeen: [Int] = []
        for match in spokenMatches(query, corpus: corpus, counts: counts, meetings: Set(meetings), speaker: nil) {
            let (ref, count) = (match.ref, match.count)
            guard let speaker = counts.speakerNumber(of: ref) else { continue }
            let m = counts.meetingOfDocument[ref.document]
            if let seen = perMeeting[m] {
                perMeeting[m] = (seen.count + count, seen.first)
            } else {
                perMeeting[m] = (count, ref)
            }
            perSpeaker[speaker][m, default: 0] += count
            if speakerTotals[speaker] == 0 { firstSeen.append(speaker) }
            speakerTotals[speaker] += count
        }
        // Most hits first; of equal hits, the one met first.
        let top = firstSeen.enumerated()
            .sorted { (-speakerTotals[$0.element], $0.offset) < (-speakerTotals[$1.element], $1.offset) }
            .prefix(max(0, columns)).map(\.element)
        let rows = meetings.filter { perMeeting[$0] != nil }.map { m in
            TimelineRow(
                meeting: m, turns: counts.meetingTurns[m], words: counts.meetingWords[m], share: nil, hits: perMeeting[m]!.count,
                speakerHits: top.map { perSpeaker[$0][m] ?? 0 }, opening: perMeeting[m]!.first)
        }
        return Timeline(
            personID: nil, query: query, rows: rows, columns: top.map(counts.speakerID), columnTotals: top.map { speakerTotals[$0] },
            meetingsLookedAt: meetings.count)
    }

    /// Meetings with a transcript whose date is in the range, in date order.
    static func transcriptMeetings(_ corpus: Corpus, range: DateRange) -> [Int] {
        corpus.meetings.indices.filter { m in
            range.contains(corpus.meetings[m].date)
                && corpus.meetings[m].documentIndices.contains { corpus.documents[$0].kind == .transcript }
        }
    }

    /// The paragraphs of the turns of the given meetings (of one speaker, if given) where the search
    /// matches, each with its number of hits, in reading order. Counted from the store's text when its
    /// full-text index can answer, so a timeline reads no document; else each document is searched and let go.
    static func spokenMatches(
        _ query: SearchQuery, corpus: Corpus, counts: ArchiveCounts, meetings: Set<Int>, speaker: String?
    ) -> [ParagraphMatchCount] {
        let number = speaker.map { counts.speakerNumber(of: $0) ?? -1 }
        let fromStore = corpus.textIndex?.matchCounts(for: query) { ref in
            guard ref.turn != nil, corpus.documents.indices.contains(ref.document),
                meetings.contains(counts.meetingOfDocument[ref.document])
            else { return false }
            return number == nil || counts.speakerNumber(of: ref) == number
        }
        if let fromStore { return fromStore }
        // A document at a time, each let go once searched, so a timeline holds no more of the archive than
        // the documents being searched.
        let documents = meetings.flatMap { corpus.transcripts(of: corpus.meetings[$0]) }.sorted()
        let inTurns: @Sendable (Turn?) -> Bool = { turn in turn != nil && (speaker == nil || turn?.speakerID == speaker) }
        let hits = corpus.searchDocuments(for: query, in: documents, include: inTurns) { $0.hits }.flatMap { $0 }
        var out: [ParagraphMatchCount] = []
        for hit in hits {
            if let last = out.last, last.ref == hit.ref {
                out[out.count - 1] = ParagraphMatchCount(ref: hit.ref, count: last.count + 1)
            } else {
                out.append(ParagraphMatchCount(ref: hit.ref, count: 1))
            }
        }
        return out
    }
}
