/// Turns terminal events into actions, according to what has the keyboard.
public enum Keymap {
    public static func actions(for event: InputEvent, mode: BrowserMode, keys: KeyTable = .standard) -> [BrowserAction] {
        switch event {
        case .resize(let size): return [.resize(size)]
        case .mouse(let button, let x, let y):
            switch button {
            case .wheelUp: return [.mouseWheel(x: x, y: y, lines: -3)]
            case .wheelDown: return [.mouseWheel(x: x, y: y, lines: 3)]
            case .left: return mode == .normal ? [.mouseClick(x: x, y: y)] : []
            }
        case .key(let key):
            switch mode {
            case .normal: return keys.action(for: key).map { [$0] } ?? []
            case .searchPrompt, .rangePrompt: return promptAction(key).map { [$0] } ?? []
            case .speakerPicker:
                switch key {
                case .up, .control("p"), .backTab: return [.pickerMove(-1)]
                case .down, .control("n"), .tab: return [.pickerMove(1)]
                default: return promptAction(key).map { [$0] } ?? []
                }
            case .meetingPicker:
                switch key {
                case .up, .control("p"): return [.pickerMove(-1)]
                case .down, .control("n"): return [.pickerMove(1)]
                case .pageUp: return [.pickerMove(-10)]
                case .pageDown: return [.pickerMove(10)]
                case .tab, .control("o"): return [.pickerAcceptOther]
                default: return promptAction(key).map { [$0] } ?? []
                }
            case .awaitingMark:
                switch key {
                case .character(let c): return [.markLetter(c)]
                default: return [.promptCancel]
                }
            case .problems:
                if let scroll = overlayScroll(key) { return [scroll] }
                switch key {
                case .character("q"), .character("!"), .escape: return [.toggleProblems]
                default: return []
                }
            case .help:
                if let scroll = overlayScroll(key) { return [scroll] }
                switch key {
                case .character("q"), .character("?"), .escape, .function(1): return [.toggleHelp]
                default: return []
                }
            }
        }
    }

    /// The keys that scroll an overlay (help, the list of problems), the same in each.
    private static func overlayScroll(_ key: Key) -> BrowserAction? {
        switch key {
        case .character("j"), .down, .enter: return .scrollLines(1)
        case .character("k"), .up: return .scrollLines(-1)
        case .character(" "), .pageDown: return .scrollPages(1)
        case .character("b"), .pageUp: return .scrollPages(-1)
        case .character("g"), .home: return .top
        default: return nil
        }
    }

    private static func promptAction(_ key: Key) -> BrowserAction? {
        switch key {
        case .character(let c): return .promptInput(c)
        case .backspace, .delete, .control("h"): return .promptBackspace
        case .enter: return .promptAccept
        case .escape, .control("c"), .control("g"): return .promptCancel
        default: return nil
        }
    }
}
