/// A line of a transcript that records the session, not what was said: `END 1:25 P.M. EDT`,
/// a time stamp such as `2:34 p.m. EDT` or `[10:42]`.
enum StageLine {
    static func isStageLine(_ text: String) -> Bool {
        // Asked of every paragraph: a long one is speech, and says so without being split into words.
        guard text.utf8.count <= 40 else { return false }
        var words = text.trimmingSpaces.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 5 else { return false }
        if words[0] == "END" || words[0] == "END." {
            words.removeFirst()
            if words.isEmpty { return true }
        }
        return isTime(words)
    }

    /// `1:25 P.M. EDT`, `2:34 p.m.`, `14:05`, `[10:42]`, `10:42 AM ET`.
    private static func isTime(_ words: [String]) -> Bool {
        let first = words[0].trimmingCharacters(in: ["[", "]", "(", ")"])
        let parts = first.split(separator: ":")
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        let rest = words.dropFirst().map { $0.uppercased().replacingOccurrences(of: ".", with: "") }
        let allowed: Set<String> = [
            "AM", "PM", "A", "M", "P", "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "GMT", "UTC", "BST",
            "CET", "CEST", "LOCAL", "TIME", "HST", "AKST", "AKDT",
        ]
        return rest.allSatisfy { allowed.contains($0) }
    }
}
