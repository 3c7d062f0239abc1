import Foundation

/// Groups documents into meetings: each day and place with a transcript is a meeting; a related
/// document joins the meeting whose day it mentions (a communique posted days later still names the day).
enum MeetingGrouper {
    static func group(_ parsed: [ParsedDocument]) -> [Meeting] {
        var order: [Key] = []
        var members: [Key: [Int]] = [:]
        for (i, p) in parsed.enumerated() where p.document.kind == .transcript {
            let key = Key(date: p.document.date, place: p.document.place ?? "Unknown place")
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        var unattached: [Int] = []
        for (i, p) in parsed.enumerated() where p.document.kind != .transcript {
            let mentioned = Set(p.mentionedDates)
            // The first meeting day the document mentions, in the order it mentions them.
            let candidates = p.mentionedDates.compactMap { day in order.first { $0.date == day } }
            if let key = candidates.first ?? order.first(where: { $0.date != nil && mentioned.contains($0.date!) }) {
                members[key, default: []].append(i)
            } else if let date = p.document.date, let nearest = nearestBefore(date, in: order) {
                members[nearest, default: []].append(i)
            } else {
                unattached.append(i)
            }
        }
        // Documents that match no transcript make meetings of their own, by their date.
        for i in unattached {
            let doc = parsed[i].document
            let key = Key(date: doc.date, place: doc.place ?? "Unknown place")
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
    }

    /// The latest meeting on or before the day, else the earliest after it.
    private static func nearestBefore(_ date: Day, in keys: [Key]) -> Key? {
        let dated = keys.filter { $0.date != nil }
        if let before = dated.filter({ $0.date! <= date }).max(by: { $0.date! < $1.date! }) { return before }
        return dated.min { $0.date! < $1.date! }
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
