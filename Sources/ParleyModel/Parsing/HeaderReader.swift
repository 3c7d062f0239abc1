import Foundation

/// Reads a document's header lines: title, place and venue, author, and what kind of document it is.
enum HeaderReader {
    static let titleWords = [
        "statement", "remarks", "press", "availability", "briefing", "conference", "interview", "meeting", "visit",
        "communique", "communiqué", "transcript", "discuss", "talks", "speech", "address", "hearing", "readout",
    ]
    /// Site sections written before a title: "Press Releases: Press Availability ...".
    static let sectionPrefixes = ["press releases:", "media note:", "news:", "releases:", "remarks:", "transcripts:"]

    /// A press office's letterhead, never a title.
    static let letterhead = ["the white house", "office of the", "for immediate release", "presenters:", "source:"]

    /// The first header block that reads like a title, leaving out its dates (and lines that are only a
    /// date) and the press office's letterhead: first a block that starts with a title word
    /// ("Remarks by …", "Press Briefing by …"), else one that has one, else the first.
    static func title(_ headerBlocks: [[String]]) -> String? {
        let cleaned = headerBlocks.map { lines -> String in
            var text = lines.compactMap(withoutDate).filter { line in
                !letterhead.contains { line.lowercased().hasPrefix($0) } && !StageLine.isStageLine(line) && !isRoom(line)
            }.joined(separator: " ")
            for prefix in sectionPrefixes where text.lowercased().hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count)).trimmingSpaces
            }
            return text
        }.filter { !$0.isEmpty }
        let lower = cleaned.map { $0.lowercased() }
        if let i = lower.firstIndex(where: { line in titleWords.contains { line.hasPrefix($0) } }) { return cleaned[i] }
        if let i = lower.firstIndex(where: { line in titleWords.contains { line.contains($0) } }) { return cleaned[i] }
        return cleaned.first
    }

    /// A line naming the room it was said in: "James S. Brady Press Briefing Room".
    private static func isRoom(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return line.count < 60 && venueWords.contains(String(last))
    }

    /// A header line with its date cut out, or nil when little else is left ("Monday, February 27, 2017").
    private static func withoutDate(_ line: String) -> String? {
        let found = DateParser.dates(in: line)
        guard !found.isEmpty else { return line }
        var text = line as NSString
        for date in found.reversed() { text = text.replacingCharacters(in: date.range, with: "") as NSString }
        let left = (text as String).trimmingCharacters(in: CharacterSet(charactersIn: " ,:-–—|•\t"))
        return left.split(separator: " ").count >= 3 ? left : nil
    }

    static func author(_ lines: [String]) -> String? {
        for line in lines {
            guard line.hasPrefix("By ") || line.hasPrefix("by ") else { continue }
            var name = String(line.dropFirst(3))
            if let on = name.range(of: " on ") { name = String(name[..<on.lowerBound]) }
            if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
            name = name.trimmingSpaces
            if !name.isEmpty && name.split(separator: " ").count <= 5 { return name }
        }
        return nil
    }

    static func kind(title: String, header: [String], footer: [String], author: String?) -> DocumentKind {
        let head = ([title] + header).joined(separator: "\n").lowercased()
        let all = head + "\n" + footer.joined(separator: "\n").lowercased()
        if all.contains("communique") || all.contains("communiqué") || all.contains("comunicado") { return .communique }
        if head.contains("statement") || head.contains("media note") || head.contains("readout") { return .statement }
        if author != nil { return .article }
        return .document
    }

    static let venueWords: Set<String> = [
        "Auditorium", "Room", "Hall", "Building", "Center", "Centre", "House", "Ministry", "Palace", "Office",
        "Department", "Embassy", "Hotel", "Residence", "Chancery", "Theater", "Theatre", "Library", "Club", "Airport",
        "Base", "Headquarters", "Secretariat", "Chamber", "Pavilion", "Garden", "Gardens",
    ]

    // "Mexico City, Mexico", "Washington, DC", "Dean Acheson Auditorium Washington, D.C."
    private static let placePattern = try! NSRegularExpression(
        pattern: #"^(?:(.*?)\s+)??((?:[A-ZÀ-Ý][\p{L}.'’-]*)(?:\s+[A-ZÀ-Ý][\p{L}.'’-]*)*),\s*([A-ZÀ-Ý][\p{L}.]*(?:\s+[A-ZÀ-Ý][\p{L}.]*)*)$"#)

    /// The place is written beside the date, or on the line before a date line; a venue may precede it.
    /// Failing that, a line that is a place and nothing else (`Beverly Hills, California`). `line` indexes `lines`.
    static func placeAndVenue(_ lines: [String]) -> (place: String?, venue: String?, line: Int?) {
        for (i, line) in lines.enumerated() {
            guard let found = DateParser.dates(in: line).first(where: { $0.hasYear }) else { continue }
            var before = (line as NSString).substring(to: found.range.location).trimmingSpaces
            // "Aboard Air Force One  •  En Route Fargo, North Dakota  •  September 7, 2018"
            before = before.trimmingCharacters(in: CharacterSet(charactersIn: " •·|–—-\t"))
            before = stripWeekday(before)
            if !before.isEmpty {
                if let result = split(before), isPlace(result.place) { return (result.place, result.venue, i) }
                continue
            }
            guard i > 0, let result = split(lines[i - 1]), isPlace(result.place) else { continue }
            if result.venue == nil, i > 1, isVenue(lines[i - 2]) {
                return (result.place, lines[i - 2], i - 1)
            }
            return (result.place, result.venue, i - 1)
        }
        for (i, line) in lines.enumerated() where line.count < 60 {
            guard let result = split(line), isPlace(result.place) else { continue }
            if result.venue == nil, i > 0, isVenue(lines[i - 1]) { return (result.place, lines[i - 1], i) }
            return (result.place, result.venue, i)
        }
        return (nil, nil, nil)
    }

    /// "City, Region" where the region is a state or country (or an abbreviation: `DC`, `Calif.`).
    private static func isPlace(_ place: String?) -> Bool {
        guard let region = place?.split(separator: ",").last?.trimmingSpaces else { return false }
        if Places.isRegion(region) { return true }
        if region.count == 2 && region.allSatisfy(\.isUppercase) { return true }
        return region.hasSuffix(".") && region.count <= 6
    }

    /// A room or building; a title ("Department Press Briefing") names a department but is not one.
    private static func isVenue(_ line: String) -> Bool {
        let lower = line.lowercased()
        return line.count < 60 && line.split(separator: " ").contains(where: { venueWords.contains(String($0)) })
            && !["briefing", "remarks", "statement", "interview", "transcript"].contains { lower.contains($0) }
    }

    private static func stripWeekday(_ s: String) -> String {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var t = s
        for d in days where t.hasPrefix(d) { t = String(t.dropFirst(d.count)) }
        return t.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }

    /// Splits "Dean Acheson Auditorium Washington, DC" into venue and place.
    private static func split(_ text: String) -> (place: String?, venue: String?)? {
        let ns = text as NSString
        guard let m = placePattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let lead = m.range(at: 1).location == NSNotFound ? "" : ns.substring(with: m.range(at: 1))
        guard lead.isEmpty || lead.first?.isUppercase == true else { return nil }
        var cityWords = ns.substring(with: m.range(at: 2)).split(separator: " ").map(String.init)
        let region = ns.substring(with: m.range(at: 3))
        var venueWords = lead.isEmpty ? [] : lead.split(separator: " ").map(String.init)
        if let lastVenue = cityWords.lastIndex(where: { self.venueWords.contains($0) }) {
            venueWords += cityWords[...lastVenue]
            cityWords = Array(cityWords[(lastVenue + 1)...])
        }
        guard !cityWords.isEmpty, cityWords.count <= 4 else { return nil }
        let venue =
            venueWords.isEmpty ? nil : venueWords.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " •·|–—-"))
        return (cityWords.joined(separator: " ") + ", " + region, venue)
    }
}
