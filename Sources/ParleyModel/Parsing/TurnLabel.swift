import Foundation

/// A speaker label at the start of a paragraph: `SECRETARY TILLERSON:`, `MS NAUERT:`, `QUESTION:`.
enum TurnLabel {
    // The grammar of a label, as a regular expression: what `LabelPattern` matches, step by step on the
    // line's scalars, and what its tests hold it to.
    // Upper-case words (accents allowed) with spaces, periods, apostrophes and hyphens, then a colon.
    // A legislator's party and state may follow the name: `SEN. BOB CORKER (R), TENNESSEE:`.
    private static let word = #"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*"#
    // A legislator's party and state: `SEN. BOB CORKER (R), TENNESSEE`.
    private static let party = #"[ \t]*\([A-Z]{1,3}(?:-[A-Z]{2,4})?\)(?:,[ \t]*[A-Z][A-Z. ]*[A-Z.])?"#
    // A news transcript's name and role: `MIKE PENCE, VICE PRESIDENT OF THE UNITED STATES`.
    private static let role = #",[ \t]+"# + word + #"(?:[ \t]+(?:"# + word + #"|&)){0,11}"#
    static let pattern = #"^\s*("# + word + #"(?:[ \t]+"# + word + #"){0,9}(?:"# + party + "|" + role + #")?)[ \t]*:[ \t]*"#

    /// The label and the offset (in `Character`s) where the speech after it begins, or nil.
    static func match(_ line: String) -> (label: String, rest: Int)? {
        if let q = bareQuestion(line) { return q }
        // A label ends with a colon within its first few words; a line without one is not asked of the pattern.
        guard ScalarText.contains(UInt8(ascii: ":"), in: line, within: 160), line.first(where: { !$0.isWhitespace })?.isUppercase == true,
            mayStartLabel(line)
        else {
            return nil
        }
        // A label holds no colon, so a match ends at the line's first colon and the spaces after it: the pattern
        // is asked of that much, not of a whole paragraph's line, and a match is all of it.
        let head = Self.throughFirstColon(line)
        let scalars = Array(head.unicodeScalars)
        guard let group = LabelPattern.label(in: scalars) else { return nil }
        var label = ""
        label.unicodeScalars.append(contentsOf: scalars[group])
        // A lone capital ("A:") is not a speaker, except the usual `Q:`; nor are editorial labels. Two letters
        // are enough, and most labels start with them.
        var letters = 0
        for character in label where character.isLetter {
            letters += 1
            if letters == 2 { break }
        }
        guard letters >= 2 || label == "Q" else { return nil }
        guard !nonSpeakers.contains(words(label).joined(separator: " ")) else { return nil }
        // After a comma comes a role, which names an office or a trade; otherwise it is a sentence in capitals.
        // A parenthesis in a label opens a party, `(` and a capital: its byte stands for the `Character`.
        if !ScalarText.contains(0x28, in: label), let comma = label.firstIndex(of: ",") {
            let roleWords = words(String(label[label.index(after: comma)...]))
            guard roleWords.contains(where: { (titleWords.contains($0) && $0 != "THE" && $0 != "OF") || roleNouns.contains($0) }) else {
                return nil
            }
        }
        // In ASCII without a CR, `Character`s are bytes.
        let plain = head.utf8.allSatisfy { $0 < 0x80 && $0 != 13 }
        return (label, plain ? head.utf8.count : head.count)
    }

    /// False where the pattern cannot match: after the ASCII blanks that start the line, an ASCII capital and
    /// an ASCII byte that cannot follow a label's first letter (most lines of speech start `Mr.`, `The`, `I'm`).
    static func mayStartLabel(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count, ScalarText.isASCIIWhitespace(bytes[i]) { i += 1 }
            guard i + 1 < bytes.count, bytes[i] < 0x80, bytes[i + 1] < 0x80 else { return true }
            guard bytes[i] >= 0x41 && bytes[i] <= 0x5A else { return false }
            let b = bytes[i + 1]
            return (b >= 0x41 && b <= 0x5A) || b == 0x2E || b == 0x27 || b == 0x2D || b == 32 || b == 9 || b == 0x28 || b == 0x2C
                || b == 0x3A
        } ?? true
    }

    /// The line up to its first colon, with the spaces and tabs after it.
    private static func throughFirstColon(_ line: String) -> String {
        let utf8 = line.utf8
        guard var end = utf8.firstIndex(of: UInt8(ascii: ":")) else { return line }
        end = utf8.index(after: end)
        while end < utf8.endIndex, utf8[end] == 32 || utf8[end] == 9 { end = utf8.index(after: end) }
        // Cut on the bytes: a mark after the colon must not take the colon with it, as `Character`s would.
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    /// The White House writes questions as `Q` and spaces, without a colon: `Q    Mr. President, …`.
    private static func bareQuestion(_ line: String) -> (label: String, rest: Int)? {
        let lead = line.prefix { $0 == " " || $0 == "\t" }.count
        var rest = line.dropFirst(lead)
        guard rest.first == "Q" else { return nil }
        rest = rest.dropFirst()
        let gap = rest.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count
        guard gap >= 1, let next = rest.dropFirst(gap).first else { return nil }
        // "Q And good morning", "Q (Inaudible.)", "Q    Sure": speech starts with a capital, a note or a quote.
        guard next.isUppercase || next.isNumber || "(\"“‘'[—–-".contains(next) else { return nil }
        return ("Q", lead + 1 + gap)
    }

    /// Trades a news transcript names after a speaker: `JANE DOE, CNN CORRESPONDENT`.
    static let roleNouns: Set<String> = [
        "CORRESPONDENT", "ANCHOR", "REPORTER", "HOST", "ANALYST", "CONTRIBUTOR", "EDITOR", "COMMENTATOR", "PRESS", "AUTHOR",
        "FORMER", "CANDIDATE", "CEO", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "ADVISER",
        "ADVISOR", "COUNSEL", "LEADER", "MEMBER", "OFFICIAL", "OFFICER", "EXPERT", "FOUNDER", "PRESIDENT", "DIRECTOR", "JOURNALIST",
        "WRITER", "COLUMNIST", "PROFESSOR", "FELLOW", "ATTORNEY", "LAWYER", "SHERIFF", "CHIEF", "MANAGER", "WITNESS",
    ]

    static let nonSpeakers: Set<String> = [
        "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "PLEASE NOTE", "NOTE TO EDITORS", "EMBARGOED", "ATTRIBUTION", "UPDATE", "CORRECTION",
        "PHOTO", "SOURCE", "TOPICS", "TAGS",
        "RELATED", "PS", "P S", "NB", "N B", "AM", "A M", "PM", "P M", "ET", "EST", "EDT",
    ]

    /// The label's words, upper-case, without periods: `MR. VIDEGARAY` → `["MR", "VIDEGARAY"]`.
    static func words(_ label: String) -> [String] {
        let upper = core(label).uppercased()
        // Asked many times of every label: split on periods too, rather than replacing them first, where each
        // `Character` is one scalar and a period cannot carry a mark.
        guard ScalarText.charactersAreScalars(upper) else {
            return upper.replacingOccurrences(of: ".", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        return upper.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "." }).map { String($0) }
    }

    /// The part of a label that names the speaker: `SEN. BOB CORKER (R), TENNESSEE` → `SEN. BOB CORKER`;
    /// a parliamentary heading `The Leader of the House (Mr Andrew Lansley)` → `Mr Andrew Lansley`,
    /// `Mr John Spellar (Warley) (Lab)` → `Mr John Spellar`.
    static func core(_ label: String) -> String {
        // Most labels have neither a parenthesis nor a comma: nothing to cut.
        if !label.utf8.contains(where: { $0 == 0x28 || $0 == 0x2C }) { return label }
        guard let open = label.firstIndex(of: "(") else {
            // "MIKE PENCE, VICE PRESIDENT OF THE UNITED STATES": the name, then the role.
            if let comma = label.firstIndex(of: ",") { return label[..<comma].trimmingSpaces }
            return label
        }
        let head = label[..<open].trimmingSpaces
        if let close = label[open...].firstIndex(of: ")") {
            let inside = label[label.index(after: open)..<close].trimmingSpaces
            let first = inside.split(separator: " ").first.map { String($0).uppercased().replacingOccurrences(of: ".", with: "") } ?? ""
            if ParliamentaryHeading.honorifics.contains(first) { return inside }
        }
        return head.isEmpty ? label : head
    }

    /// The words of a title that are part of the office, not a courtesy: a vice president is not the president.
    static let distinguishingWords: Set<String> = [
        "VICE", "DEPUTY", "ACTING", "ASSISTANT", "UNDER", "SENIOR", "PRINCIPAL", "ASSOCIATE", "FIRST", "SECOND",
        "EXECUTIVE", "SPECIAL", "FORMER", "ONE", "TWO", "THREE", "FOUR", "FIVE",
    ]

    /// True for labels that mark a question from the floor, including a one-letter slip (`OUESTION`).
    static func isQuestion(_ label: String) -> Bool {
        let w = words(label)
        guard w.count == 1 else { return w == ["AUDIENCE", "MEMBER"] || w == ["FROM", "THE", "FLOOR"] }
        let word = w[0]
        if word == "Q" || word == "REPORTER" || word == "JOURNALIST" { return true }
        // Within one edit of `QUESTION` is seven `Character`s or more, and at most nine: so many bytes when ASCII
        // without a CR (CR LF is one `Character`).
        let bytes = word.utf8.count
        if bytes < 7 || (bytes > 9 && word.utf8.allSatisfy { $0 < 0x80 && $0 != 13 }) { return false }
        return editDistance(word, "QUESTION") <= 1 || editDistance(word, "QUESTIONS") == 0
    }

    static func isModerator(_ label: String) -> Bool {
        let w = words(label)
        return w.count == 1 && ["MODERATOR", "MODERATORA", "MODERADOR", "HOST", "CHAIR", "OPERATOR", "EMCEE", "MC"].contains(w[0])
    }

    /// Title words stripped to find the name in a label.
    static let titleWords: Set<String> = [
        "SECRETARY", "FOREIGN", "GOVERNMENT", "INTERIOR", "MR", "MRS", "MS", "MISS", "DR", "SIR", "DAME", "AMBASSADOR",
        "MINISTER", "PRESIDENT", "VICE", "PRIME", "GENERAL", "ADMIRAL", "SENATOR", "SEN", "REP", "REPRESENTATIVE",
        "GOVERNOR", "GOV", "MAYOR", "UNDER", "DEPUTY", "ASSISTANT", "ACTING", "SPOKESPERSON", "SPOKESMAN",
        "SPOKESWOMAN", "CHANCELLOR", "ATTORNEY", "CHIEF", "JUSTICE", "COMMISSIONER", "DIRECTOR", "HONORABLE", "HON",
        "THE", "OF", "STATE", "HOMELAND", "SECURITY", "DEFENSE", "DEFENCE", "TREASURY", "FINANCE", "COMMERCE",
        "CAPTAIN", "COLONEL", "LIEUTENANT", "MAJOR", "SERGEANT", "REAR", "ADM", "GEN", "LT", "COL", "CAPT", "SGT",
        "CMDR", "CDR", "MAJ", "BRIG", "ADMINISTRATOR", "SPEAKER", "CONGRESSMAN", "CONGRESSWOMAN", "LORD", "LADY", "PROFESSOR", "PROF",
        "SENOR", "SEÑOR", "SENORA",
        "SEÑORA", "LIC", "CANCILLER", "SECRETARIO", "SECRETARIA", "EMBAJADOR", "EMBAJADORA",
    ]

    /// The words of a label that name the person: `GOVERNMENT SECRETARY OSORIO CHONG` → `["OSORIO", "CHONG"]`.
    /// A label of title words only (`THE PRESIDENT`) names by its title.
    static func nameWords(_ label: String) -> [String] {
        let w = words(label)
        let name = w.filter { !titleWords.contains($0) }
        return name.isEmpty ? w.filter { $0 != "THE" && $0 != "OF" } : name
    }

    /// The title words of a label, as a title-cased role: `FOREIGN SECRETARY VIDEGARAY` → `Foreign Secretary`.
    static func title(_ label: String) -> String {
        if !label.contains("("), let comma = label.firstIndex(of: ",") {
            let role = label[label.index(after: comma)...].uppercased().split(separator: " ").map { titleCase(String($0)) }
            return role.joined(separator: " ")
        }
        let w = Array(words(label).drop { $0 == "THE" })
        let title = w.prefix { titleWords.contains($0) }
        let honorifics: Set<String> = [
            "MR", "MRS", "MS", "MISS", "DR", "SIR", "DAME", "HON", "HONORABLE", "SENOR", "SEÑOR", "SENORA", "SEÑORA", "LIC",
        ]
        return title.filter { !honorifics.contains($0) }.map { titleCase($0) }.joined(separator: " ")
    }

    static func titleCase(_ word: String) -> String {
        let small: Set<String> = ["OF", "THE", "AND", "DE", "DEL", "LA"]
        if small.contains(word) { return word.lowercased() }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
