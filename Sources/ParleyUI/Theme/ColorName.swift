/// The colour forms a theme file accepts: `default`, the sixteen names (and `gray`/`grey`),
/// `colorN`/`colourN` for 0–255, and `#rrggbb`. Anything else that looks like a name may be a palette entry.
enum ColorName {
    enum Reading: Equatable {
        case color(TerminalColor)
        /// A lower-case word that is no colour name: it must be a palette entry.
        case reference(String)
        case invalid(String)
    }

    static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Every name that means a fixed colour, which a palette may therefore not redefine.
    static let namedColors: [String: TerminalColor] = {
        var names: [String: TerminalColor] = ["default": .default, "gray": .indexed(8), "grey": .indexed(8)]
        for (index, name) in basicNames.enumerated() {
            names[name] = .indexed(index)
            names["bright-" + name] = .indexed(index + 8)
        }
        return names
    }()

    static func read(_ text: String) -> Reading {
        let word = text.lowercased()
        if let named = namedColors[word] { return .color(named) }
        if word.hasPrefix("#") { return readHex(text) }
        for prefix in ["colour", "color"] where word.hasPrefix(prefix) {
            let digits = word.dropFirst(prefix.count)
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
                guard let index = Int(digits), (0...255).contains(index) else {
                    return .invalid("colour index \(digits) is out of range 0–255 in '\(text)'")
                }
                return .color(.indexed(index))
            }
        }
        if isPaletteName(text) { return .reference(text) }
        return .invalid("unknown colour '\(text)'")
    }

    /// Palette names are lower-case words joined by hyphens, like role path segments.
    static func isPaletteName(_ text: String) -> Bool { RoleName.isWord(Substring(text)) }

    private static func readHex(_ text: String) -> Reading {
        let digits = text.dropFirst()
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
            return .invalid("'\(text)' is not a #rrggbb colour")
        }
        return .color(.rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)))
    }
}

/// Role names in theme files: dotted paths of lower-case words (`speaker.current`, `diff.added`).
enum RoleName {
    static func isWellFormed(_ text: String) -> Bool {
        !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isWord)
    }

    /// A lower-case ASCII word, digits allowed after the first letter, hyphens only between letters or digits.
    static func isWord(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase, text.last != "-" else { return false }
        var previous: Character = first
        for character in text.dropFirst() {
            let allowed = character.isASCII && (character.isLowercase || character.isNumber || character == "-")
            if !allowed || (character == "-" && previous == "-") { return false }
            previous = character
        }
        return true
    }
}
