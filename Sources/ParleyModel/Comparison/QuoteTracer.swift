import Foundation

/// A sentence or quoted span of a related document, to be traced to what was said.
public struct QuoteUnit: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A whole sentence of the document.
        case sentence
        /// Text inside quotation marks (three words or more).
        case quote
    }

    public var kind: Kind
    /// The paragraph of the document's body.
    public var ref: PassageRef
    /// `Character` offsets in that paragraph's text.
    public var range: Range<Int>
    public var text: String
    /// The speaker the document names at or before this point (by surname or office), if any.
    public var namedSpeakerID: String?
}

/// Where a unit most likely comes from: a stretch of one to three sentences of one spoken paragraph.
public struct QuoteSource: Sendable, Hashable, Codable {
    public var ref: PassageRef
    /// `Character` offsets of the matched sentences in the source paragraph's text.
    public var range: Range<Int>
    public var text: String
    public var speakerID: String
    public var meetingID: String?
    public var documentID: String
    /// 0…1: the mean of `coverage` and `order`.
    public var score: Double
    /// The weighted share of the unit's words found in the source (stems compared, function words light).
    public var coverage: Double
    /// The weighted share of the unit's words found in the same order (longest common subsequence).
    public var order: Double
    /// `verbatim` (order ≥ 0.8), `close` (≥ 0.5) or `paraphrase`.
    public var likeness: String
    /// Word-level difference, quote against source.
    public var diff: [DiffSpan]
}

public struct QuoteTrace: Sendable, Hashable, Codable {
    public var unit: QuoteUnit
    /// The most likely source; nil when no passage scores at least `QuoteTracer.threshold`.
    public var source: QuoteSource?
    /// The best candidate's score, shown or not; 0 when no spoken passage shares a word with the unit.
    public var bestScore: Double
}

/// Traces the sentences and quotes of related documents (statements, articles, communiqués) back to the
/// spoken passages they quote, translate or paraphrase.
///
/// Each unit is compared with every stretch of one to three consecutive sentences of the officials'
/// turns in the document's meeting. Words are stemmed and merged with near-synonyms; each weighs by its
/// rarity among spoken sentences (idf), function words by a tenth and the speakers' own names by a third,
/// because documents name who spoke while the speech itself rarely does. The score is the mean of
/// coverage (how much of the unit the source has) and order (how much of it in the same order).
/// Among passages that match, one naming the same rare place or institution as the unit is preferred,
/// then one of the speaker the document names.
/// Build once and keep: the source index is the expensive part.
public struct QuoteTracer: Sendable {
    /// The score from which a trace counts as a match. On the built-in corpus, quotes and reused
    /// sentences score 0.49–1.0, reports that paraphrase a speaker 0.31–0.48, and the best candidate for
    /// narration with no spoken source at most 0.28 ("After a meeting on Thursday morning, Tillerson and
    /// Kelly joined…"); 0.30 sits between the last two (figures checked in QuoteTracerTests).
    public static let threshold = 0.30
    /// A short sentence (this many content words or fewer) must be mostly found in its source: "He then
    /// moved to summarize the morning's meeting" shares `morning` and `meeting` with a speech, and no more.
    public static let shortSentenceWords = 4
    public static let shortSentenceCoverage = 0.6
    /// A match also needs this much matched word weight (about two uncommon content words), so that a
    /// three-word phrase of common words (`"other than Mexican"`) cannot match on coverage alone.
    public static let minimumMatchedWeight = 4.0
    /// A name of a place or institution said in at most this many sentences of the meeting anchors a
    /// unit that names it: "in Washington, D.C." points to the one passage saying "Washington, D.C.", where
    /// the rest of the unit's words ("the next working meeting will be held") fit other passages as well.
    static let anchorSentences = 2
    /// ... unless the best passage without the name scores this much higher: a sentence quoted word for word
    /// stays with its speaker even when the writer adds a place someone else named.
    static let anchorMargin = 0.25
    /// When the named speaker's best passage scores within this of the overall best, it wins.
    public static let namedSpeakerMargin = 0.1

    struct Sentence: Sendable {
        var ref: PassageRef
        var range: Range<Int>
        var terms: [Term]
        var speakerID: String
        var meeting: Int?
    }

    let corpus: Corpus
    let sentences: [Sentence]
    /// Sentence indices holding each content stem. Sentences of one paragraph are consecutive.
    let postings: [String: [Int]]
    /// Sentence indices where each stem is said as a name: capitalised, not first in its sentence.
    let namePostings: [String: [Int]]
    let idf: [String: Double]
    let nameStems: Set<String>
    let mentions: SpeakerMentions
    let meetingOfDocument: [Int: Int]

    public init(corpus: Corpus) {
        self.corpus = corpus
        var meetingOfDocument: [Int: Int] = [:]
        for (m, meeting) in corpus.meetings.enumerated() {
            for d in meeting.documentIndices { meetingOfDocument[d] = m }
        }
        self.meetingOfDocument = meetingOfDocument
        let officials = Set(corpus.people.filter { $0.kind == .official }.map(\.id))
        var sentences: [Sentence] = []
        var namePostings: [String: [Int]] = [:]
        // A paragraph said word for word by the same person at the same meeting (a transcript loaded
        // twice, a statement read again) is a source once: the first copy stands for all.
        var seen: Set<String> = []
        for (d, doc) in corpus.documents.enumerated() where doc.kind == .transcript {
            for turn in doc.turns where officials.contains(turn.speakerID) && !turn.isQuestion {
                for (p, paragraph) in turn.paragraphs.enumerated() {
                    guard seen.insert("\(turn.speakerID)\u{0}\(meetingOfDocument[d] ?? -1)\u{0}\(paragraph.text)").inserted else {
                        continue
                    }
                    let ref = PassageRef(document: d, turn: turn.index, paragraph: p)
                    let terms = WordNormalizer.terms(in: paragraph)
                    let chars = Array(paragraph.text)
                    for range in SentenceSplitter.sentences(in: paragraph.text) {
                        let inside = terms.filter { range.contains($0.range.lowerBound) }
                        guard !inside.isEmpty else { continue }
                        for term in inside where Self.isName(term, in: chars) {
                            namePostings[term.stem, default: []].append(sentences.count)
                        }
                        sentences.append(
                            Sentence(ref: ref, range: range, terms: inside, speakerID: turn.speakerID, meeting: meetingOfDocument[d]))
                    }
                }
            }
        }
        self.sentences = sentences
        var postings: [String: [Int]] = [:]
        var df: [String: Int] = [:]
        for (i, s) in sentences.enumerated() {
            for stem in Set(s.terms.filter { !$0.isFunctionWord }.map(\.stem)) {
                postings[stem, default: []].append(i)
                df[stem, default: 0] += 1
            }
        }
        // Rarity is counted over written sentences too: words every report uses to narrate
        // (`meeting`, `officials`, `visit`) then weigh less than the words of what was said.
        var writtenSentences = 0
        for doc in corpus.documents where doc.kind != .transcript {
            for paragraph in doc.body {
                let terms = WordNormalizer.terms(in: paragraph)
                for range in SentenceSplitter.sentences(in: paragraph.text) {
                    writtenSentences += 1
                    for stem in Set(terms.filter { range.contains($0.range.lowerBound) && !$0.isFunctionWord }.map(\.stem)) {
                        df[stem, default: 0] += 1
                    }
                }
            }
        }
        self.postings = postings
        self.namePostings = namePostings.mapValues { Array(Set($0)).sorted() }
        let n = Double(max(sentences.count + writtenSentences, 1))
        self.idf = df.mapValues { max(0.5, log(n / Double($0))) }
        var names: Set<String> = []
        for person in corpus.people {
            // An unnamed moderator is named after the meeting's place (`Moderator (Washington)`); a named
            // one's surname is in their label (`MS NAUERT`).
            let name = person.kind == .moderator ? "" : person.name
            for token in Tokenizer.tokens(in: name + " " + person.labels.joined(separator: " ")) {
                names.insert(WordNormalizer.stem(of: token.folded))
            }
        }
        for title in ["secretary", "minister", "mr", "ms", "president"] { names.insert(Stemmer.stem(title)) }
        self.nameStems = names
        self.mentions = SpeakerMentions(people: corpus.people)
    }

    /// How much a word of a unit counts: its rarity among sentences; a function word a tenth, a name a third.
    func weight(_ term: Term, isName: Bool) -> Double {
        if term.isFunctionWord { return 0.1 }
        // A word nobody used is as rare as can be: it counts fully against coverage.
        let w = idf[term.stem] ?? log(Double(max(sentences.count, 2)))
        // Names and titles say who was there, not what was said.
        return isName ? w / 3 : w
    }

    /// The words of a unit, their weights, and the rare names (places, institutions) it shares with the speech.
    struct UnitTerms {
        var terms: [Term]
        var weights: [Double]
        var anchors: Set<String>
    }

    /// Words the writer put in square brackets (`working [group] meeting`) were not said: they are left out.
    /// A capitalised word after the first of a sentence is a name and weighs a third, like the speakers'
    /// names, unless it is an anchor: a place or institution named in one or two spoken sentences of the meeting
    /// (`Washington, D.C.`, `Alliance for Prosperity`) is as telling as any rare word, and never part of
    /// someone's title (`Secretary of Finance and Public Credit`), which only says who was there.
    func unitTerms(of tokens: [Token], in text: String, meeting: Int?) -> UnitTerms {
        let insertions = SentenceSplitter.bracketedInsertions(in: text)
        let said = tokens.filter { token in !insertions.contains { $0.contains(token.range.lowerBound) } }
        let terms = WordNormalizer.terms(of: said, in: text)
        let inTitles = Self.titleWords(in: said)
        let chars = Array(text)
        var unit = UnitTerms(terms: terms, weights: [], anchors: [])
        for term in terms {
            let capitalized = Self.isName(term, in: chars)
            let spokenIn = namePostings[term.stem, default: []].count { meeting == nil || sentences[$0].meeting == meeting }
            let anchor =
                capitalized && !nameStems.contains(term.stem) && !inTitles.contains(term.range.lowerBound)
                && (1...Self.anchorSentences).contains(spokenIn)
            unit.weights.append(weight(term, isName: (capitalized || nameStems.contains(term.stem)) && !anchor))
            if anchor { unit.anchors.insert(term.stem) }
        }
        return unit
    }

    /// Words that stand before or after a person's or an office's name.
    static let personTitles: Set<String> = [
        "secretary", "secretaries", "minister", "ministers", "ambassador", "ambassadors", "president", "presidents", "chancellor",
    ]

    /// Offsets of the capitalised words around a title (`DHS Secretary John Kelly`, `Secretaries of Defense
    /// and the Navy`): they name a person or an office.
    static func titleWords(in tokens: [Token]) -> Set<Int> {
        func capitalized(_ i: Int) -> Bool { tokens[i].caseKept.first?.isUppercase == true }
        var out: Set<Int> = []
        for (i, token) in tokens.enumerated() where personTitles.contains(token.folded) {
            var j = i - 1
            while j >= 0 && capitalized(j) {
                out.insert(tokens[j].range.lowerBound)
                j -= 1
            }
            j = i + 1
            while j < tokens.count && (capitalized(j) || ["of", "the", "and"].contains(tokens[j].folded)) {
                out.insert(tokens[j].range.lowerBound)
                j += 1
            }
        }
        return out
    }

    /// A capitalised content word that does not begin its sentence.
    static func isName(_ term: Term, in chars: [Character]) -> Bool {
        !term.isFunctionWord && term.word != "i" && chars[term.range.lowerBound].isUppercase
            && !startsSentence(term.range.lowerBound, in: chars)
    }

    /// True when only spaces and punctuation stand between the start of the text or a full stop, colon or
    /// opening quote and the word at `offset`.
    private static func startsSentence(_ offset: Int, in chars: [Character]) -> Bool {
        var i = offset - 1
        while i >= 0 && !chars[i].isLetter && !chars[i].isNumber {
            if chars[i] == "." || chars[i] == ":" || chars[i] == "\"" || chars[i] == "“" { return true }
            i -= 1
        }
        return i < 0
    }

    /// `traceAll`, read back from the corpus store when this corpus's traces were kept there before (and
    /// kept there when they are traced). No tracer is made when they are read back: making one reads and
    /// stems every official's turns.
    public static func keptTraces(corpus: Corpus, progress: WorkProgress? = nil) -> [QuoteTrace] {
        // Only related documents quote: an archive of transcripts alone has nothing to trace.
        guard corpus.documents.contains(where: { $0.kind != .transcript }) else { return [] }
        let trace = { QuoteTracer(corpus: corpus).traceAll(progress: progress) }
        return corpus.memo?.quoteTraces(trace) ?? trace()
    }

    /// Every unit of every document that is not a transcript, traced. `progress`, when given, counts documents.
    public func traceAll(progress: WorkProgress? = nil) -> [QuoteTrace] {
        var memo: [String: QuoteTrace] = [:]
        let related = corpus.documents.indices.filter { corpus.documents[$0].kind != .transcript }
        progress?.expect(related.count)
        return related.flatMap { d in
            defer { progress?.advance() }
            return trace(document: d, memo: &memo)
        }
    }

    /// The units of one document in reading order (each sentence, then the quotes inside it), traced.
    public func trace(document d: Int) -> [QuoteTrace] {
        var memo: [String: QuoteTrace] = [:]
        return trace(document: d, memo: &memo)
    }

    /// Traces a document, reusing the trace of an identical unit already traced at the same meeting
    /// (the same release filed twice, a sentence repeated) instead of comparing it again.
    func trace(document d: Int, memo: inout [String: QuoteTrace]) -> [QuoteTrace] {
        units(of: d).map { unit in
            let key = "\(meetingOfDocument[d] ?? -1)\u{0}\(unit.kind.rawValue)\u{0}\(unit.namedSpeakerID ?? "")\u{0}\(unit.text)"
            if var known = memo[key] {
                known.unit = unit
                return known
            }
            let traced = trace(unit)
            memo[key] = traced
            return traced
        }
    }

    /// The sentences and quoted spans of a document's body, each with the speaker named nearest before it.
    public func units(of d: Int) -> [QuoteUnit] {
        let doc = corpus.documents[d]
        var out: [QuoteUnit] = []
        var lastNamed: String? = nil
        for (p, paragraph) in doc.body.enumerated() {
            let ref = PassageRef(document: d, turn: nil, paragraph: p)
            let chars = Array(paragraph.text)
            let named = mentions.mentions(in: paragraph.text)
            let quotes = SentenceSplitter.quotedSpans(in: paragraph.text)
            func speaker(before offset: Int) -> String? {
                named.last { $0.offset < offset }?.personID ?? lastNamed
            }
            for sentence in SentenceSplitter.sentences(in: paragraph.text) {
                out.append(
                    QuoteUnit(
                        kind: .sentence, ref: ref, range: sentence, text: String(chars[sentence]),
                        namedSpeakerID: speaker(before: sentence.upperBound)))
                for q in quotes where sentence.contains(q.lowerBound) && Tokenizer.tokens(in: String(chars[q])).count >= 3 {
                    out.append(
                        QuoteUnit(kind: .quote, ref: ref, range: q, text: String(chars[q]), namedSpeakerID: speaker(before: q.lowerBound)))
                }
            }
            if let last = named.last { lastNamed = last.personID }
        }
        return out
    }

    struct Candidate {
        var first: Int
        var last: Int
        var score: Double
        var coverage: Double
        var order: Double
        var matchedWeight: Double
    }

    public func trace(_ unit: QuoteUnit) -> QuoteTrace {
        let paragraph = corpus.paragraph(unit.ref)
        let tokens = SearchIndex.tokens(of: paragraph).filter { unit.range.contains($0.range.lowerBound) }
        let meeting = meetingOfDocument[unit.ref.document]
        let words = unitTerms(of: tokens, in: paragraph.text, meeting: meeting)
        let candidates = self.candidates(for: words.terms, weights: words.weights, meeting: meeting)
        guard var best = candidates.first else { return QuoteTrace(unit: unit, source: nil, bestScore: 0) }
        let contentWords = words.terms.filter { !$0.isFunctionWord }.count
        func matches(_ c: Candidate) -> Bool {
            let shortAndThin = unit.kind == .sentence && contentWords <= Self.shortSentenceWords && c.coverage < Self.shortSentenceCoverage
            return c.score >= Self.threshold && c.matchedWeight >= Self.minimumMatchedWeight && !shortAndThin
        }
        let anchors = words.anchors
        func anchorsNamed(by c: Candidate) -> Int {
            anchors.count { stem in (c.first...c.last).contains { sentences[$0].terms.contains { $0.stem == stem } } }
        }
        if !anchors.isEmpty,
            let anchored = candidates.filter(matches).max(by: { (anchorsNamed(by: $0), $0.score) < (anchorsNamed(by: $1), $1.score) }),
            anchorsNamed(by: anchored) > anchorsNamed(by: best), anchored.score >= best.score - Self.anchorMargin
        {
            best = anchored
        }
        if let named = unit.namedSpeakerID, sentences[best.first].speakerID != named,
            let alternative = candidates.first(where: {
                sentences[$0.first].speakerID == named && anchorsNamed(by: $0) >= anchorsNamed(by: best)
            }),
            alternative.score >= best.score - Self.namedSpeakerMargin
        {
            best = alternative
        }
        guard matches(best) else { return QuoteTrace(unit: unit, source: nil, bestScore: best.score) }
        let first = sentences[best.first]
        let sourceRange = first.range.lowerBound..<sentences[best.last].range.upperBound
        let sourceParagraph = corpus.paragraph(first.ref)
        let sourceTokens = SearchIndex.tokens(of: sourceParagraph).filter { sourceRange.contains($0.range.lowerBound) }
        let doc = corpus.documents[first.ref.document]
        let source = QuoteSource(
            ref: first.ref, range: sourceRange, text: String(Array(sourceParagraph.text)[sourceRange]), speakerID: first.speakerID,
            meetingID: first.meeting.map { corpus.meetings[$0].id }, documentID: doc.id, score: best.score, coverage: best.coverage,
            order: best.order, likeness: best.order >= 0.8 ? "verbatim" : best.order >= 0.5 ? "close" : "paraphrase",
            diff: diff(unit, tokens, paragraph.text, sourceTokens, sourceParagraph.text))
        return QuoteTrace(unit: unit, source: source, bestScore: best.score)
    }

    /// The word diff. A quoted span is compared with the stretch of the source it lines up with (its
    /// words in common, widened by as many words as the quote has before and after them), since the
    /// rest of the source sentence is context, not something the quote dropped.
    func diff(_ unit: QuoteUnit, _ tokens: [Token], _ text: String, _ sourceTokens: [Token], _ sourceText: String) -> [DiffSpan] {
        var source = sourceTokens
        if unit.kind == .quote {
            let pairs = WordDiff.lcsPairs(
                tokens.map { WordNormalizer.baseWord($0.folded) }, sourceTokens.map { WordNormalizer.baseWord($0.folded) })
            if let first = pairs.first, let last = pairs.last {
                let from = max(0, first.1 - first.0)
                let to = min(sourceTokens.count - 1, last.1 + (tokens.count - 1 - last.0))
                source = Array(sourceTokens[from...to])
            }
        }
        return WordDiff.diff(quote: tokens, in: text, source: source, in: sourceText)
    }

    /// Windows of one to three consecutive sentences of one paragraph, best first, at most one per
    /// speaker and paragraph. Only sentences sharing an uncommon word with the unit are looked at.
    func candidates(for terms: [Term], weights: [Double], meeting: Int?) -> [Candidate] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return [] }
        // A quick overlap score per sentence from the postings, to pick the few worth a full comparison.
        var stemWeights: [String: Double] = [:]
        for (t, w) in zip(terms, weights) where !t.isFunctionWord { stemWeights[t.stem] = w }
        var quick: [Int: Double] = [:]
        for (stem, w) in stemWeights {
            for s in postings[stem] ?? [] where meeting == nil || sentences[s].meeting == meeting {
                quick[s, default: 0] += w
            }
        }
        let seeds = quick.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(24).map(\.key)
        var best: [PassageRef: Candidate] = [:]
        for seed in seeds {
            for first in max(0, seed - 2)...seed {
                for last in seed...min(sentences.count - 1, seed + 2) where last - first <= 2 {
                    guard sentences[first].ref == sentences[seed].ref, sentences[last].ref == sentences[seed].ref else { continue }
                    let window = (first...last).flatMap { sentences[$0].terms }
                    var c = compare(terms, weights: weights, total: total, with: window)
                    c.first = first
                    c.last = last
                    // A longer window must earn its extra sentences.
                    c.score -= 0.02 * Double(last - first)
                    let key = sentences[first].ref
                    if c.score > (best[key]?.score ?? -1) { best[key] = c }
                }
            }
        }
        return best.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.first < $1.first }
    }

    /// Coverage and in-order overlap of unit terms within a source window.
    func compare(_ terms: [Term], weights: [Double], total: Double, with window: [Term]) -> Candidate {
        var available: [String: Int] = [:]
        for t in window { available[t.stem, default: 0] += 1 }
        var covered = 0.0
        var matchedContent = 0.0
        for (t, w) in zip(terms, weights) where (available[t.stem] ?? 0) > 0 {
            available[t.stem]! -= 1
            covered += w
            if !t.isFunctionWord { matchedContent += w }
        }
        // Weighted longest common subsequence over stems.
        let n = terms.count
        let m = window.count
        var prev = Array(repeating: 0.0, count: m + 1)
        var cur = prev
        for i in 0..<n {
            for j in 0..<m {
                cur[j + 1] = terms[i].stem == window[j].stem ? prev[j] + weights[i] : max(prev[j + 1], cur[j])
            }
            swap(&prev, &cur)
        }
        let coverage = covered / total
        let order = prev[m] / total
        return Candidate(first: 0, last: 0, score: (coverage + order) / 2, coverage: coverage, order: order, matchedWeight: matchedContent)
    }
}
