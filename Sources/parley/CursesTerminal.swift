import CNcursesw
import Foundation
import Glibc
import ParleyUI

/// Why the browser could not take over the terminal.
struct TerminalUnavailable: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// The curses backend: copies grids to the screen and turns terminal input into `InputEvent`s.
/// It is the only code that talks to ncurses.
///
/// Use: `let terminal = try CursesTerminal.open(); defer { terminal.close() }`.
/// Ctrl-C, a hang-up, `kill` and crashes put the terminal back before the process ends;
/// Ctrl-Z suspends, and `fg` repaints the last frame (ncurses does both in cbreak mode).
final class CursesTerminal: TerminalBackend {
    /// Signals after which the terminal is restored before the process goes on dying.
    private static let restoringSignals: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE,
    ]

    private let screen: OpaquePointer
    /// Becomes readable when the process resumes after being stopped.
    private let continuePipe: Int32
    private var isOpen = true
    private var cursorVisible = false
    private let colorDepth: ColorDepth
    private let defaultColorsWork: Bool
    /// Attributes and colour pair per role for `cachedTheme`; pairs are allocated once per colour combination.
    private var cachedTheme: Theme?
    private var attributesByRole: [Role: (attributes: attr_t, pair: Int32)] = [:]

    private init(screen: OpaquePointer, continuePipe: Int32, colorDepth: ColorDepth, defaultColorsWork: Bool) {
        self.screen = screen
        self.continuePipe = continuePipe
        self.colorDepth = colorDepth
        self.defaultColorsWork = defaultColorsWork
    }

    deinit { close() }

    static func open() throws -> CursesTerminal {
        guard isatty(STDIN_FILENO) == 1 else {
            throw TerminalUnavailable(message: "the browser needs a terminal, but standard input is not one")
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(message: "the browser needs a terminal, but standard output is not one")
        }
        // Without the locale, curses treats UTF-8 bytes as Latin-1 and every accent breaks the layout.
        setlocale(LC_ALL, "")
        _ = parley_save_terminal_modes()
        // Installed before newterm, so ncurses leaves these signals to us instead of adding its own
        // SIGINT/SIGTERM cleanup; it still installs its SIGTSTP (suspend and repaint) and SIGWINCH handlers.
        for signal in restoringSignals {
            _ = parley_install_restoring_handler(signal)
        }
        guard let screen = openScreen() else {
            uninstallSignalHandlers()
            let name = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalUnavailable(
                message: name.isEmpty
                    ? "TERM is not set, so the terminal type is unknown"
                    : "the terminal type \"\(name)\" is not in the terminfo database")
        }
        // A terminal that cannot put the cursor at a row and column (TERM=dumb, a printing terminal)
        // would get a browser drawn as one scrolling line: say so instead.
        guard parley_capability("cup") != nil else {
            endwin()
            delscreen(screen)
            uninstallSignalHandlers()
            let name = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalUnavailable(
                message: "the terminal type \"\(name)\" cannot move the cursor, so the browser cannot draw on it; "
                    + "set TERM to your terminal's type (like xterm-256color), or use a subcommand (parley show feb)")
        }
        cbreak()
        noecho()
        nonl()
        keypad(parley_stdscr(), true)
        nodelay(parley_stdscr(), true)
        intrflush(parley_stdscr(), false)
        _ = curs_set(0)
        _ = set_escdelay(25)
        allowCtrlSAndCtrlQ()

        var colorDepth = ColorDepth.none
        var defaultColorsWork = false
        if has_colors() {
            start_color()
            defaultColorsWork = use_default_colors() == OK
            colorDepth = ColorDepth(colorCount: Int(parley_colors()))
        }
        let wanted = parley_button1_pressed() | parley_button4_pressed() | parley_button5_pressed()
        let mouseEnabled = mousemask(wanted, nil) != 0
        _ = mouseinterval(0)

        parley_set_restore_sequence(restoreSequence(mouseEnabled: mouseEnabled))
        return CursesTerminal(
            screen: screen, continuePipe: parley_install_continue_notifier(), colorDepth: colorDepth,
            defaultColorsWork: defaultColorsWork)
    }

    /// A screen for the terminal `TERM` names, or for its direct-colour entry when the terminal says
    /// it takes 24-bit colour and that entry is installed.
    private static func openScreen() -> OpaquePointer? {
        let term = getenv("TERM").map { String(cString: $0) }
        let colorTerm = getenv("COLORTERM").map { String(cString: $0) }
        for name in DirectColorTerminal.candidates(term: term, colorTerm: colorTerm) {
            if let screen = newterm(name, parley_stdout(), parley_stdin()) { return screen }
        }
        return newterm(nil, parley_stdout(), parley_stdin())
    }

    /// Gives the terminal back. Safe to call more than once; only the first call does anything.
    func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
        parley_uninstall_continue_notifier()
        Self.uninstallSignalHandlers()
    }

    var size: Size {
        Size(width: Int(parley_cols()), height: Int(parley_lines()))
    }

    func draw(_ grid: Grid, theme: Theme, cursor: (x: Int, y: Int)?) {
        guard isOpen else { return }
        if cachedTheme != theme {
            cachedTheme = theme
            attributesByRole = [:]
        }
        let window = parley_stdscr()
        // Erasing only changes curses' picture of the screen; refresh sends just the differences.
        werase(window)
        let columns = min(grid.size.width, Int(parley_cols()))
        let rows = min(grid.size.height, Int(parley_lines()))
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                let isWide = x + 1 < grid.size.width && grid[x + 1, y].isContinuation
                drawCell(cell, x: x, y: y, isWide: isWide, columns: columns, theme: theme)
            }
        }
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            if !cursorVisible {
                _ = curs_set(1)
                cursorVisible = true
            }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
        wrefresh(window)
    }

    func nextEvent() -> InputEvent? {
        if case .event(let event) = nextEvent(waitingAtMost: nil) { return event }
        return nil
    }

    func nextEvent(waitingAtMost milliseconds: Int?) -> PolledInput {
        guard isOpen else { return .ended }
        let deadline = milliseconds.map { DispatchTime.now().uptimeNanoseconds + UInt64(max(0, $0)) * 1_000_000 }
        while true {
            // Curses is asked without waiting, so the wait below can also watch for a resume after Ctrl-Z.
            // Keys curses has already read (the rest of an escape sequence) come out here first.
            var input: wint_t = 0
            let result = wget_wch(parley_stdscr(), &input)
            if result != ERR {
                let event =
                    result == KEY_CODE_YES ? eventForKeyCode(Int32(bitPattern: input)) : eventForCharacter(UInt32(input))
                // Ctrl-L asks for the whole screen to be painted again, whatever curses thinks is there.
                if event == .key(.control("l")) { clearok(parley_stdscr(), true) }
                if let event { return .event(event) }
                continue
            }
            var wait: Int32 = -1
            if let deadline {
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < deadline else { return .nothingYet }
                wait = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            }
            var waiting = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: continuePipe, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&waiting, nfds_t(continuePipe >= 0 ? 2 : 1), wait) < 0 {
                // A signal (a resize) interrupted the wait; curses reports it on the next call.
                if errno == EINTR { continue }
                return .ended
            }
            if waiting[1].revents != 0 {
                parley_drain(continuePipe)
            }
            // Readable with nothing to read: the terminal has hung up or input reached its end.
            if waiting[0].revents != 0, parley_pending_input(STDIN_FILENO) == 0 {
                return .ended
            }
        }
    }

    /// OSC 52: the terminal (and tmux with `set-clipboard on`, and SSH, which just passes it on) puts the
    /// base64 text on the system clipboard. Written straight to the terminal after curses has flushed its
    /// frame, so the escape never lands in a cell.
    func copyToClipboard(_ text: String) {
        guard isOpen else { return }
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fflush(parley_stdout())
        fputs(sequence, parley_stdout())
        fflush(parley_stdout())
    }

    // MARK: - Drawing

    private func drawCell(_ cell: Cell, x: Int, y: Int, isWide: Bool, columns: Int, theme: Theme) {
        let (attributes, pair) = attributes(for: cell.role, theme: theme)
        // Nearly every cell is one printable ASCII character: drawn without building arrays of scalars,
        // which took longer than the rest of drawing a frame.
        if !isWide, let ascii = Self.printableASCII(cell.text) {
            var text: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
            var drawn = cchar_t()
            _ = withUnsafePointer(to: &text) { characters in
                characters.withMemoryRebound(to: wchar_t.self, capacity: 2) { parley_setcchar(&drawn, $0, attributes, pair) }
            }
            _ = mvwadd_wch(parley_stdscr(), Int32(y), Int32(x), &drawn)
            return
        }
        let scalars = Array(cell.text.unicodeScalars)
        let replacement: Unicode.Scalar = "\u{FFFD}"
        guard let first = scalars.first else {
            put([" "], x: x, y: y, attributes: attributes, pair: pair)
            return
        }
        // The grid and the C library may disagree about a character's width; drawing something of the
        // width the grid expects keeps curses' columns and ours in step.
        let terminalWidth = Int(parley_wcwidth(wchar_t(bitPattern: first.value)))
        var glyph = [first] + scalars.dropFirst().filter { parley_wcwidth(wchar_t(bitPattern: $0.value)) == 0 }
        glyph = Array(glyph.prefix(Int(CCHARW_MAX) - 1))
        if isWide && x + 1 < columns {
            if terminalWidth == 2 {
                put(glyph, x: x, y: y, attributes: attributes, pair: pair)
            } else {
                put(terminalWidth == 1 ? glyph : [replacement], x: x, y: y, attributes: attributes, pair: pair)
                put([" "], x: x + 1, y: y, attributes: attributes, pair: pair)
            }
        } else if isWide {
            put([" "], x: x, y: y, attributes: attributes, pair: pair)
        } else {
            put(terminalWidth == 1 ? glyph : [replacement], x: x, y: y, attributes: attributes, pair: pair)
        }
    }

    /// The text's one byte when it is a single printable ASCII character.
    private static func printableASCII(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        guard utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F else { return nil }
        return byte
    }

    private func put(_ scalars: [Unicode.Scalar], x: Int, y: Int, attributes: attr_t, pair: Int32) {
        var text = scalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        var cell = cchar_t()
        if parley_setcchar(&cell, text, attributes, pair) == ERR {
            var fallback: [wchar_t] = [wchar_t(bitPattern: 0xFFFD), 0]
            _ = parley_setcchar(&cell, &fallback, attributes, pair)
        }
        // Writing the bottom-right cell returns ERR because the cursor cannot move on; the cell is still set.
        _ = mvwadd_wch(parley_stdscr(), Int32(y), Int32(x), &cell)
    }

    private func attributes(for role: Role, theme: Theme) -> (attributes: attr_t, pair: Int32) {
        if let known = attributesByRole[role] { return known }
        let style = theme.style(for: role)
        var attributes = parley_attr_normal()
        if style.bold { attributes |= parley_attr_bold() }
        if style.dim { attributes |= parley_attr_dim() }
        if style.italic { attributes |= parley_attr_italic() }
        if style.underline { attributes |= parley_attr_underline() }
        if style.reverse { attributes |= parley_attr_reverse() }
        var pair: Int32 = 0
        if colorDepth != .none {
            let foreground = style.foreground.cursesColor(depth: colorDepth)
            let background = style.background.cursesColor(depth: colorDepth)
            if foreground != nil || background != nil {
                // Without default-colour support, "the terminal's colour" has to be guessed as white on black.
                let fg = Int32(foreground ?? (defaultColorsWork ? -1 : Int(COLOR_WHITE)))
                let bg = Int32(background ?? (defaultColorsWork ? -1 : Int(COLOR_BLACK)))
                pair = max(0, alloc_pair(fg, bg))
            }
        }
        attributesByRole[role] = (attributes, pair)
        return (attributes, pair)
    }

    // MARK: - Input

    private func eventForKeyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return mouseEvent()
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func eventForCharacter(_ value: UInt32) -> InputEvent? {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Character(UnicodeScalar(UInt8(value + 0x60)))))
        case 0x1C...0x1F: return .key(.control(Character(UnicodeScalar(UInt8(value + 0x40)))))
        case 0x00, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & parley_button4_pressed() != 0 { return .mouse(.wheelUp, x: x, y: y) }
        if event.bstate & parley_button5_pressed() != 0 { return .mouse(.wheelDown, x: x, y: y) }
        if event.bstate & parley_button1_pressed() != 0 { return .mouse(.left, x: x, y: y) }
        return nil
    }

    // MARK: - Terminal state

    /// cbreak leaves XON/XOFF on, and Ctrl-S would then freeze the screen until Ctrl-Q.
    private static func allowCtrlSAndCtrlQ() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        if tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 {
            // Recorded as curses' program mode, so it survives Ctrl-Z and fg.
            def_prog_mode()
        }
    }

    /// What a signal handler writes to undo curses' changes to the screen, taken from terminfo.
    private static func restoreSequence(mouseEnabled: Bool) -> String {
        func capability(_ name: String) -> String {
            parley_capability(name).map { String(cString: $0) } ?? ""
        }
        // Mouse modes 1000 (press), 1002/1003 (motion) and 1006 (SGR coordinates) off.
        let mouseOff = mouseEnabled ? "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l" : ""
        return capability("sgr0") + mouseOff + capability("rmkx") + capability("cnorm") + capability("rmcup")
    }

    private static func uninstallSignalHandlers() {
        for signal in restoringSignals {
            parley_uninstall_restoring_handler(signal)
        }
    }
}
