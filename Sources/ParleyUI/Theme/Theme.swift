/// A named set of styles for roles. Any role resolves: what a role leaves open comes from its
/// parent, then the parent's parent, up to `text`, property by property.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// What the theme says about each role it names, before falling back to parents.
    public let styles: [Role: PartialStyle]
    /// Resolved styles of every known and every named role, computed once because the backend
    /// asks for a style per cell per frame.
    private let resolved: [Role: TextStyle]

    public init(name: String, styles: [Role: PartialStyle]) {
        self.name = name
        self.styles = styles
        var table: [Role: TextStyle] = [:]
        for role in Role.allKnown + Array(styles.keys) {
            _ = Self.resolve(role, styles: styles, into: &table)
        }
        resolved = table
    }

    /// How cells of `role` are drawn.
    public func style(for role: Role) -> TextStyle {
        if let style = resolved[role] { return style }
        // A role nobody named has no style of its own, nor has any ancestor missing from the table
        // (those would have been named), so the nearest ancestor in the table is its style.
        var ancestor = role.parent
        while let current = ancestor {
            if let style = resolved[current] { return style }
            ancestor = current.parent
        }
        return resolved[.text] ?? .plain
    }

    private static func resolve(_ role: Role, styles: [Role: PartialStyle], into table: inout [Role: TextStyle]) -> TextStyle {
        if let done = table[role] { return done }
        let inherited = role.parent.map { resolve($0, styles: styles, into: &table) } ?? .plain
        let style = (styles[role] ?? PartialStyle()).filled(from: inherited)
        table[role] = style
        return style
    }
}

extension Theme {
    /// Attributes only, for monochrome terminals and for NO_COLOR: every state the browser shows
    /// (current turn, matches and the current match, selection, focus, status line) stays visible.
    public static let monochrome = Theme(
        name: "monochrome",
        styles: [
            .text: PartialStyle(),
            .textItalic: PartialStyle(italic: true),
            .interpreted: PartialStyle(italic: true),
            .note: PartialStyle(dim: true),
            .control: PartialStyle(reverse: true),
            .match: PartialStyle(bold: true, underline: true),
            .matchCurrent: PartialStyle(bold: true, underline: false, reverse: true),
            .titleBar: PartialStyle(reverse: true),
            .titleAccent: PartialStyle(bold: true),
            .border: PartialStyle(dim: true),
            .borderFocused: PartialStyle(bold: true, dim: false),
            .paneTitle: PartialStyle(dim: true),
            .paneTitleFocused: PartialStyle(bold: true, dim: false, reverse: true),
            .speaker: PartialStyle(bold: true),
            .speakerCurrent: PartialStyle(bold: true, underline: true, reverse: true),
            .question: PartialStyle(italic: true),
            .speakerBar: PartialStyle(),
            .speakerBarKey: PartialStyle(bold: true),
            .speakerBarSelected: PartialStyle(bold: true, reverse: true),
            .status: PartialStyle(reverse: true),
            .statusKey: PartialStyle(bold: true),
            .prompt: PartialStyle(reverse: false),
            .error: PartialStyle(bold: true, underline: true, reverse: false),
            .overlay: PartialStyle(),
            .overlayTitle: PartialStyle(bold: true, underline: true),
            .overlayKey: PartialStyle(bold: true),
            .selection: PartialStyle(reverse: true),
            .tableHeader: PartialStyle(bold: true, underline: true),
            .sharedTerm: PartialStyle(bold: true),
            .added: PartialStyle(underline: true),
            .removed: PartialStyle(dim: true),
            .traced: PartialStyle(underline: true),
        ]
    )
}
