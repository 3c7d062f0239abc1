import Foundation

/// Groups documents into meetings: each day and place with a transcript is a meeting (a transcript
/// without a date is a meeting of its own, never merged with another); a related document joins the
/// meeting of its own day, else of the first meeting day it mentions (a communique posted days later
/// still names the day), preferring the meeting at its place when both name one; otherwise it is its own.
enum MeetingGrouper {
    static func group(_ parsed: [ParsedDocument]) -> [Meeting] {
        var order: [Key] = []
        var members: [Key: [Int]] = [:]
        for (i, p) in parsed.enumerated() where p.document.kind == .transcript {
            let key = Key(date: p.document.date, place: p.document.place ?? "Unknown place", undated: p.document.date == nil ? i : nil)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        var unattached: [Int] = []
        for (i, p) in parsed.enumerated() where p.document.kind != .transcript {
            let doc = p.document
            let days = (doc.date.map { [$0] } ?? []) + p.mentionedDates
            let key = days.lazy.compactMap { day -> Key? in
                let sameDay = order.filter { $0.date == day }
                return sameDay.first { doc.place != nil && $0.place == doc.place } ?? sameDay.first
            }.first
            if let key {
                members[key, default: []].append(i)
            } else {
                unattached.append(i)
            }
        }
        // Documents that match no transcript make meetings of their own, by their date.
        for i in unattached {
            let doc = parsed[i].document
            let key = Key(date: doc.date, place: doc.place ?? "Unknown place", undated: doc.date == nil ? i : nil)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        let sorted = order.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
        var usedIDs: Set<String> = []
        return sorted.map { key in
            let short = String(key.place.split(separator: ",").first ?? "")
            var id = [key.date?.iso ?? "undated", slug(short)].filter { !$0.isEmpty }.joined(separator: "-")
            var n = 2
            let base = id
            while usedIDs.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            usedIDs.insert(id)
            let docs = members[key]!.sorted { a, b in
                let ta = parsed[a].document.kind == .transcript, tb = parsed[b].document.kind == .transcript
                return ta != tb ? ta : a < b
            }
            return Meeting(id: id, date: key.date, place: key.place, documentIndices: docs)
        }
    }

    private struct Key: Hashable {
        var date: Day?
        var place: String
        /// For an undated document, its own index: two undated texts are never one meeting.
        var undated: Int? = nil
    }
}

/// `Mexico City` → `mexico-city`; accents folded, anything but letters and digits becomes a dash.
func slug(_ s: String) -> String {
    let folded = Tokenizer.fold(s)
    var out = ""
    for ch in folded {
        if ch.isLetter || ch.isNumber {
            out.append(ch)
        } else if !out.isEmpty && out.last != "-" {
            out.append("-")
        }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
}
