import Foundation
import ParleyModel

/// The screen shown while a large corpus loads: what is being read, how much of it is done, and how to quit.
public enum LoadingView {
    /// `typedAhead`: keys pressed meanwhile, shown so the user knows they were not lost.
    public static func render(_ progress: LoadProgress.Snapshot, source: String, size: Size, typedAhead: [InputEvent] = []) -> Grid {
        var grid = Grid(size: size)
        let width = size.width
        guard width > 0, size.height > 0 else { return grid }
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .titleBar)
        let x = grid.put(" parley ", x: 0, y: 0, role: .titleAccent)
        grid.put(" " + DisplayWidth.truncate(source, to: max(0, width - x - 2)), x: x, y: 0, role: .titleBar)

        var lines = [counts(progress)]
        if progress.stage == .parsing || progress.stage == .reading { lines.append(bar(progress, width: min(60, max(10, width - 8)))) }
        if !typedAhead.isEmpty { lines += ["", "typed ahead: " + typedText(typedAhead) + " (done once loaded)"] }
        let top = max(1, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let shown = DisplayWidth.truncate(line, to: max(0, width - 2))
            grid.put(shown, x: max(1, (width - DisplayWidth.of(shown)) / 2), y: top + i, role: .text)
        }
        let bottom = size.height - 1
        if bottom > 0 {
            grid.fill(Rect(x: 0, y: bottom, width: width, height: 1), role: .status)
            let keyWidth = grid.put("  q", x: 0, y: bottom, role: .statusKey)
            grid.put(" quit", x: keyWidth, y: bottom, role: .status)
        }
        return grid
    }

    /// Keys as typed, the last ones when they are many: `/cartels⏎`.
    static func typedText(_ events: [InputEvent]) -> String {
        let names = events.compactMap { event -> String? in
            guard case .key(let key) = event else { return nil }
            switch key {
            case .character(let c): return String(c)
            case .control(let c): return "^" + c.uppercased()
            case .enter: return "⏎"
            case .escape: return "Esc "
            case .tab: return "⇥"
            case .backspace: return "⌫"
            case .up: return "↑"
            case .down: return "↓"
            case .left: return "←"
            case .right: return "→"
            default: return "·"
            }
        }
        let text = names.joined()
        return text.count > 30 ? "…" + text.suffix(29) : text
    }

    /// `parsing 1,234 of 3,420 files · 35.2 of 100.0 MB`
    static func counts(_ progress: LoadProgress.Snapshot) -> String {
        if progress.stage == .linking { return "grouping meetings and people…" }
        if progress.stage == .indexing { return "keeping the parsed files and their search index in the cache…" }
        guard progress.filesTotal > 0 else { return "finding the files…" }
        var text = "\(progress.stage.rawValue) \(grouped(progress.filesDone)) of \(grouped(progress.filesTotal)) files"
        if progress.bytesTotal > 0 {
            text += " · " + megabytes(progress.bytesDone, of: progress.bytesTotal)
        }
        return text
    }

    /// `█████████▌░░░░░░░░░░  47%`, the bar drawn in eighths of a cell.
    static func bar(_ progress: LoadProgress.Snapshot, width: Int) -> String {
        let cells = max(1, width - 6)
        let eighths = Int((progress.fraction * Double(cells * 8)).rounded(.down))
        let full = eighths / 8
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let filled = String(repeating: "█", count: full) + partial
        let empty = String(repeating: "░", count: max(0, cells - full - (partial.isEmpty ? 0 : 1)))
        let percent = String(Int((progress.fraction * 100).rounded(.down)))
        return filled + empty + String(repeating: " ", count: 5 - percent.count) + percent + "%"
    }

    static func megabytes(_ done: Int, of total: Int) -> String {
        let unit = 1_048_576.0
        if Double(total) < unit / 10 { return "\(grouped(done / 1024)) of \(grouped(total / 1024)) KB" }
        return String(format: "%.1f of %.1f MB", Double(done) / unit, Double(total) / unit)
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
