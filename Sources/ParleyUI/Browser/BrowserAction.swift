/// Everything the user can ask the browser to do. Keys and mouse events become actions (see `Keymap`).
public enum BrowserAction: Hashable, Sendable {
    case scrollLines(Int)
    case scrollPages(Int)
    case scrollHalfPages(Int)
    case top, bottom
    case focus(PaneSide)
    case focusOther
    case toggleSync
    case nextTurn, previousTurn
    case nextTurnOfSpeaker, previousTurnOfSpeaker
    /// A digit: 1–9 pick the person in that slot, 0 everyone.
    case speakerSlot(Int)
    case selectSpeaker(String?)
    case openSpeakerPicker
    case beginSearch
    case promptInput(Character)
    case promptBackspace
    case promptAccept
    case promptCancel
    case nextMatch, previousMatch
    case clearSearch
    case toggleHelp
    case toggleProblems
    case nextTheme
    case resize(Size)
    case mouseWheel(x: Int, y: Int, lines: Int)
    case mouseClick(x: Int, y: Int)
    case pickerMove(Int)
    /// Enter: in a list view, show the selected item's passage; side by side, one line down.
    case activate
    case nextView
    /// Side by side after Enter on a list item: back to that list, on the same item.
    case back
    /// `"`: where the passage at the top is quoted; in the documents view, the next place.
    case showQuotingSentence
    /// In keyword in context: order the hits by the next of position, speaker, word before, word after.
    case nextOrder
    case beginSetMark, beginGoToMark
    case markLetter(Character)
    case redraw
    case quit
}
