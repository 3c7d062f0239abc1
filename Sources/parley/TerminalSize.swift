import Glibc

/// The size the kernel gives a terminal.
enum TerminalSize {
    /// Columns of the terminal open on `descriptor`, or nil when it is not one or reports none.
    static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
