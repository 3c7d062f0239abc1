import Foundation

/// The days from one date to another, either end open: what `--from` and `--to` (and the browser's
/// range prompt) narrow an archive to. A year or a month stands for all its days, so `--from 2017-05
/// --to 2018` runs from May 1 2017 to December 31 2018.
public struct DateRange: Sendable, Hashable, CustomStringConvertible {
    public var from: Day?
    public var to: Day?
    /// The ends as the user wrote them, for saying which range is set.
    public var fromText: String?
    public var toText: String?

    public init(from: Day? = nil, to: Day? = nil, fromText: String? = nil, toText: String? = nil) {
        self.from = from
        self.to = to
        self.fromText = fromText ?? from?.iso
        self.toText = toText ?? to?.iso
    }

    /// Why a date could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var text: String
        public var reason: String
        public var description: String { "'\(text)' is not a date: \(reason) (write YYYY-MM-DD, YYYY-MM or YYYY)" }
    }

    /// A range from the two ends, each YYYY-MM-DD, YYYY-MM or YYYY; nil ends are open.
    public static func parse(from: String?, to: String?) throws -> DateRange {
        let start = try from.map { try period($0) }
        let end = try to.map { try period($0) }
        return DateRange(from: start?.first, to: end?.last, fromText: from, toText: to)
    }

    /// What the browser's prompt takes: `2017`, `2017-02 2017-05`, `2017-02..2017-05`, `2017-02..` or `..2017-05`.
    /// One date alone is that whole period.
    public static func parse(_ text: String) throws -> DateRange {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let dots = trimmed.range(of: "..") {
            let a = trimmed[..<dots.lowerBound].trimmingCharacters(in: .whitespaces)
            let b = trimmed[dots.upperBound...].trimmingCharacters(in: .whitespaces)
            return try parse(from: a.isEmpty ? nil : a, to: b.isEmpty ? nil : b)
        }
        let parts = trimmed.split { $0 == " " || $0 == "–" || $0 == "—" }.map(String.init).filter { $0 != "to" }
        switch parts.count {
        case 1: return try parse(from: parts[0], to: parts[0])
        case 2: return try parse(from: parts[0], to: parts[1])
        default: throw ParseError(text: text, reason: "give one date, or two: from and to")
        }
    }

    /// The first and last days of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func period(_ text: String) throws -> (first: Day, last: Day) {
        let pieces = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(pieces.count) else { throw ParseError(text: text, reason: "too many parts") }
        var numbers: [Int] = []
        for (piece, width) in zip(pieces, widths) {
            guard piece.count == width, piece.allSatisfy(\.isASCII), let n = Int(piece), n >= 0 else {
                throw ParseError(text: text, reason: "'\(piece)' should be \(width) digits")
            }
            numbers.append(n)
        }
        let year = numbers[0]
        if numbers.count == 1 { return (Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31)) }
        let month = numbers[1]
        guard (1...12).contains(month) else { throw ParseError(text: text, reason: "there is no month \(month)") }
        let length = Self.daysIn(month: month, year: year)
        if numbers.count == 2 { return (Day(year: year, month: month, day: 1), Day(year: year, month: month, day: length)) }
        let day = numbers[2]
        guard (1...length).contains(day) else {
            throw ParseError(text: text, reason: "\(Day.monthNames[month - 1]) \(year) has no day \(day)")
        }
        let d = Day(year: year, month: month, day: day)
        return (d, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// True when neither end is set: the whole archive.
    public var isUnbounded: Bool { from == nil && to == nil }

    /// Whether a meeting on `day` falls in the range. An undated meeting is in only an unbounded range.
    public func contains(_ day: Day?) -> Bool {
        if isUnbounded { return true }
        guard let day else { return false }
        if let from, day < from { return false }
        if let to, to < day { return false }
        return true
    }

    /// The range as the browser's prompt takes it back: `2017-02..2017-05`, `2017-02..`, `..2017-05`, `2017`.
    public var promptText: String {
        if let a = fromText, a == toText { return a }
        return (fromText ?? "") + ".." + (toText ?? "")
    }

    /// `2017-02 to 2017-05`, `from 2017-02`, `to 2017-05`, or `2017` when both ends name one period.
    public var description: String {
        switch (fromText, toText) {
        case let (a?, b?): return a == b ? a : "\(a) to \(b)"
        case let (a?, nil): return "from \(a)"
        case let (nil, b?): return "to \(b)"
        default: return "all dates"
        }
    }
}
