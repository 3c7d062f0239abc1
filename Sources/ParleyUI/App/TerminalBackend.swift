/// The one thing that talks to a real terminal. The browser draws into a `Grid` and asks for
/// events; the backend copies grids to the screen and turns terminal input into `InputEvent`s.
public protocol TerminalBackend: AnyObject {
    /// The screen's size now.
    var size: Size { get }
    /// Shows a frame. Cells are drawn with `theme.style(for: cell.role)`.
    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?)
    /// Waits for the next event; nil when input has ended (the terminal went away).
    func nextEvent() -> InputEvent?
    /// Waits for the next event at most this long (nil: as long as it takes), so a screen can be redrawn
    /// while work goes on elsewhere.
    func nextEvent(waitingAtMost milliseconds: Int?) -> PolledInput
    /// Puts text on the terminal's clipboard (OSC 52, which also works over SSH), outside the cell grid.
    func copyToClipboard(_ text: String)
}

/// What waiting a while for input brought.
public enum PolledInput: Equatable, Sendable {
    case event(InputEvent)
    /// The time ran out first.
    case nothingYet
    /// Input has ended: the terminal went away.
    case ended
}

extension TerminalBackend {
    /// Backends that cannot wait with a time limit (test doubles) hand out their next event at once.
    public func nextEvent(waitingAtMost milliseconds: Int?) -> PolledInput {
        nextEvent().map { .event($0) } ?? .ended
    }

    /// Backends with no clipboard (test doubles) drop the text.
    public func copyToClipboard(_ text: String) {}
}
