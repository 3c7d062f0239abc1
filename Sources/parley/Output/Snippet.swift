/// A hit with some of its paragraph around it, cut at spaces, `…` where the paragraph goes on.
struct Snippet: Encodable, Sendable {
    var before: String
    var match: String
    var after: String

    init(text: String, range: Range<Int>, context: Int) {
        let chars = Array(text)
        match = String(chars[range])
        let from = max(0, range.lowerBound - context)
        var head = String(chars[from..<range.lowerBound])
        if from > 0 {
            // Start at a word: drop the cut word's tail unless the cut fell on a space already.
            if let space = head.firstIndex(of: " "), chars[from - 1] != " " { head = String(head[head.index(after: space)...]) }
            head = "…" + head
        }
        let to = min(chars.count, range.upperBound + context)
        var tail = String(chars[range.upperBound..<to])
        if to < chars.count {
            if let space = tail.lastIndex(of: " "), chars[to] != " " { tail = String(tail[..<space]) }
            tail += "…"
        }
        before = head
        after = tail
    }

    enum CodingKeys: String, CodingKey { case before, match, after }

    /// `…the [deportations] of…`
    var marked: String { before + "[" + match + "]" + after }
}
