import Foundation

/// Finds how the documents write a person's full name: the most frequent run of capitalised words
/// around the label's surname ("John Kelly", "Luis Videgaray Caso", "Miguel Angel Osorio Chong").
///
/// The names are looked for all at once, in one pass over the texts that reads each text's words and lets
/// them go: an archive's capitalised words run to millions, several times the archive's size in memory,
/// and what is kept is only how often each run around each name stands.
struct NameFinder {
    private typealias Word = NameWords.Word

    static let stopWords: Set<String> = TurnLabel.titleWords.union([
        "MEXICAN", "AMERICAN", "U.S", "US", "PRESS", "AVAILABILITY", "RELEASES", "STATEMENT", "JOINT", "AND", "WITH",
        "BY", "FOR", "TO", "FROM", "DHS", "WELCOME", "THANK", "DEAR", "HIS", "HER", "EXCELLENCY", "ON", "IN", "AT",
        // A speaker introducing themself: "I'm Jake Tapper", "This is …".
        "I'M", "I’M", "I", "IM", "THIS", "HELLO", "HI", "JOINING", "ME",
        // The ends of office titles, which stand right before names: "Secretary of Foreign Relations Luis ...".
        "RELATIONS", "AFFAIRS", "MINISTRY", "NATIONAL", "NAVY", "PUBLIC", "CREDIT", "ECONOMY", "TRADE", "ENERGY",
        "HEALTH", "LABOR", "LABOUR", "EDUCATION", "AGRICULTURE", "TRANSPORTATION", "ENVIRONMENT", "DEVELOPMENT",
        "OFFICE", "SPOKESPERSON", "INTELLIGENCE", "EMBASSY", "COUNCIL", "COMMISSION", "AGENCY", "BUREAU",
        // Titles in the plural stand before several names: "Secretaries Tillerson and Kelly" names no one "Secretaries".
        "SECRETARIES", "MINISTERS", "PRESIDENTS", "SENATORS", "AMBASSADORS", "GOVERNORS", "REPRESENTATIVES", "DIRECTORS",
        "COMMISSIONERS", "GENERALS", "DEPUTIES", "MAYORS", "CHANCELLORS", "CONGRESSMEN", "CONGRESSWOMEN", "SPOKESPEOPLE",
    ])

    private let textCount: Int
    private let words: @Sendable (Int) -> NameWords
    /// Each name looked for (its words folded) and the form it is most often written in; nil when none.
    private let found: [[String]: String?]

    /// `words(t)`: text `t`'s words, for `t` below `count`, read when asked and not kept. `lookingFor`: the
    /// names (label words) to look for in the one pass; any other is looked for in a pass of its own.
    init(count: Int, words: @escaping @Sendable (Int) -> NameWords, lookingFor names: Set<[String]>) {
        textCount = count
        self.words = words
        found = Self.fullNames(for: names.map(Self.folded), count: count, words: words)
    }

    /// The texts' words held already.
    init(documents: [NameWords], lookingFor names: Set<[String]>) {
        self.init(count: documents.count, words: { documents[$0] }, lookingFor: names)
    }

    func fullName(for key: [String]) -> String? {
        let target = Self.folded(key)
        if let known = found[target] { return known }
        return Self.fullNames(for: [target], count: textCount, words: words)[target] ?? nil
    }

    private static func folded(_ key: [String]) -> [String] { key.map { Tokenizer.fold($0).uppercased() } }

    /// How often a run of words stands, in the form it was first written in.
    private struct Tally {
        var count: Int
        var form: String
        var length: Int
    }

    /// A run of capitalised words around a name in one text.
    private struct Run: Sendable {
        var folded: String
        var form: String
        var length: Int
        var count: Int
    }

    /// The most frequent run around each target, then the longest; between equals, the one written first.
    private static func fullNames(for targets: [[String]], count: Int, words: @Sendable (Int) -> NameWords) -> [[String]: String?] {
        let targets = Array(Set(targets.filter { !$0.isEmpty }))
        guard !targets.isEmpty else { return [:] }
        let byFirstWord = Dictionary(grouping: targets.indices, by: { targets[$0][0] })
        // Each text's runs counted apart, on all cores (a surname stands hundreds of thousands of times in
        // an archive), then added up in text order, so each run keeps the form it was first written in.
        let perText = Array(0..<count).parallelMap(chunk: 16) { t -> [(target: Int, runs: [Run])] in
            let text = words(t).words
            var places: [String: [Int]] = [:]
            for (w, word) in text.enumerated() where !word.isGap && byFirstWord[word.folded] != nil {
                places[word.folded, default: []].append(w)
            }
            var found: [(target: Int, runs: [Run])] = []
            for (first, starts) in places.sorted(by: { $0.key < $1.key }) {
                for target in byFirstWord[first]! {
                    let runs = runs(of: targets[target], startingAt: starts, in: text)
                    if !runs.isEmpty { found.append((target, runs)) }
                }
            }
            return found
        }
        var order = [[String]](repeating: [], count: targets.count)
        var tallies = [[String: Tally]](repeating: [:], count: targets.count)
        for text in perText {
            for (target, runs) in text {
                for run in runs {
                    if let entry = tallies[target][run.folded] {
                        tallies[target][run.folded]!.count = entry.count + run.count
                    } else {
                        order[target].append(run.folded)
                        tallies[target][run.folded] = Tally(count: run.count, form: run.form, length: run.length)
                    }
                }
            }
        }
        var names: [[String]: String?] = [:]
        for target in targets.indices {
            var best: Tally? = nil
            for folded in order[target] {
                let candidate = tallies[target][folded]!
                if best.map({ (candidate.count, candidate.length) > ($0.count, $0.length) }) ?? true { best = candidate }
            }
            names[targets[target]] = .some(best?.form)
        }
        return names
    }

    /// The runs of capitalised words around `target` at `starts` in one text: each folded run once, in the
    /// order first seen, with the form it was first written in and how often it stands.
    private static func runs(of target: [String], startingAt starts: [Int], in words: [Word]) -> [Run] {
        var order: [String] = []
        var counts: [String: Tally] = [:]
        for start in starts {
            guard start + target.count <= words.count,
                (0..<target.count).allSatisfy({ words[start + $0].folded == target[$0] && isCapitalised(words[start + $0].text) }),
                !(0..<(target.count - 1)).contains(where: { words[start + $0].endsName })
            else { continue }
            var lo = start
            while lo > 0, start - lo < 3, !words[lo - 1].endsName, acceptable(words[lo - 1]) { lo -= 1 }
            var hi = start + target.count - 1
            // A label with a first name and a surname is whole; only a surname may go on ("OSORIO" → "Osorio Chong"),
            // so a headline's next capitalised words ("Sean Spicer Gives White House …") stay out.
            while target.count == 1, hi + 1 < words.count, hi - (start + target.count - 1) < 2, !words[hi].endsName,
                acceptable(words[hi + 1])
            {
                hi += 1
            }
            guard hi - lo + 1 >= 2 else { continue }
            let form = words[lo...hi].map(\.text).joined(separator: " ")
            let folded = Tokenizer.fold(form)
            if let entry = counts[folded] {
                counts[folded]!.count = entry.count + 1
            } else {
                order.append(folded)
                counts[folded] = Tally(count: 1, form: form, length: hi - lo + 1)
            }
        }
        return order.map { Run(folded: $0, form: counts[$0]!.form, length: counts[$0]!.length, count: counts[$0]!.count) }
    }

    private static func acceptable(_ word: Word) -> Bool {
        // "Vice-President" is a title however it is joined.
        isCapitalised(word.text) && word.text.count > 1
            && !word.folded.split(separator: "-").allSatisfy { stopWords.contains(String($0)) }
    }

    private static func isCapitalised(_ s: String) -> Bool {
        guard let f = s.first else { return false }
        return f.isUppercase && s.dropFirst().contains(where: { $0.isLowercase || $0 == "." }) || (s.count == 2 && s.hasSuffix("."))
    }
}
