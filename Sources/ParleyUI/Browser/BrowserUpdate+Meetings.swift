import ParleyModel

/// Choosing which meetings the panes show: the meeting picker and the steps through the archive by date.
extension BrowserState {
    /// The picker's entries for what the user typed, in date order, within the date range.
    public static func meetingPickerEntries(filter: String, range: DateRange = DateRange(), context: BrowserContext)
        -> MeetingCatalog.Kept
    {
        context.catalog.filter(filter).within(range)
    }

    mutating func applyInMeetingPicker(_ action: BrowserAction, filter: String, selection: Int, context: BrowserContext) {
        var filter = filter
        var selection = selection
        if let edited = action.editingPicker(filter: filter, selection: selection) {
            (filter, selection) = edited
        } else {
            switch action {
            case .promptAccept, .pickerAcceptOther:
                mode = .normal
                let entries = BrowserState.meetingPickerEntries(filter: filter, range: dateRange, context: context)
                guard entries.indices.contains(selection) else {
                    message = "no meeting matches '\(filter)'"
                    return
                }
                let side = action == .pickerAcceptOther ? focus.other : focus
                show(meeting: entries[selection].meeting, in: side, context: context)
                focus = side
                return
            case .promptCancel, .quit:
                mode = .normal
                return
            case .resize(let s): size = s
            default: break
            }
        }
        let count = BrowserState.meetingPickerEntries(filter: filter, range: dateRange, context: context).count
        selection = count == 0 ? 0 : max(0, min(count - 1, selection))
        mode = .meetingPicker(filter: filter, selection: selection)
    }

    /// Puts a meeting in a pane, at its first turn (or `person`'s first turn there), and says which it is.
    mutating func show(meeting: Int, in side: PaneSide, following person: String? = nil, context: BrowserContext) {
        meetings[side.rawValue] = meeting
        search.current = nil
        quoteTour = nil
        returnTo = nil
        var turn = 0
        if let person {
            turn = layout(side, context: context).turns.firstIndex { $0.speakerID == person } ?? 0
        }
        setPosition(side, PanePosition(turn: turn, lineInTurn: 0))
        let place = context.catalog.position(of: meeting).map { " (\($0 + 1) of \(context.catalog.entries.count))" } ?? ""
        message = "\(side == .left ? "left" : "right") pane: \(context.meeting(meeting).title)\(place)"
    }

    mutating func stepMeeting(by delta: Int, context: BrowserContext) {
        let entries = meetingsInRange(context: context)
        let here = entries.firstIndex { $0.meeting == meetings[focus.rawValue] } ?? -1
        let next = here + delta
        guard entries.indices.contains(next) else {
            let within = dateRange.isUnbounded ? "" : " in \(dateRange)"
            message = delta > 0 ? "no later meeting\(within)" : "no earlier meeting\(within)"
            return
        }
        show(meeting: entries[next].meeting, in: focus, context: context)
    }

    /// Follows one person through the archive: the chosen speaker, or else whoever speaks at the top of the pane.
    mutating func stepSpeakerMeeting(by delta: Int, context: BrowserContext) {
        let layout = layout(focus, context: context)
        let onTop = layout.turns.isEmpty ? nil : layout.turns[top(focus, context: context).turn].speakerID
        guard let id = speaker ?? onTop else {
            message = "no speaker: choose one with 1–9 or S"
            return
        }
        let entries = meetingsInRange(context: context)
        let here = entries.firstIndex { $0.meeting == meetings[focus.rawValue] } ?? (delta > 0 ? -1 : entries.count)
        var k = here + delta
        while entries.indices.contains(k) && context.turnCount(person: id, meeting: entries[k].meeting) == 0 { k += delta }
        let name = context.person(id)?.shortName ?? id
        guard entries.indices.contains(k) else {
            let within = dateRange.isUnbounded ? "" : " in \(dateRange)"
            message = "no \(delta > 0 ? "later" : "earlier") meeting where \(name) spoke\(within)"
            return
        }
        show(meeting: entries[k].meeting, in: focus, following: id, context: context)
        message = "\(name): \(message ?? "")"
    }
}
