/// Finds where a related document names one of the speakers: by surname (`Videgaray`, `Chong`) or by the
/// office their role gives (`Foreign Minister`, `Secretary of the Interior`, `Secretary of Homeland Security`).
/// Quote tracing prefers the person a document names next to a quote.
struct SpeakerMentions {
    /// Folded word → the people it names.
    private var surnames: [String: Set<String>] = [:]
    /// Folded office word (`interior`, `foreign`, `state`) → the people whose role has it.
    private var offices: [String: Set<String>] = [:]
    static let titles: Set<String> = ["secretary", "secretaries", "minister", "ministers"]
    /// Role words that name no particular office.
    static let vague: Set<String> = ["secretary", "mexican", "u", "s", "us", "american", "of", "the", "and", "minister", "government"]

    init(people: [Person]) {
        for person in people where person.kind == .official {
            let nameWords = Tokenizer.tokens(in: person.name).map(\.folded).filter { $0.count > 1 }
            // Given names are too common to name anyone; surnames follow them.
            for word in nameWords.dropFirst() { surnames[word, default: []].insert(person.id) }
            for label in person.labels {
                if let last = Tokenizer.tokens(in: label).last?.folded, !Self.titles.contains(last) {
                    surnames[last, default: []].insert(person.id)
                }
            }
            let roleWords = Tokenizer.tokens(in: person.role).map(\.folded).filter { !Self.vague.contains($0) && $0.count > 1 }
            for word in roleWords { offices[word, default: []].insert(person.id) }
            // "Secretary of Government (Interior)": the word in brackets names the same office.
        }
    }

    /// The people named in `text`, with the `Character` offset of each mention, in order.
    /// A word naming several people (a shared surname) names nobody.
    func mentions(in text: String) -> [(offset: Int, personID: String)] {
        let tokens = Tokenizer.tokens(in: text).map { ($0.range.lowerBound, $0.folded) }
        var out: [(Int, String)] = []
        for (i, (offset, word)) in tokens.enumerated() {
            if let ids = surnames[word], ids.count == 1 {
                out.append((offset, ids.first!))
                continue
            }
            guard Self.titles.contains(word) else { continue }
            // "Foreign Minister", "Secretary of the Interior", "Secretary of Homeland Security".
            var candidates: [String] = []
            if i > 0 { candidates.append(tokens[i - 1].1) }
            var j = i + 1
            while j < tokens.count && (tokens[j].1 == "of" || tokens[j].1 == "the") { j += 1 }
            if j > i + 1 && j < tokens.count { candidates.append(tokens[j].1) }
            for word in candidates {
                if let ids = offices[word], ids.count == 1 {
                    out.append((offset, ids.first!))
                    break
                }
            }
        }
        return out
    }
}
