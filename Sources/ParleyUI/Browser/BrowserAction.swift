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
    case openMeetingPicker
    /// In the meeting picker: put the selected meeting in the other pane rather than the focused one.
    case pickerAcceptOther
    /// The focused pane's meeting: the next (1) or previous (-1) by date.
    case stepMeeting(Int)
    /// The focused pane's meeting: the next or previous by date where the chosen speaker (or the one on top) spoke.
    case stepSpeakerMeeting(Int)
    /// Open the prompt for the dates to narrow the archive to.
    case beginDateRange
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
    /// Asks the app to write the current theme to the config file.
    case keepTheme
    /// Asks the app to copy the focused pane's passage on top, with its citation, to the clipboard.
    case copyPassage
    case resize(Size)
    case mouseWheel(x: Int, y: Int, lines: Int)
    case mouseClick(x: Int, y: Int)
    case pickerMove(Int)
    /// Enter: in a list view, show the selected item's passage; side by side, one line down.
    case activate
    case nextView
    /// Straight to the timeline view, or back to side by side from it, without working out the views between.
    case toggleTimeline
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
