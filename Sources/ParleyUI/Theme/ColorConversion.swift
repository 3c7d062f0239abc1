extension TerminalColor {
    /// The colour number to ask the terminal for, given how many colours it has; nil for the terminal's
    /// own colour, and for terminals with fewer than 8 colours (attributes must carry the meaning there).
    ///
    /// With 256 colours or more, indexed colours pass through and `#rrggbb` becomes the nearest colour of
    /// the 6×6×6 cube or the grey ramp. With 16 (or 88) colours, anything beyond 15 becomes the nearest of
    /// the 16 standard colours; with 8, the nearest of 0–7. Nearest means least squared RGB distance, the
    /// lowest number winning a tie; a grey only ever becomes one of the standard greys (0, 7, 8, 15).
    public func paletteIndex(colorCount: Int) -> Int? {
        let available: Int
        switch colorCount {
        case 256...: available = 256
        case 16...: available = 16
        case 8...: available = 8
        default: return nil
        }
        switch self {
        case .default:
            return nil
        case .indexed(let index):
            guard (0...255).contains(index) else { return nil }
            if index < available { return index }
            return Self.nearestStandard(to: Self.rgb(ofIndex: index), count: available)
        case .rgb(let red, let green, let blue):
            let color = RGB(red: Int(red), green: Int(green), blue: Int(blue))
            if available == 256 { return Self.nearestCubeOrGrey(to: color) }
            return Self.nearestStandard(to: color, count: available)
        }
    }

    struct RGB: Equatable {
        var red: Int
        var green: Int
        var blue: Int

        func distance(to other: RGB) -> Int {
            let (r, g, b) = (red - other.red, green - other.green, blue - other.blue)
            return r * r + g * g + b * b
        }
    }

    /// xterm's default values for colours 0–15: what most terminals show unless the user changed them.
    static let standardColors: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ].map { RGB(red: $0.0, green: $0.1, blue: $0.2) }

    /// The channel values of the 6×6×6 colour cube, colours 16–231.
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of one of the 256 xterm colours.
    static func rgb(ofIndex index: Int) -> RGB {
        switch index {
        case ..<16:
            return standardColors[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[(cube / 6) % 6], blue: cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return RGB(red: grey, green: grey, blue: grey)
        }
    }

    /// Colours 0–15 are left out on purpose: users and terminal themes redefine them, while 16–255 are fixed.
    private static func nearestCubeOrGrey(to color: RGB) -> Int {
        // Squared distance adds up channel by channel, so the nearest cube colour takes the nearest level
        // in each channel; the nearest grey is the ramp step nearest the channels' mean.
        func nearestLevel(_ value: Int) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
        }
        let cubeIndex = 16 + 36 * nearestLevel(color.red) + 6 * nearestLevel(color.green) + nearestLevel(color.blue)
        let mean = Double(color.red + color.green + color.blue) / 3
        let step = min(23, max(0, Int(((mean - 8) / 10).rounded())))
        let greyIndex = 232 + step
        let cubeDistance = rgb(ofIndex: cubeIndex).distance(to: color)
        let greyDistance = rgb(ofIndex: greyIndex).distance(to: color)
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// The greys among 0–15: black, white, bright black, bright white.
    private static let standardGreys = [0, 7, 8, 15]

    /// A colour whose channels differ by less than this is treated as a grey.
    private static let greyChroma = 32

    private static func nearestStandard(to color: RGB, count: Int) -> Int {
        // By distance alone a middle grey lands on yellow (205,205,0) at 8 colours; greys keep to the greys,
        // so grey text stays grey and readable instead of turning into a hue.
        let channels = [color.red, color.green, color.blue]
        let isGrey = (channels.max() ?? 0) - (channels.min() ?? 0) < greyChroma
        let candidates = isGrey ? standardGreys.filter { $0 < count } : Array(0..<count)
        return candidates.min { standardColors[$0].distance(to: color) < standardColors[$1].distance(to: color) } ?? 0
    }
}
