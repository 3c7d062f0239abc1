import Foundation
import ParleyModel

/// An archive of thousands of meetings, each on a day of its own, made in memory from the built-in
/// transcripts: what the meeting picker must filter as fast as the user types. The 100 MB test corpus
/// has only a few dozen meetings (its files share their dates), so it cannot show that.
enum SyntheticArchive {
    static let places = [
        "Mexico City, Mexico", "Washington, DC", "Houston, Texas", "Monterrey, Mexico", "Guatemala City, Guatemala",
        "Ottawa, Canada", "San Diego, California", "Tegucigalpa, Honduras", "Miami, Florida", "Cancún, Mexico",
    ]

    /// `count` transcripts, one a day from January 1 2000, taking turns between the built-in transcripts and
    /// the places above; Kelly speaks at every third meeting only, so that following him skips meetings.
    /// With `paragraphs`, each transcript keeps only its first paragraphs (header lines and the first turns).
    static func sources(meetings count: Int, paragraphs: Int? = nil) -> [(name: String, text: String)] {
        let builtIn = CorpusLoader.builtIn()
        let transcripts = builtIn.documents.filter { $0.kind == .transcript }.map(\.sourceText).map { text in
            paragraphs.map { text.components(separatedBy: "\n\n").prefix($0).joined(separator: "\n\n") } ?? text
        }
        // Where each built-in transcript says where and when it was said.
        let headings = ["Mexico City, Mexico\nFebruary 23, 2017", "Dean Acheson Auditorium Washington, DC May 18, 2017"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2000, month: 1, day: 1))!
        return (0..<count).map { i in
            let day = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: i, to: start)!)
            let date = "\(Day.monthNames[day.month! - 1]) \(day.day!), \(day.year!)"
            var text = transcripts[i % transcripts.count]
            for heading in headings {
                text = text.replacingOccurrences(of: heading, with: places[i % places.count] + "\n" + date)
            }
            if i % 3 != 0 { text = text.replacingOccurrences(of: "SECRETARY KELLY:", with: "SECRETARY NIELSEN:") }
            return (String(format: "m%05d.txt", i), text)
        }
    }
}
