/// What one role says about its look. A nil property is left to the parent role, so a theme
/// can say only what differs (`speaker.current` sets bold and keeps the colours of `speaker`).
public struct PartialStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool?
    public var dim: Bool?
    public var italic: Bool?
    public var underline: Bool?
    public var reverse: Bool?

    public init(
        foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool? = nil, dim: Bool? = nil,
        italic: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// This style with every property it leaves open taken from `inherited`.
    public func filled(from inherited: TextStyle) -> TextStyle {
        TextStyle(
            foreground: foreground ?? inherited.foreground,
            background: background ?? inherited.background,
            bold: bold ?? inherited.bold,
            dim: dim ?? inherited.dim,
            italic: italic ?? inherited.italic,
            underline: underline ?? inherited.underline,
            reverse: reverse ?? inherited.reverse
        )
    }
}
