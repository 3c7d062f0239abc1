import Foundation
import ParleyModel

/// The timeline view's subject and its Enter, and the date range that narrows the archive.
extension BrowserState {
    /// Whom the timeline follows: the chosen speaker; with everyone shown and a search active, no one
    /// (the timeline is the search's); else whoever speaks at the top of the focused pane.
    public func timelineSubject(context: BrowserContext) -> String? {
        if let speaker { return speaker }
        if activeQuery != nil { return nil }
        let layout = layout(focus, context: context)
        guard !layout.turns.isEmpty else { return nil }
        return layout.turns[top(focus, context: context).turn].speakerID
    }

    /// Puts a meeting in the pane beside the focused one (or finds it where it already is), at `opening`.
    mutating func openBeside(meeting: Int, at opening: PassageRef?, following person: String?, context: BrowserContext) {
        let side = PaneSide.allCases.first { meetings[$0.rawValue] == meeting } ?? focus.other
        if meetings[side.rawValue] != meeting {
            // Backspace still returns to the timeline.
            let place = returnTo
            show(meeting: meeting, in: side, following: person, context: context)
            returnTo = place
        }
        focus = side
        let said = message
        if let opening, let shown = reveal(opening, context: context) {
            focus = shown
        }
        message = said ?? "\(side == .left ? "left" : "right") pane: \(context.meeting(meeting).title)"
    }

    /// The meetings the panes may step through and pick: the catalog within the date range.
    func meetingsInRange(context: BrowserContext) -> [MeetingCatalog.Entry] {
        dateRange.isUnbounded ? context.catalog.entries : context.catalog.entries.filter { dateRange.contains($0.date) }
    }

    mutating func applyInRangePrompt(_ action: BrowserAction, text: String, context: BrowserContext) {
        switch action {
        case .promptInput(let c): mode = .rangePrompt(text: text + String(c))
        case .promptBackspace:
            mode = text.isEmpty ? .normal : .rangePrompt(text: String(text.dropLast()))
        case .promptCancel, .quit: mode = .normal
        case .resize(let s): size = s
        case .promptAccept:
            mode = .normal
            setDateRange(text, context: context)
        default: break
        }
    }

    /// Narrows the archive to the dates typed (all of it when nothing is typed), and moves a pane whose
    /// meeting falls outside to the first meeting inside.
    mutating func setDateRange(_ text: String, context: BrowserContext) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            if !dateRange.isUnbounded { message = "dates: all \(context.catalog.entries.count) meetings" }
            dateRange = DateRange()
            listSelection = 0
            return
        }
        let range: DateRange
        do {
            range = try DateRange.parse(text)
        } catch {
            message = "\(error)"
            return
        }
        if let a = range.from, let b = range.to, b < a {
            message = "no dates: \(range.fromText ?? "") is after \(range.toText ?? "")"
            return
        }
        let inside = context.catalog.entries.filter { range.contains($0.date) }
        guard !inside.isEmpty else {
            let dates = context.catalog.entries.compactMap(\.date)
            let span = dates.min().map { "; the meetings run from \($0.iso) to \(dates.max()!.iso)" } ?? ""
            message = "no meeting is dated \(range)\(span); the dates are unchanged"
            return
        }
        dateRange = range
        listSelection = 0
        // A pane outside the range takes the first meeting inside that the other pane is not showing.
        for side in PaneSide.allCases where !range.contains(context.meeting(meetings[side.rawValue]).date) {
            let taken = meetings[side.other.rawValue]
            let entry = inside.first { $0.meeting != taken } ?? inside[0]
            show(meeting: entry.meeting, in: side, context: context)
        }
        message = "\(inside.count) of \(context.catalog.entries.count) meetings are dated \(range)"
    }
}
