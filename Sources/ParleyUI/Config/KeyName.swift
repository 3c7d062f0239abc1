/// Keys as a config file and the help screen write them: `q`, `Ctrl-Q`, `F2`, `Enter`, `Space`, `PgDn`.
public enum KeyName {
    private static let named: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("Shift-Tab", .backTab), ("Backspace", .backspace),
        ("Delete", .delete), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp),
        ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
    ]

    /// The key a name stands for, or nil. Names of special keys ignore case; a single character is itself.
    public static func key(_ name: String) -> Key? {
        if name.count == 1, let character = name.first { return .character(character) }
        let lower = name.lowercased()
        if let known = named.first(where: { $0.0.lowercased() == lower }) { return known.1 }
        if lower == "escape" { return .escape }
        if lower.hasPrefix("ctrl-"), name.count == 6, let letter = lower.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) { return .function(number) }
        return nil
    }

    /// How help shows a key.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .function(let n): return "F\(n)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return named.first { $0.1 == key }?.0 ?? "?"
        }
    }
}
