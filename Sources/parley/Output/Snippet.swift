import ParleyModel

/// A hit with some of its paragraph around it, cut at spaces, `…` where the paragraph goes on.
struct Snippet: Encodable, Sendable {
    var before: String
    var match: String
    var after: String

    /// `range` counts `Character`s. Where each of the text's `Character`s is one scalar (nearly every
    /// transcript), the text is cut on its scalars, without grapheme breaking.
    init(text: String, range: Range<Int>, context: Int) {
        if ScalarText.charactersAreScalars(text) {
            self.init(Array(text.unicodeScalars), range: range, context: context, space: " ") { String(String.UnicodeScalarView($0)) }
        } else {
            self.init(Array(text), range: range, context: context, space: " ") { String($0) }
        }
    }

    private init<Unit: Equatable>(
        _ chars: [Unit], range: Range<Int>, context: Int, space: Unit, string: (ArraySlice<Unit>) -> String
    ) {
        match = string(chars[range])
        let from = max(0, range.lowerBound - context)
        var head = chars[from..<range.lowerBound]
        if from > 0, let cut = head.firstIndex(of: space), chars[from - 1] != space {
            // Start at a word: drop the cut word's tail unless the cut fell on a space already.
            head = head[(cut + 1)...]
        }
        before = (from > 0 ? "…" : "") + string(head)
        let to = min(chars.count, range.upperBound + context)
        var tail = chars[range.upperBound..<to]
        if to < chars.count, let cut = tail.lastIndex(of: space), chars[to] != space { tail = tail[..<cut] }
        after = string(tail) + (to < chars.count ? "…" : "")
    }

    enum CodingKeys: String, CodingKey { case before, match, after }

    /// `…the [deportations] of…`
    var marked: String { before + "[" + match + "]" + after }
}
