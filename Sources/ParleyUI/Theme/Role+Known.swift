extension Role {
    /// Every role declared in Role.swift, so a theme can be checked and resolved ahead of drawing.
    /// A test compares this list with the declarations, so a new role cannot be left out.
    public static let allKnown: [Role] = [
        .text, .textItalic, .interpreted, .interpretedItalic, .note, .control,
        .match, .matchCurrent,
        .titleBar, .titleAccent,
        .border, .borderFocused, .paneTitle, .paneTitleFocused,
        .speaker, .speakerCurrent, .question,
        .speakerBar, .speakerBarKey, .speakerBarSelected,
        .status, .statusKey, .prompt, .error,
        .overlay, .overlayTitle, .overlayKey, .selection,
        .tableHeader, .sharedTerm, .added, .removed, .traced,
    ]
}
