import ParleyModel

/// Every meeting the panes can show, in date order, each with what the meeting picker lists and a
/// search key folded once, so that filtering as the user types costs a scan of short ASCII strings.
public struct MeetingCatalog: Sendable {
    public struct Entry: Sendable, Hashable {
        /// An index into `corpus.meetings`.
        public var meeting: Int
        public var date: Day?
        public var place: String
        /// The first transcript's title.
        public var title: String
        /// Who spoke, most turns first.
        public var speakers: [String]
        public var turns: Int
        /// Folded words: id, date as `2017-05-18`, `may 18 2017`, `05 18`, place, title, speakers.
        let key: [UInt8]
    }

    /// Meetings with a transcript, earliest first (undated ones last, by id).
    public let entries: [Entry]

    public init(corpus: Corpus, meetings: [Int]) {
        var entries: [Entry] = []
        entries.reserveCapacity(meetings.count)
        let shortNames = Dictionary(corpus.people.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a })
        for m in meetings {
            let meeting = corpus.meetings[m]
            var turns = 0
            var perSpeaker: [String: Int] = [:]
            var firstSeen: [String: Int] = [:]
            for (_, turn) in corpus.turns(of: meeting) {
                turns += 1
                perSpeaker[turn.speakerID, default: 0] += 1
                if firstSeen[turn.speakerID] == nil { firstSeen[turn.speakerID] = firstSeen.count }
            }
            let names = perSpeaker.keys
                .sorted { (-perSpeaker[$0]!, firstSeen[$0]!) < (-perSpeaker[$1]!, firstSeen[$1]!) }
                .map { shortNames[$0] ?? $0 }
            let title = corpus.transcripts(of: meeting).first.map { corpus.documents[$0].title } ?? ""
            var words = [meeting.id, meeting.place, title] + names
            if let d = meeting.date {
                let month = Day.monthNames[d.month - 1]
                words += [d.iso, month, String(d.day), String(d.year), String(format: "%02d %02d", d.month, d.day)]
            }
            let key = Array(Tokenizer.fold(words.joined(separator: " ")).utf8)
            entries.append(Entry(meeting: m, date: meeting.date, place: meeting.place, title: title, speakers: names, turns: turns, key: key))
        }
        self.entries = entries.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return corpus.meetings[a.meeting].id < corpus.meetings[b.meeting].id
            }
        }
    }

    /// The entries a filter keeps, in date order. Every word of the filter must be found: letters
    /// anywhere in a word of the key, or failing that as a subsequence of one word (`wshngtn`);
    /// a word with digits only at the start of a key word, so `18` finds May 18 and not 2018.
    public func filter(_ text: String) -> [Entry] {
        let words = Tokenizer.fold(text).split(whereSeparator: { $0 == " " || $0 == "," }).map { Array($0.utf8) }
        if words.isEmpty { return entries }
        return entries.filter { entry in words.allSatisfy { MeetingCatalog.matches($0, in: entry.key) } }
    }

    static func matches(_ word: [UInt8], in key: [UInt8]) -> Bool {
        let hasDigit = word.contains { $0 >= 0x30 && $0 <= 0x39 }
        var start = 0
        // Each word of the key in turn.
        while start < key.count {
            var end = start
            while end < key.count && key[end] != 0x20 { end += 1 }
            if hasDigit {
                if end - start >= word.count && key[start..<(start + word.count)].elementsEqual(word) { return true }
            } else if contains(key[start..<end], word) {
                return true
            }
            start = end + 1
        }
        // Fuzzy, for letters: the word's letters in order within one key word.
        guard !hasDigit, word.count >= 3 else { return false }
        start = 0
        while start < key.count {
            var end = start
            var w = 0
            while end < key.count && key[end] != 0x20 {
                if w < word.count && key[end] == word[w] { w += 1 }
                end += 1
            }
            if w == word.count { return true }
            start = end + 1
        }
        return false
    }

    private static func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Where a meeting comes in date order, or nil if the panes cannot show it.
    public func position(of meeting: Int) -> Int? { entries.firstIndex { $0.meeting == meeting } }
}
