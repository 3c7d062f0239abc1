import Foundation

/// Turns labels into people. Labels naming the same surname are one person (`MR VIDEGARAY`,
/// `FOREIGN SECRETARY VIDEGARAY`); a shorter name inside a longer one is the same person when only
/// one longer name fits and it adds nothing but names (`OSORIO` in `OSORIO CHONG`, `KIRBY` in
/// `JOHN KIRBY`), never an office word that makes a different person (`THE PRESIDENT` is not
/// `THE VICE PRESIDENT`). Each meeting's moderator is a person of their own, and a question belongs to
/// the reporter the moderator named before it, or who names themself in it.
struct SpeakerResolver {
    /// Bump when the same parsed documents and speakers files resolve to other people, names or ids: a
    /// resolution kept in the corpus store is then worked out again.
    static let version = 3

    let speakers: SpeakersFile
    let documents: [Document]
    /// Each document's capitalised words, read when it was parsed.
    let nameWords: [NameWordsStorage]
    /// Each transcript's turns as resolving reads them, when read while it was parsed.
    let readAhead: [TurnReadings?]

    init(speakers: SpeakersFile, parsed: [ParsedDocument]) {
        self.speakers = speakers
        self.documents = parsed.map(\.document)
        self.nameWords = parsed.map(\.nameWordsStorage)
        self.readAhead = parsed.map(\.turnReadings)
    }

    struct Output {
        var people: [Person]
        var documents: [Document]
    }

    func resolve(meetings: [Meeting]) -> Output {
        var documents = self.documents
        var people: [Person] = []
        var index: [String: Int] = [:]

        func add(id: String, name: String, role: String, kind: PersonKind, label: String) -> String {
            if let i = index[id] {
                if !people[i].labels.contains(label) { people[i].labels.append(label) }
            } else {
                index[id] = people.count
                people.append(Person(id: id, name: name, role: role, labels: [label], kind: kind))
            }
            return id
        }

        let introductions = ReporterIntroductions(
            documents: documents, meetings: meetings, speakers: speakers, readAhead: readAhead,
            turns: { [documents] d in
                // Read for the resolver and not kept by the document: resolving the speakers of an archive
                // just read into the store reads every transcript, and held them all.
                documents[d].content.valueWithoutKeeping.turns
            })
        let labels = officialLabels(introductions)
        let officialKeys = groupOfficialLabels(labels)
        // A corpus repeats a few dozen labels in thousands of turns: each is read once, each name made an id once.
        var facts = Memo(LabelFacts.init)
        var personID = Memo(slug)
        // Every official's full name is looked for in one pass over the documents' words.
        var names: Set<[String]> = []
        for label in labels {
            let labelFacts = facts(label)
            if !labelFacts.isModerator && !labelFacts.isOffice { names.insert(labelFacts.nameToLookFor(in: officialKeys)) }
        }
        let fullNames = NameFinder(count: nameWords.count, words: { [nameWords] in nameWords[$0].words }, lookingFor: names)

        for meeting in meetings {
            var reporter: Reporter? = nil
            lazy var moderator = (
                id: "moderator-\(meeting.id)", name: "Moderator (\(meeting.shortPlace))", role: "Moderator, \(meeting.title)"
            )
            for d in meeting.documentIndices where documents[d].kind == .transcript {
                let heads = introductions.heads(document: d)
                var turns = [TurnSpeaker](repeating: TurnSpeaker(speakerID: "", reporter: nil), count: heads.count)
                for t in heads.indices {
                    let label = heads[t].label
                    let labelFacts = facts(label)
                    if let entry = speakers.entry(for: label, meetingID: meeting.id) {
                        turns[t].speakerID = add(
                            id: entry.id, name: entry.name, role: entry.role ?? "", kind: entry.kind, label: label)
                    } else if heads[t].isQuestion {
                        if let named = introductions.selfIntroduction(document: d, turn: t) { reporter = named }
                        turns[t].reporter = reporter
                        if let r = reporter {
                            let role = r.outlet.map { "Reporter, \($0)" } ?? "Reporter"
                            turns[t].speakerID = add(id: personID(r.name), name: r.name, role: role, kind: .reporter, label: label)
                        } else {
                            turns[t].speakerID = add(
                                id: "unidentified-reporter", name: "Unidentified reporter", role: "Reporter", kind: .reporter,
                                label: label)
                        }
                        continue
                    } else if labelFacts.isModerator {
                        turns[t].speakerID = add(
                            id: moderator.id, name: moderator.name, role: moderator.role, kind: .moderator, label: label)
                    } else {
                        let key = labelFacts.officialKey(in: officialKeys)
                        let id = personID(key.joined(separator: " "))
                        let nameWords = labelFacts.isOffice ? key : labelFacts.nameToLookFor(in: officialKeys)
                        let name =
                            index[id] != nil
                            ? people[index[id]!].name
                            : labelFacts.isOffice
                                ? ByLine.name(for: label, header: documents[d].header) ?? Self.officeName(label)
                                : fullNames.fullName(for: nameWords) ?? nameWords.map(TurnLabel.titleCase).joined(separator: " ")
                        turns[t].speakerID = add(
                            id: id, name: name, role: labelFacts.title, kind: .official,
                            label: label)
                    }
                    // A non-question turn may introduce the next questioner.
                    let moderating = labelFacts.isModerator || people[index[turns[t].speakerID]!].kind == .moderator
                    let nextIsQuestion = t + 1 < heads.count && heads[t + 1].isQuestion
                    if moderating || nextIsQuestion, let found = introductions.reporter(document: d, turn: t, moderating: moderating) {
                        reporter = found
                    }
                }
                // Who speaks each turn, set without the turns' text: a document read back from the store
                // keeps none of it.
                documents[d].setSpeakers(turns)
            }
        }
        // A role from a longer label is more telling: "Foreign Secretary" over "".
        for i in people.indices where people[i].kind == .official && speakers.entries.first(where: { $0.id == people[i].id })?.role == nil {
            let titles = people[i].labels.map(TurnLabel.title).filter { !$0.isEmpty }
            if let best = titles.max(by: { $0.count < $1.count }) { people[i].role = best }
        }
        return Output(people: people, documents: documents)
    }

    /// The labels of the transcripts' turns that are not questions: officials' and moderators'.
    private func officialLabels(_ introductions: ReporterIntroductions) -> Set<String> {
        var labels: Set<String> = []
        for d in documents.indices where documents[d].kind == .transcript {
            for head in introductions.heads(document: d) where !head.isQuestion { labels.insert(head.label) }
        }
        return labels
    }

    /// Maps each label's name words to the longest name they stand for, when that is unambiguous.
    private func groupOfficialLabels(_ labels: Set<String>) -> [[String]: [String]] {
        var keys: Set<[String]> = []
        for label in labels where !TurnLabel.isModerator(label) { keys.insert(Self.key(label)) }
        var map: [[String]: [String]] = [:]
        // The office words must be the same; the longer may add names only.
        func office(_ key: [String]) -> [String] { key.prefix { TurnLabel.distinguishingWords.contains($0) }.map { $0 } }
        func name(_ key: [String]) -> [String] { Array(key.drop { TurnLabel.distinguishingWords.contains($0) }) }
        for key in keys {
            let longer = keys.filter { long in
                long.count > key.count && office(long) == office(key) && !name(key).isEmpty && containsRun(name(key), in: name(long))
                    && !name(long).contains { TurnLabel.distinguishingWords.contains($0) }
            }
            map[key] = longer.count == 1 ? longer.first! : key
        }
        return map
    }

    /// What resolving needs to know of a label, worked out once for each label.
    private struct LabelFacts {
        var isModerator: Bool
        var key: [String]
        var isOffice: Bool
        var nameWords: [String]
        var title: String

        init(_ label: String) {
            isModerator = TurnLabel.isModerator(label)
            key = SpeakerResolver.key(label)
            isOffice = SpeakerResolver.isOffice(label)
            nameWords = TurnLabel.nameWords(label)
            title = TurnLabel.title(label)
        }

        /// The key of the person the label stands for: the longest name its own key stands for.
        func officialKey(in officialKeys: [[String]: [String]]) -> [String] { officialKeys[key] ?? key }

        /// The words a full name is looked for from: the person's key without the office words that are
        /// not part of the label's name.
        func nameToLookFor(in officialKeys: [[String]: [String]]) -> [String] {
            officialKey(in: officialKeys).filter { !TurnLabel.distinguishingWords.contains($0) || nameWords.contains($0) }
        }
    }

    /// What tells a label's person apart: the name, with any office word that makes a different person
    /// (`THE VICE PRESIDENT` → `VICE PRESIDENT`, `DEPUTY SECRETARY SULLIVAN` → `DEPUTY SULLIVAN`); a label
    /// naming an office and no one (`SENIOR STATE DEPARTMENT OFFICIAL ONE`) is kept whole.
    static func key(_ label: String) -> [String] {
        if isOffice(label) { return TurnLabel.words(label).filter { $0 != "THE" } }
        let name = TurnLabel.nameWords(label)
        let words = TurnLabel.words(label)
        let distinguishing = words.filter { TurnLabel.distinguishingWords.contains($0) && !name.contains($0) }
        return distinguishing + name
    }

    /// Anonymous officials are labelled by office alone: `SENIOR ADMINISTRATION OFFICIAL`, `SENIOR STATE DEPARTMENT OFFICIAL TWO`.
    static func isOffice(_ label: String) -> Bool {
        let words = TurnLabel.words(label)
        if isAnonymousOfficial(label) { return true }
        // `THE PRESIDENT`, `THE PRESS`: a title, not a name.
        return words.first == "THE" && words.count <= 4
    }

    /// A briefer known only by office: `SENIOR ADMINISTRATION OFFICIAL`, `SENIOR STATE DEPARTMENT OFFICIAL TWO`.
    static func isAnonymousOfficial(_ label: String) -> Bool {
        let words = TurnLabel.words(label)
        return words.contains("OFFICIAL") || words.contains("OFFICIALS")
    }

    /// The office as a name: `SENIOR STATE DEPARTMENT OFFICIAL ONE` → `Senior State Department Official One`.
    static func officeName(_ label: String) -> String {
        let words = TurnLabel.words(label).map(TurnLabel.titleCase)
        let name = words.joined(separator: " ")
        return name.hasPrefix("the ") ? "The " + name.dropFirst(4) : name
    }

    private func containsRun(_ short: [String], in long: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
            return true
        }
        return false
    }
}
