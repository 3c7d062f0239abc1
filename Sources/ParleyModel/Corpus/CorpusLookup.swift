import Foundation

/// Why a name given on the command line (or typed in the browser) did not pick out one meeting or person.
public struct LookupError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case meeting, person
    }

    public enum Reason: Sendable, Hashable {
        /// Several match; each candidate is `id (description)`.
        case ambiguous(candidates: [String])
        /// None match; every known id is listed so the user can pick one.
        case notFound(known: [String])
    }

    public var kind: Kind
    public var query: String
    public var reason: Reason

    public init(kind: Kind, query: String, reason: Reason) {
        self.kind = kind
        self.query = query
        self.reason = reason
    }

    public var description: String {
        let noun = kind == .meeting ? "meeting" : "speaker"
        switch reason {
        case .ambiguous(let candidates):
            return "'\(query)' could be any of \(candidates.count) \(noun)s: \(candidates.joined(separator: ", ")); say more to pick one"
        case .notFound(let known):
            if known.isEmpty { return "no \(noun) matches '\(query)'; the corpus has none" }
            return "no \(noun) matches '\(query)'; known \(noun)s: \(known.joined(separator: ", "))"
        }
    }
}

/// Naming meetings and people the short way: by id, by a prefix of the id, or by words.
///
/// Tried in order, the first step that matches anything decides:
/// 1. the whole id, ignoring case;
/// 2. a prefix of the id (`2017-05`, `osorio`);
/// 3. words: every word of the query starts a word the meeting or person is known by. A meeting is known
///    by its id, place, venue and month name (`feb`, `mexico`, `acheson`); a person by id, name, labels
///    and role (`kelly`, `videgaray`, `homeland`). Case and accents never count (`pena` finds `Peña`).
extension Corpus {
    public func findMeeting(_ query: String) throws -> Meeting {
        try Self.find(
            query, kind: .meeting, in: meetings, id: \.id,
            words: { meeting in
                var words = [meeting.id, meeting.place]
                if let date = meeting.date { words.append(Day.monthNames[date.month - 1]) }
                words += meeting.documentIndices.compactMap { documents[$0].venue }
                return words
            },
            describe: { $0.title })
    }

    public func findPerson(_ query: String) throws -> Person {
        try Self.find(
            query, kind: .person, in: people, id: \.id,
            words: { [$0.id, $0.name, $0.role] + $0.labels },
            describe: { $0.name })
    }

    private static func find<T>(
        _ query: String, kind: LookupError.Kind, in items: [T], id: (T) -> String, words: (T) -> [String],
        describe: (T) -> String
    ) throws -> T {
        let key = Tokenizer.fold(query.trimmingCharacters(in: .whitespaces))
        let queryWords = lookupWords(key)
        func matches(_ item: T, step: Int) -> Bool {
            switch step {
            case 0: return Tokenizer.fold(id(item)) == key
            case 1: return Tokenizer.fold(id(item)).hasPrefix(key)
            default:
                let known = words(item).flatMap(lookupWords)
                return queryWords.allSatisfy { word in known.contains { $0.hasPrefix(word) } }
            }
        }
        if !key.isEmpty, !queryWords.isEmpty {
            for step in 0..<3 {
                let found = items.filter { matches($0, step: step) }
                if found.count == 1 { return found[0] }
                if found.count > 1 {
                    throw LookupError(
                        kind: kind, query: query, reason: .ambiguous(candidates: found.map { "\(id($0)) (\(describe($0)))" }))
                }
            }
        }
        throw LookupError(kind: kind, query: query, reason: .notFound(known: items.map(id)))
    }

    /// Folded runs of letters and digits: `2017-02-23-mexico-city` gives `2017`, `02`, `23`, `mexico`, `city`.
    private static func lookupWords(_ text: String) -> [String] {
        Tokenizer.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}

extension Corpus {
    /// People whose id, name or labels come closest to a query that matched no one, closest first: for
    /// "did you mean" when a name is misspelt (`kely`, `tilerson`) or only partly right.
    public func peopleNear(_ query: String, limit: Int = 5) -> [Person] {
        let key = Tokenizer.fold(query).filter { $0.isLetter || $0.isNumber }
        guard !key.isEmpty else { return [] }
        // A word within a third of its length in edits, or sharing the first three letters, is near.
        let allowed = max(1, key.count / 3)
        let scored = people.compactMap { person -> (Person, Int)? in
            let words = ([person.id, person.name] + person.labels).flatMap {
                Tokenizer.fold($0).split { !($0.isLetter || $0.isNumber) }.map(String.init)
            }
            let best =
                words.map { word -> Int in
                    if word.count >= 3, key.count >= 3, word.prefix(3) == key.prefix(3) {
                        return min(allowed, Self.editDistance(key, word))
                    }
                    return Self.editDistance(key, word)
                }.min() ?? Int.max
            return best <= allowed ? (person, best) : nil
        }
        return Array(scored.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0))
    }

    /// Levenshtein distance between two short words.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
