/// What a cell shows, by meaning, not by colour: themes give each role its colours.
/// Roles are dotted paths; a theme that does not name one falls back to its parent,
/// property by property (`speaker.current` → `speaker` → `text`), so every role resolves.
public struct Role: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }

    public var description: String { name }

    /// The role this one falls back to; nil for `text`, the root.
    public var parent: Role? {
        if name == "text" { return nil }
        guard let dot = name.lastIndex(of: ".") else { return .text }
        return Role(String(name[..<dot]))
    }
}

extension Role {
    public static let text: Role = "text"
    public static let textItalic: Role = "text.italic"
    public static let interpreted: Role = "text.interpreted"
    public static let interpretedItalic: Role = "text.interpreted.italic"
    public static let note: Role = "text.note"
    /// A control character shown visibly (`^A`).
    public static let control: Role = "text.control"
    public static let match: Role = "match"
    public static let matchCurrent: Role = "match.current"

    public static let titleBar: Role = "title"
    public static let titleAccent: Role = "title.accent"

    public static let border: Role = "border"
    public static let borderFocused: Role = "border.focused"
    public static let paneTitle: Role = "pane.title"
    public static let paneTitleFocused: Role = "pane.title.focused"

    public static let speaker: Role = "speaker"
    /// The label of the turn the pane is on.
    public static let speakerCurrent: Role = "speaker.current"
    public static let question: Role = "speaker.question"

    public static let speakerBar: Role = "bar"
    public static let speakerBarKey: Role = "bar.key"
    public static let speakerBarSelected: Role = "bar.selected"

    public static let status: Role = "status"
    public static let statusKey: Role = "status.key"
    public static let prompt: Role = "status.prompt"
    public static let error: Role = "status.error"

    public static let overlay: Role = "overlay"
    public static let overlayTitle: Role = "overlay.title"
    public static let overlayKey: Role = "overlay.key"
    public static let selection: Role = "selection"

    public static let tableHeader: Role = "table.header"
    public static let sharedTerm: Role = "diff.shared"
    public static let added: Role = "diff.added"
    public static let removed: Role = "diff.removed"
    public static let traced: Role = "traced"
}
