/// A horizontal bar of block characters, eight steps to a cell (▏▎▍▌▋▊▉█): the dispersion plots of
/// timelines, in the browser and on the command line alike.
public enum BlockBar {
    private static let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `value` out of `maximum` as a bar of at most `width` cells. Any value above zero shows at least
    /// an eighth, so that one hit is never lost among hundreds.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let eighths = max(1, Int((Double(min(value, maximum)) / Double(maximum) * Double(width * 8)).rounded()))
        var out = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { out.append(partial[eighths % 8 - 1]) }
        return out
    }

    /// A count and its bar, for a column of them: the count right-aligned to as many digits as `maximum`
    /// has, so that every bar of the column starts in one place; "·" for none.
    public static func counted(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0 else { return "·" }
        let number = String(value)
        let pad = String(repeating: " ", count: max(0, String(maximum).count - number.count))
        return pad + number + " " + bar(value, of: maximum, width: width)
    }
}
