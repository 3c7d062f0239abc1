/// A key as the browser sees it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lower-case (`.control("l")` for Ctrl-L).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

public enum MouseButton: Hashable, Sendable {
    case left, wheelUp, wheelDown
}

/// Everything that can happen to the browser from outside.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// A mouse press or wheel step at a cell (0-based column and row).
    case mouse(MouseButton, x: Int, y: Int)
    case resize(Size)
}
