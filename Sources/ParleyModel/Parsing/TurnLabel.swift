import Foundation

/// A speaker label at the start of a paragraph: `SECRETARY TILLERSON:`, `MS NAUERT:`, `QUESTION:`.
enum TurnLabel {
    // Upper-case words (accents allowed) with spaces, periods, apostrophes and hyphens, then a colon.
    private static let pattern = try! NSRegularExpression(
        pattern: #"^\s*((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*)(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*){0,5})[ \t]*:[ \t]*"#)

    /// The label and the offset (in `Character`s) where the speech after it begins, or nil.
    static func match(_ line: String) -> (label: String, rest: Int)? {
        let ns = line as NSString
        guard let m = pattern.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let label = ns.substring(with: m.range(at: 1))
        let letters = label.filter { $0.isLetter }
        // A lone capital ("A:") is not a speaker, except the usual `Q:`; nor are editorial labels.
        guard letters.count >= 2 || label == "Q" else { return nil }
        guard !nonSpeakers.contains(words(label).joined(separator: " ")) else { return nil }
        return (label, ns.substring(to: m.range.upperBound).count)
    }

    static let nonSpeakers: Set<String> = [
        "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "CORRECTION", "PHOTO", "SOURCE", "TOPICS", "TAGS",
        "RELATED", "PS", "P S", "NB", "N B", "AM", "A M", "PM", "P M", "ET", "EST", "EDT",
    ]

    /// The label's words, upper-case, without periods: `MR. VIDEGARAY` → `["MR", "VIDEGARAY"]`.
    static func words(_ label: String) -> [String] {
        label.uppercased().replacingOccurrences(of: ".", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
            .map(String.init)
    }

    /// True for labels that mark a question from the floor, including a one-letter slip (`OUESTION`).
    static func isQuestion(_ label: String) -> Bool {
        let w = words(label)
        guard w.count == 1 else { return w == ["AUDIENCE", "MEMBER"] || w == ["FROM", "THE", "FLOOR"] }
        let word = w[0]
        if word == "Q" || word == "REPORTER" || word == "JOURNALIST" { return true }
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
        "CAPTAIN", "COLONEL", "LIEUTENANT", "MAJOR", "SERGEANT", "PROFESSOR", "PROF", "SENOR", "SEÑOR", "SENORA",
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
        let w = words(label)
        let title = w.prefix { titleWords.contains($0) }
        let honorifics: Set<String> = ["MR", "MRS", "MS", "MISS", "DR", "SIR", "DAME", "HON", "HONORABLE", "SENOR", "SEÑOR", "SENORA", "SEÑORA", "LIC"]
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
