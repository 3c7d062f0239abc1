/// What a terminal does with colour numbers: a palette of 8, 16, 88 or 256 colours, or direct colour,
/// where curses reads a colour number as `0xRRGGBB` (terminfo's `RGB` capability, `COLORS` above 256).
public enum ColorDepth: Hashable, Sendable {
    /// Fewer than 8 colours: attributes carry the meaning.
    case none
    /// A palette of this many colours.
    case palette(Int)
    /// 24-bit colour.
    case direct

    /// The depth of a terminal whose terminfo gives `colorCount` colours.
    public init(colorCount: Int) {
        switch colorCount {
        case 257...: self = .direct
        case 8...: self = .palette(colorCount)
        default: self = .none
        }
    }
}

extension TerminalColor {
    /// The colour number to give curses at `depth`; nil for the terminal's own colour, and below 8 colours.
    ///
    /// On a palette this is `paletteIndex(colorCount:)`. In direct colour a number below 8 still means one
    /// of the terminal's 8 basic colours (so `indexed` 0–7 pass through as the theme asked), and any other
    /// number is red, green and blue: indexed colours become their xterm RGB values, and true colours are
    /// sent as they are, the few that would fall below 8 nudged to 8 (`#000008`, indistinguishable).
    public func cursesColor(depth: ColorDepth) -> Int? {
        switch depth {
        case .none:
            return nil
        case .palette(let count):
            return paletteIndex(colorCount: count)
        case .direct:
            switch self {
            case .default:
                return nil
            case .indexed(let index):
                guard (0...255).contains(index) else { return nil }
                if index < 8 { return index }
                return Self.packed(Self.rgb(ofIndex: index))
            case .rgb(let red, let green, let blue):
                return max(8, Self.packed(RGB(red: Int(red), green: Int(green), blue: Int(blue))))
            }
        }
    }

    static func packed(_ color: RGB) -> Int {
        color.red << 16 | color.green << 8 | color.blue
    }
}
