import Foundation
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
            // Speakers only: no turn's text is read.
            for d in corpus.transcripts(of: meeting) {
                for speaker in corpus.documents[d].speakerIDs {
                    turns += 1
                    perSpeaker[speaker, default: 0] += 1
                    if firstSeen[speaker] == nil { firstSeen[speaker] = firstSeen.count }
                }
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
            entries.append(
                Entry(meeting: m, date: meeting.date, place: meeting.place, title: title, speakers: names, turns: turns, key: key))
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
    ///
    /// Typing narrows: when the text extends the last one filtered, only what that kept is looked at again,
    /// and the same text (the key applied, then the picker drawn) is not filtered twice.
    public func filter(_ text: String) -> Kept {
        let folded = Tokenizer.fold(text)
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "," }).map { Array($0.utf8) }
        if words.isEmpty { return Kept(entries: entries, positions: Array(entries.indices)) }
        let (pool, same) = last.read { last -> ([Int]?, Bool) in
            guard let last else { return (nil, false) }
            if last.text == folded { return (last.kept, true) }
            return (folded.hasPrefix(last.text) && Self.narrows(last.text) ? last.kept : nil, false)
        }
        if same, let pool { return Kept(entries: entries, positions: pool) }
        let kept = (pool ?? Array(entries.indices)).filter { i in words.allSatisfy { MeetingCatalog.matches($0, in: entries[i].key) } }
        last.write((folded, kept))
        return Kept(entries: entries, positions: kept)
    }

    /// The entries a filter kept, in date order, read where they are: a keystroke can keep thousands,
    /// and copying each out (its strings retained, then released) cost as much as finding them, while
    /// the picker reads only the count and the rows on screen.
    public struct Kept: RandomAccessCollection, Sendable {
        let entries: [Entry]
        /// Where each kept entry is in `entries`.
        let positions: [Int]

        public var startIndex: Int { 0 }
        public var endIndex: Int { positions.count }
        public subscript(index: Int) -> Entry { entries[positions[index]] }

        /// Those of the kept entries dated within `range`.
        public func within(_ range: DateRange) -> Kept {
            range.isUnbounded ? self : Kept(entries: entries, positions: positions.filter { range.contains(entries[$0].date) })
        }
    }

    /// Whether whatever a text that goes on from `text` keeps, `text` keeps too. It does unless its last word
    /// is two letters or fewer: too short to match as a subsequence, so typing one more letter can let a
    /// word in (`ws` finds nothing, `wsh` finds Washington).
    static func narrows(_ text: String) -> Bool {
        guard let lastWord = text.split(whereSeparator: { $0 == " " || $0 == "," }).last else { return true }
        return text.hasSuffix(" ") || text.hasSuffix(",") || lastWord.count >= 3 || lastWord.contains { $0.isNumber }
    }

    /// The last text filtered (folded) and the indices of the entries it kept.
    private let last = LastFilter()

    /// Shared by the copies of a catalog, which all have the same entries.
    private final class LastFilter: @unchecked Sendable {
        private let lock = NSLock()
        private var value: (text: String, kept: [Int])?

        func read<T>(_ body: ((text: String, kept: [Int])?) -> T) -> T { lock.withLock { body(value) } }
        func write(_ new: (text: String, kept: [Int])) { lock.withLock { value = new } }
    }

    static func matches(_ word: [UInt8], in key: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { w in key.withUnsafeBufferPointer { k in matches(w, in: k) } }
    }

    // Plain loops over bytes: this runs for every meeting on every keystroke.
    private static func matches(_ word: UnsafeBufferPointer<UInt8>, in key: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        let count = key.count
        guard n > 0 else { return true }
        var hasDigit = false
        for b in word where b >= 0x30 && b <= 0x39 { hasDigit = true }
        let first = word[0]
        var i = 0
        var atWordStart = true
        // Exact: at a word's start for digits, anywhere within one word for letters.
        while i + n <= count {
            let b = key[i]
            if b == first && (atWordStart || !hasDigit) {
                var j = 1
                while j < n && key[i + j] == word[j] && key[i + j] != 0x20 { j += 1 }
                if j == n { return true }
            }
            atWordStart = b == 0x20
            i += 1
        }
        // Fuzzy, for letters: the word's letters in order within one key word.
        guard !hasDigit, n >= 3 else { return false }
        var w = 0
        i = 0
        while i < count {
            let b = key[i]
            if b == 0x20 {
                w = 0
            } else if b == word[w] {
                w += 1
                if w == n { return true }
            }
            i += 1
        }
        return false
    }

    /// Where a meeting comes in date order, or nil if the panes cannot show it.
    public func position(of meeting: Int) -> Int? { entries.firstIndex { $0.meeting == meeting } }
}
